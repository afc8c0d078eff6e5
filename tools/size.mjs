// @ts-check
// The size check (./scripts/test.sh): the bytes the page needs until its sliders answer, gzip
// as scripts/deploy.sh sends them (zopfli), against tools/budgets.mjs. Fails above the ceiling;
// says when the target is missed. Usage: node tools/size.mjs [dist]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CRITICAL_CEILING_KB, CRITICAL_KB } from './budgets.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));
const deployed = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-infra-size-'));
process.on('exit', () => fs.rmSync(deployed, { recursive: true, force: true }));
execFileSync(path.join(root, 'scripts/deploy.sh'), [deployed, dist], { stdio: ['ignore', 'ignore', 'inherit'] });

/** Bytes as sent: the pre-compressed copy deploy.sh writes, or the file itself. */
const sent = (/** @type {string} */ name) => {
  const gz = path.join(deployed, `${name}.gz`);
  return fs.statSync(fs.existsSync(gz) ? gz : path.join(deployed, name)).size;
};
// The page's files: the document, and what it links (its stylesheet, scripts and their wasm).
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const linked = [...html.matchAll(/(?:src|href)="\.?\/?([\w.-]+\.(?:css|js))"/g)].map((m) => m[1]);
const glue = linked.find((f) => /^ai-infra-report-.*\.js$/.test(f));
if (!glue) throw new Error('index.html links no ai-infra-report-*.js');
const files = ['index.html', ...new Set(linked), glue.replace(/\.js$/, '_bg.wasm')];
const rows = files.map((f) => [f, sent(f)]);
const total = rows.reduce((a, [, n]) => a + Number(n), 0);
for (const [f, n] of rows) console.log(`${String(n).padStart(8)}  ${f}`);
const kb = (total / 1000).toFixed(1);
console.log(
  `${String(total).padStart(8)}  critical bytes (${kb} KB; target ${CRITICAL_KB}, ceiling ${CRITICAL_CEILING_KB})`,
);
if (total > CRITICAL_KB * 1000) console.log(`over the ${CRITICAL_KB} KB target: see BENCHMARKS.md`);

if (total > CRITICAL_CEILING_KB * 1000) {
  console.error(`size check: ${kb} KB is over the ceiling of ${CRITICAL_CEILING_KB} KB (tools/budgets.mjs)`);
  process.exit(1);
}
