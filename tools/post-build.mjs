// @ts-check
// Trunk post-build hook, run on the staged dist/ before it replaces the old one. It edits no
// HTML: the Rust build writes every page whole (src/document.rs, `cargo run --bin export`).
//
// 1. In release builds, minifies wasm-bindgen's JS glue with terser (Trunk does not minify the
//    glue), shortens the import names shared by the glue and the wasm (short-imports.mjs), and
//    strips the stylesheet's comments and line breaks — before the export below, which hashes
//    the files for their subresource integrity.
// 2. Runs the export: index.html (the prerendered report and the module that starts the wasm),
//    sources.html and uncertainty.html, the charts as SVG, the link preview, the dataset
//    downloads and manifest.json, all from the same build of the crate.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { shortenImports } from './short-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const files = fs.readdirSync(dir);
/** The one staged file whose name matches `pattern`. */
const one = (/** @type {RegExp} */ pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`not exactly one ${pattern} in the staged dist: ${found}`);
  return found[0];
};

if (process.env.TRUNK_PROFILE === 'release') {
  // terser is one of the repository's npm packages (package.json), installed by scripts/setup.sh.
  const require = createRequire(path.resolve('package.json'));
  const { minify } = require('terser');
  const glueFile = one(/^ai-infra-report-[0-9a-f]+\.js$/);
  const wasmFile = glueFile.replace(/\.js$/, '_bg.wasm');
  const src = fs.readFileSync(path.join(dir, glueFile), 'utf8');
  const { code } = await minify(src, { module: true, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error('terser returned no code');
  const short = shortenImports(fs.readFileSync(path.join(dir, wasmFile)), code, './ai-infra-report_bg.js');
  // The stylesheet without its comments and line breaks (Trunk leaves them): only whitespace
  // next to { } ; is dropped, so no selector or value changes meaning.
  const cssFile = one(/^style-[0-9a-f]+\.css$/);
  const css = fs
    .readFileSync(path.join(dir, cssFile), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
  fs.writeFileSync(path.join(dir, glueFile), short.glue);
  fs.writeFileSync(path.join(dir, wasmFile), short.wasm);
  fs.writeFileSync(path.join(dir, cssFile), css);
}

execFileSync('cargo', ['run', '--quiet', '--bin', 'export', '--', dir], { stdio: 'inherit' });
