// Trunk post-build hook, run on the staged dist/ before it replaces the old one:
//
// 1. Moves Trunk's inline module loader into a file of its own, so the page runs under a
//    strict Content-Security-Policy (script-src 'self', no 'unsafe-inline').
// 2. In release builds, minifies wasm-bindgen's JS glue with terser (≈8.1 → ≈6.2 KB gzip,
//    measured 2026-11-24) and updates its subresource-integrity hash in index.html. Trunk
//    does not minify the glue itself.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

const m = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!m) throw new Error('no inline module script in index.html');
const name = `boot-${crypto.createHash('sha256').update(m[1]).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), m[1].trim() + '\n');
html = html.replace(m[0], `<script type="module" src="./${name}"></script>`);

if (process.env.TRUNK_PROFILE === 'release') {
  // terser is installed with the test tools (tests/e2e/package.json) by scripts/setup.sh.
  const require = createRequire(path.resolve('tests/e2e/package.json'));
  const { minify } = require('terser');
  const glue = fs.readdirSync(dir).find((f) => /^ai-infra-report-[0-9a-f]+\.js$/.test(f));
  if (!glue) throw new Error('no wasm-bindgen glue in the staged dist');
  const src = fs.readFileSync(path.join(dir, glue), 'utf8');
  const { code } = await minify(src, { module: true, compress: { passes: 2 }, mangle: true });
  fs.writeFileSync(path.join(dir, glue), code);
  const sri = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`(href="?\\./${glue}"?[^>]*integrity=")[^"]+(")`);
  if (!link.test(html)) throw new Error(`no integrity attribute for ${glue} in index.html`);
  html = html.replace(link, `$1${sri}$2`);
}
fs.writeFileSync(file, html);
