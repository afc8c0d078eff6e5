// @ts-check
// Writes dist-single/ai-infra-report.html: the release build (dist/) as one self-contained
// HTML file — CSS, the wasm-bindgen JS glue and the wasm (base64) inlined — that works when
// opened straight from disk (file://). Run after `trunk build --release --offline`.
//
// Its Content-Security-Policy: dist/index.html's <meta> (src/document.rs) allows only the
// page's own files, which this file does not have; it gets a policy of its own instead
// (`singleFileCsp`): its inline scripts and stylesheet by hash, the glue's data: URL, wasm
// compilation, and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspMeta, singleFileCsp, PENDING_SCRIPT } from './csp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outDir = path.join(root, 'dist-single');
let html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const read = (f) => fs.readFileSync(path.join(dist, f));

// The boot module (src/document.rs writes it) names the glue and the wasm.
const bootFile = html.match(/<script type="module" src="\.\/(boot-[^"]+\.js)"><\/script>/)?.[1];
const loader = bootFile ? read(bootFile).toString('utf8') : '';
const js = loader.match(/import init, \* as bindings from '\.\/([^']+\.js)'/)?.[1];
const wasm = loader.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!js || !wasm) throw new Error('dist/index.html does not look like a Trunk build');

// The glue is an ES module (minified in release builds): import it from a data: URL and call
// its default export, the init function, with the wasm bytes.
const glue = read(js).toString('base64');
// The download file names and the worker's as the build's manifest gives them (src/manifest.rs).
const { downloads: files, worker } = JSON.parse(read('manifest.json').toString());
// The uncertainty's worker (crates/worker) has no file to load here: the page makes it from a
// blob of its glue and its wasm (inlined like the page's), and names the blob's address in the
// global the app reads (src/app/browser/worker.rs).
const workerScript = read(worker.script).toString('utf8');
if (!workerScript.endsWith(worker.start)) throw new Error(`${worker.script} does not end by loading its wasm`);
const workerGlue = Buffer.from(workerScript.slice(0, -worker.start.length)).toString('base64');
const workerWasm = read(worker.script.replace(/\.js$/, '_bg.wasm')).toString('base64');
const TYPES = { '.csv': 'text/csv', '.json': 'application/json', '.txt': 'text/plain' };
const downloads = Object.values(files).map((f) => [
  f,
  `data:${TYPES[path.extname(f)]};base64,${read(f).toString('base64')}`,
]);
const moduleScript = `
const worker = [
  Uint8Array.from(atob("${workerGlue}"), (c) => c.charCodeAt(0)),
  '\\nwasm_bindgen({ module_or_path: Uint8Array.from(atob("',
  "${workerWasm}",
  '"), (c) => c.charCodeAt(0)) });',
];
window[${JSON.stringify(worker.urlGlobal)}] = URL.createObjectURL(new Blob(worker, { type: 'text/javascript' }));
const bindings = await import("data:text/javascript;base64,${glue}");
const bytes = Uint8Array.from(atob("${read(wasm).toString('base64')}"), (c) => c.charCodeAt(0));
await bindings.default({ module_or_path: bytes });
window.wasmBindings = bindings;
`;
const downloadScript = `
// dist/ serves the dataset downloads as files beside index.html; here they travel inside the
// page, swapped into the links' href as data: URLs as they are clicked.
const downloads = ${JSON.stringify(Object.fromEntries(downloads))};
document.addEventListener('click', (e) => {
  const a = e.target.closest && e.target.closest('a[download]');
  if (a && downloads[a.getAttribute('href')]) a.href = downloads[a.getAttribute('href')];
}, true);
`;
const boot = `<script type="module">${moduleScript}</script>\n<script>${downloadScript}</script>`;
const cssFile = html.match(/<link rel="stylesheet" href="\.\/([^"]+)"/)?.[1];
if (!cssFile) throw new Error('no stylesheet in dist/index.html');
const style = `\n${read(cssFile)}\n`;
const csp = singleFileCsp({ scripts: [moduleScript, downloadScript, PENDING_SCRIPT], styles: [style] });

html = html
  .replace(/<script type="module" src="[^"]+"><\/script>/, () => boot)
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '')
  .replace(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*\/?>/, () => `<style>${style}</style>`)
  .replace(
    /<link rel="icon" href="\.\/([^"]+)"[^>]*\/?>/,
    (_, f) => `<link rel="icon" href="data:image/svg+xml;base64,${read(f).toString('base64')}">`,
  );
// The prerendered charts (charts/*.svg, crates/charts/src/svg.rs) as data: URLs.
html = html.replace(
  /(src|srcset)="(charts\/[^"]+\.svg)"/g,
  (_, attr, f) => `${attr}="data:image/svg+xml;base64,${read(f).toString('base64')}"`,
);
const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;
if (!meta.test(html)) throw new Error('dist/index.html has no CSP <meta> (src/document.rs puts it there)');
html = html.replace(meta, () => cspMeta(csp));
// The sources and uncertainty pages are pages of their own, which one file cannot carry: their
// links go (the dataset's downloads, which do travel inside, carry every quote too).
const sourcesLink = /<p id="sources-link"[^>]*>[\s\S]*?<\/p>/;
if (!sourcesLink.test(html)) throw new Error('no link to the sources page to take out');
html = html.replace(sourcesLink, '');
// The figures in the text linked to their records there keep their words, not their links.
const sourceLink = /<a (?=[^>]*class="cited")[^>]*>([\s\S]*?)<\/a>/g;
if (!sourceLink.test(html)) throw new Error('no figure linked to the sources page to unlink');
html = html.replace(sourceLink, '$1');
// Nor can it be cited: a file has no address to name.
const cite = /<details id="cite"[^>]*>[\s\S]*?<\/details>/;
if (!cite.test(html)) throw new Error('no Cite this to take out');
html = html.replace(cite, '');
if (/(src|srcset|href)="(\.\/|charts\/)/.test(html))
  throw new Error('a relative reference was left in the one-file build');
for (const page of ['sourcesPage', 'uncertaintyPage']) {
  const file = JSON.parse(read('manifest.json').toString())[page];
  if (html.includes(`href="${file}`)) throw new Error(`a link to ${file} was left in the one-file build`);
}

fs.mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, 'ai-infra-report.html');
fs.writeFileSync(out, html);
console.log(`${path.relative(root, out)}: ${(fs.statSync(out).size / 1024).toFixed(0)} KiB, self-contained`);
