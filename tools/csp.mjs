// @ts-check
// The report's Content-Security-Policy as the JavaScript needs it: tools/single-file.mjs (the
// one-file build's own policy), the browser tests, and the tests that check deploy/nginx.conf
// and deploy/_headers send it.
//
// Scripts: only the page's own files, its one inline script by hash, and wasm compilation (no
// eval). Workers: the page's own (the uncertainty's).
// Styles: only the page's own stylesheet, no style attributes (sizes and tooltip positions are
// set through the CSSOM). Images: the page's own (the favicon) and data: (the PNG downloads).
// Fetches: the page's own wasm. Nothing from any other host.
import crypto from 'node:crypto';
import fs from 'node:fs';

/** A CSP source expression for an inline <script> or <style> body: 'sha256-…'. */
export const hashSource = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The policy itself is the Rust build's (src/document.rs), which writes it into every page;
// the manifest carries it here, so the JavaScript never spells it a second time.
const { csp } = JSON.parse(fs.readFileSync(new URL('../dist/manifest.json', import.meta.url), 'utf8'));

/** The one inline script of the page (static/pending.js, without its comment lines). */
export const PENDING_SCRIPT = /** @type {string} */ (csp.pendingScript);

/**
 * Everything a `<meta http-equiv="Content-Security-Policy">` can carry. A meta policy cannot
 * set frame-ancestors, report-uri/report-to or sandbox (browsers ignore them there, with a
 * console warning), so those travel only as an HTTP header.
 */
export const CSP_META = /** @type {string} */ (csp.meta);

/**
 * The header a server sends (deploy/nginx.conf, deploy/_headers, the test servers): the meta
 * policy plus frame-ancestors *, because any site may embed a chart (`?embed=…`).
 */
export const CSP = /** @type {string} */ (csp.header);

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
    // The uncertainty's worker, made from a blob of the glue and wasm inside the file.
    'worker-src blob:',
    `style-src ${styles.map(hashSource).join(' ')}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
