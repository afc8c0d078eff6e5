// @ts-check
// Trunk post-build hook, run on the staged dist/ before it replaces the old one:
//
// 1. Moves Trunk's inline module loader into a file of its own, so the page runs under a
//    strict Content-Security-Policy (script-src 'self', no 'unsafe-inline').
// 2. Writes the dataset downloads (CSV and JSON) next to index.html, so the page links to them
//    instead of carrying them in the wasm, and manifest.json (`cargo run --bin export`).
// 2b. Puts the prerendered report (src/prerender.rs) into the body and static/pending.js into
//    <head>.
// 3. Puts the report's Content-Security-Policy (tools/csp.mjs) into a <meta> at the top of
//    <head>, so the policy travels with the files to any static host; and removes the wasm's
//    <link rel="preload" as="fetch"> (see below).
// 4. In release builds, minifies wasm-bindgen's JS glue with terser (≈8.1 → ≈6.2 KB gzip,
//    measured 2026-11-24; Trunk does not minify the glue), shortens the import names shared by
//    the glue and the wasm (short-imports.mjs, ≈5.5 KB gzip), and updates both files'
//    subresource-integrity hashes in index.html.
// 5. Writes sources.html, every figure with the article's words it comes from.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { shortenImports } from './short-imports.mjs';
import { cspMeta, PENDING_SCRIPT } from './csp.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

const m = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!m) throw new Error('no inline module script in index.html');
// The loader starts the wasm only once the prerendered page has painted its first content:
// the wasm's 170 KB must not compete with the first paint, which is the report's content.
// (The paint timing entry says when; a second at most, for a tab that does not paint.)
const start = `
// After the first contentful paint (tools/post-build.mjs).
await new Promise((r) => {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (painted()) return r();
  setTimeout(r, 1000);
  try {
    const o = new PerformanceObserver(() => { if (painted()) { o.disconnect(); setTimeout(r); } });
    o.observe({ type: 'paint', buffered: true });
  } catch { r(); }
});
`;
const imports = /^(\s*import [^;]+;\s*)+/;
if (!imports.test(m[1])) throw new Error("Trunk's loader does not start with its imports");
const loader = m[1].replace(imports, (i) => `${i.trim()}${start}`);
const name = `boot-${crypto.createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), `${loader.trim()}\n`);
html = html.replace(m[0], `<script type="module" src="./${name}"></script>`);

// The dataset downloads and manifest.json (the names and figures the JavaScript reads), written
// by the native export binary from the same build of the crate: nothing to find by date.
execFileSync('cargo', ['run', '--quiet', '--bin', 'export', '--', dir], { stdio: 'inherit' });

// The prerendered report (src/prerender.rs) goes into the body, where the app will take its
// place; static/pending.js goes into <head>, to hold its numbers back for a permalink.
const prerenderedFile = path.join(dir, 'prerendered.html');
const prerendered = fs.readFileSync(prerenderedFile, 'utf8');
fs.rmSync(prerenderedFile);
const noscript = /<noscript>[\s\S]*?<\/noscript>/;
if (!noscript.test(html)) throw new Error('no <noscript> in index.html to put the prerendered report after');
html = html.replace(noscript, (m) => `${m}\n${prerendered}`);
html = html.replace('</head>', () => `<script>${PENDING_SCRIPT}</script>\n</head>`);

if (process.env.TRUNK_PROFILE === 'release') {
  // HTML comments are for the source's readers (index.html keeps them), not for every page load.
  html = html.replace(/<!--[\s\S]*?-->\s*/g, '');
  // terser is one of the repository's npm packages (package.json), installed by scripts/setup.sh.
  const require = createRequire(path.resolve('package.json'));
  const { minify } = require('terser');
  const glueFile = fs.readdirSync(dir).find((f) => /^ai-infra-report-[0-9a-f]+\.js$/.test(f));
  if (!glueFile) throw new Error('no wasm-bindgen glue in the staged dist');
  const wasmFile = glueFile.replace(/\.js$/, '_bg.wasm');
  const src = fs.readFileSync(path.join(dir, glueFile), 'utf8');
  const { code } = await minify(src, { module: true, compress: { passes: 2 }, mangle: true });
  const short = shortenImports(fs.readFileSync(path.join(dir, wasmFile)), code, './ai-infra-report_bg.js');
  // The stylesheet without its comments and line breaks (Trunk leaves them): only whitespace
  // next to { } ; is dropped, so no selector or value changes meaning.
  const cssFile = fs.readdirSync(dir).find((f) => /^style-[0-9a-f]+\.css$/.test(f));
  if (!cssFile) throw new Error('no stylesheet in the staged dist');
  const css = fs
    .readFileSync(path.join(dir, cssFile), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
  for (const [f, bytes] of [
    [glueFile, short.glue],
    [wasmFile, short.wasm],
    [cssFile, Buffer.from(css)],
  ]) {
    fs.writeFileSync(path.join(dir, f), bytes);
    // The files changed after Trunk hashed them: update their subresource-integrity hashes.
    const sri = `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
    const link = new RegExp(`(href="?\\./${f.replace('.', '\\.')}"?[^>]*integrity=")[^"]+(")`);
    if (!link.test(html)) throw new Error(`no integrity attribute for ${f} in index.html`);
    html = html.replace(link, `$1${sri}$2`);
  }
}

