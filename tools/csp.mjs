// @ts-check
// The report's Content-Security-Policy, defined once. Used by tools/post-build.mjs (the
// <meta> in dist/index.html), tools/single-file.mjs (the one-file build's own policy), the
// browser tests, and the tests that check deploy/nginx.conf and deploy/_headers send it.
//
// Scripts: only the page's own files, its one inline script by hash, and wasm compilation (no
// eval).
// Styles: only the page's own stylesheet, no style attributes (sizes and tooltip positions are
// set through the CSSOM). Images: the page's own (the favicon) and data: (the PNG downloads).
// Fetches: the page's own wasm. Nothing from any other host.
import crypto from 'node:crypto';
import fs from 'node:fs';

/** A CSP source expression for an inline <script> or <style> body: 'sha256-…'. */
export const hashSource = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The one inline script of the page (static/pending.js, put into <head> by post-build.mjs): it
 * must run before the first paint, which a file would delay by a request. Its `//` comment
 * lines stay in the source: every page load would carry them, and the HTML must arrive in the
 * first round trip (BENCHMARKS.md).
 */
export const PENDING_SCRIPT = fs
  .readFileSync(new URL('../static/pending.js', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => !line.trimStart().startsWith('//'))
  .join('\n')
  .trim();

const DIRECTIVES = [
  "default-src 'none'",
  `script-src 'self' ${hashSource(PENDING_SCRIPT)} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * Everything a `<meta http-equiv="Content-Security-Policy">` can carry. A meta policy cannot
 * set frame-ancestors, report-uri/report-to or sandbox (browsers ignore them there, with a
 * console warning), so those travel only as an HTTP header.
 */
export const CSP_META = DIRECTIVES.join('; ');

/**
 * The header a server sends (deploy/nginx.conf, deploy/_headers, the test servers): the meta
 * policy plus frame-ancestors *, because any site may embed a chart (`?embed=…`).
 */
export const CSP = `${CSP_META}; frame-ancestors *`;

/** The `<meta>` element carrying `policy` (no character in these policies needs escaping). */
export const cspMeta = (policy = CSP_META) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/**
 * The one-file build's policy (tools/single-file.mjs). It has no 'self' to point at (it is
 * opened from file://, an opaque origin) and carries everything inline: its two inline scripts
 * and its one inline stylesheet are allowed by hash, the JS glue is imported from a data: URL
 * (hence data: in script-src — a hash cannot name a dynamic import), the wasm is compiled from
 * bytes ('wasm-unsafe-eval'), and it fetches nothing (connect-src stays 'none').
 */
export function singleFileCsp({ scripts, styles }) {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(hashSource).join(' ')} data: 'wasm-unsafe-eval'`,
    `style-src ${styles.map(hashSource).join(' ')}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
