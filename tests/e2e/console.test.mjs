// A clean console: loading the report (and an embed) logs no warning and no error in Chromium —
// not the CSP's, not the preloads' (e.g. "The `integrity` attribute is currently ignored for
// preload destinations that do not support subresource integrity", which the wasm's preload
// logged until scripts/post-build.mjs dropped the attribute it ignores), not the app's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, waitForCharts } from './lib.mjs';
import { CSP } from '../../scripts/csp.mjs';

let server, browser;
before(async () => {
  // The header as deploy/ sends it, on top of the <meta> the page carries.
  server = await serve(undefined, { 'content-security-policy': CSP });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** The console messages of loading `path` (type and text) that are warnings or worse. */
async function loadNoise(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const all = [];
  page.on('console', (m) => all.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => all.push(`pageerror: ${e}`));
  // Chromium's own warnings (like the preload's) reach the console through CDP's Log domain.
  const cdp = await context.newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => all.push(`${entry.level} (${entry.source}): ${entry.text}`));
  await cdp.send('Log.enable');
  await page.goto(`${server.url}${path}`);
  await waitForCharts(page);
  // Let the load finish: the window's load event and the preloads' "unused" checks after it.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await context.close();
  // Everything but plain logging (log, info, debug, verbose) counts.
  return all.filter((l) => !/^(log|info|debug|verbose)\b/.test(l));
}

test('loading the report logs no warning and no error', async () => {
  assert.deepEqual(await loadNoise(''), []);
});

test('loading an embed logs no warning and no error', async () => {
  assert.deepEqual(await loadNoise('?embed=cloud-market'), []);
});