// No preload of the wasm (`as="fetch"`): the page is readable before the wasm runs (the
// prerendered report), so the wasm must not compete with the HTML and stylesheet for the first
// paint; the loader asks for it once the document is parsed. (SRI never applied to that
// preload either: Chromium warned "The `integrity` attribute is currently ignored for preload
// destinations that do not support subresource integrity".) The modulepreload of the small
// glue stays, with its integrity, which is checked.
const preload = /<link rel="preload"[^>]*as="fetch"[^>]*>/g;
if (!preload.test(html)) throw new Error('no wasm preload in index.html (has Trunk changed?)');
html = html.replace(preload, '');

// The icon's integrity hash goes: browsers check subresource integrity on scripts and
// stylesheets only, so on an icon it is ~70 incompressible bytes of the first round trip.
const icon = /(<link rel="icon"[^>]*?)\s*integrity="[^"]*"/;
if (!icon.test(html)) throw new Error('no integrity on the icon link (has Trunk changed?)');
html = html.replace(icon, '$1');

// The CSP as a <meta>, first thing after the charset: it covers only what comes after it.
// `trunk serve` (with autoreload) adds an inline WebSocket script the policy would block; that
// dev-only page is left without the meta (say so), every build for a host gets it.
if (html.includes('.well-known/trunk/ws')) {
  console.warn('post-build: Trunk autoreload script present (trunk serve): no CSP <meta> in this dev build');
} else {
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('no <meta charset="utf-8"> in index.html to put the CSP after');
  html = html.replace(charset, (m) => `${m}\n  ${cspMeta()}`);
}
fs.writeFileSync(file, html);

// 5. The pages beside the report, whose bodies the export above wrote: the sources page
//    (src/app/sources_page.rs) and the uncertainty page (src/app/uncertainty_page.rs). Each gets
//    the report's head, so it has the same stylesheet and policy, without the report's scripts,
//    link preview and description; and its own title and description.
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const pageHead = (title, description) => {
  const head = html
    .slice(0, html.indexOf('<body'))
    .replace(/\s*<script[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace(/\s*<meta (property="og:|name="twitter:)[^>]*>/g, '')
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${title} — the trillion-dollar AI infrastructure race</title>`)
    .replace(/(<meta name="description" content=")[^"]*/, (_, m) => `${m}${description}`);
  if (/<script|modulepreload/.test(head)) throw new Error(`${title}: the page would load the report's scripts`);
  return head;
};
const writePage = (file, head) => {
  const page = path.join(dir, file);
  fs.writeFileSync(page, `${head}<body>\n${fs.readFileSync(page, 'utf8')}\n</body>\n</html>\n`);
};
// The sources page has its own rules after the report's (static/sources.css, named for the
// page), which the report never downloads.
const sourcesCss = manifest.sourcesPage.replace(/\.html$/, '.css');
if (!fs.existsSync(path.join(dir, sourcesCss))) throw new Error(`no ${sourcesCss} in dist (index.html copies it)`);
const sourcesHead = pageHead(
  'Every figure and its source',
  "Every figure of the report with the article's words it comes from, its source and date.",
);
const withCss = sourcesHead.replace(
  /(<link rel="stylesheet"[^>]*>)/,
  `$1\n  <link rel="stylesheet" href="./${sourcesCss}">`,
);
if (withCss === sourcesHead) throw new Error("no stylesheet link in the head to put the sources page's after");
writePage(manifest.sourcesPage, withCss);
writePage(
  manifest.uncertaintyPage,
  pageHead(
    'How sure are the projections?',
    "The report's headline answers with their ranges, which assumptions move them most, " +
      'and what each would have to be.',
  ),
);
