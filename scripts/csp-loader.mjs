// Trunk post-build hook: moves Trunk's inline module loader into a file of its own, so the
// page runs under a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline').
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const file = path.join(dir, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const m = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!m) throw new Error('no inline module script in index.html');
const name = `boot-${crypto.createHash('sha256').update(m[1]).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), m[1].trim() + '\n');
fs.writeFileSync(file, html.replace(m[0], `<script type="module" src="./${name}"></script>`));
