// A clean console: loading the report (and an embed) logs no warning and no error — not the
// CSP's, not the preloads' (e.g. Chromium's "The `integrity` attribute is currently ignored for
// preload destinations that do not support subresource integrity", which the wasm's preload
// logged until scripts/post-build.mjs dropped the attribute it ignores), not the app's.
// Chromium through playwright-core (CDP: console API and the browser's own Log entries), Firefox
// ESR through WebDriver BiDi (log.entryAdded carries its CSP and platform messages too).
// WebKitGTK's WebKitWebDriver (2.50) has no BiDi and classic WebDriver has no log endpoint, so
// WebKit's console cannot be read here; its CSP is checked by violation reports (a11y.test.mjs).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';
import { serve, launch, waitForCharts, webdriver, waitInPage, chartsDrawn } from './lib.mjs';
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

describe('firefox (WebDriver BiDi)', () => {
  let driver, logs;
  before(async () => {
    driver = await webdriver('firefox', { bidi: true });
    logs = [];
    const inspector = await LogInspector(driver);
    await inspector.onLog((e) => logs.push({ level: e.level, text: `${e.level} ${e.type}: ${e.text}` }));
  });
  after(async () => { await driver?.quit(); });

  /** Loads `path`; returns its warnings and errors once a marker logged after them has arrived. */
  async function firefoxNoise(path) {
    logs.length = 0;
    await driver.get(`${server.url}${path}`);
    await waitInPage(driver, chartsDrawn);
    await driver.executeScript(function () {
      return document.readyState === 'complete' || new Promise((r) => addEventListener('load', () => r(true), { once: true }));
    });
    const marker = `console check done ${Math.random()}`;
    await driver.executeScript(function (m) { console.info(m); }, marker);
    const end = Date.now() + 10000;
    while (!logs.some((l) => l.text.includes(marker))) {
      if (Date.now() > end) throw new Error('the marker never reached the BiDi log');
      await new Promise((r) => setTimeout(r, 10));
    }
    return logs.filter((l) => l.level === 'warn' || l.level === 'error').map((l) => l.text);
  }

  test('loading the report logs no warning and no error', async () => {
    assert.deepEqual(await firefoxNoise(''), []);
  });

  test('loading an embed logs no warning and no error', async () => {
    assert.deepEqual(await firefoxNoise('?embed=cloud-market'), []);
  });
});
