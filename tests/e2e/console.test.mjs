// @ts-check
// A clean console in every engine: loading the report, clicking every preset, loading every
// extreme address (every slider at its ends and far past them, junk, markup, invalid escapes,
// hundreds of bad keys) and an embed log nothing at all — no error, no warning, not even a
// plain log line — in Chromium, Firefox ESR and WebKit. Anything not on ALLOWED fails the test.
//
// How each engine's console is read (none of them has one API that works for all three):
// - Chromium (playwright-core): the console API and uncaught errors through Playwright, and the
//   browser's own messages (preload, CSP, network, deprecation warnings) through CDP's Log
//   domain, which is where they arrive (e.g. "The `integrity` attribute is currently ignored for
//   preload destinations…", logged on every load until tools/post-build.mjs dropped it).
// - Firefox ESR (geckodriver): WebDriver BiDi's log.entryAdded, which carries the console API,
//   uncaught errors and Firefox's own CSP and platform messages. BiDi delivers entries
//   asynchronously, so each page logs a marker last and the test waits for it.
// - WebKit (WebKitGTK's WebKitWebDriver 2.50): no BiDi (a session asking for webSocketUrl is
//   refused: "Failed to match capabilities") and classic WebDriver has no log endpoint, so the
//   test serves a copy of dist/ whose index.html loads a small collector (/__console.js, a
//   same-origin file the page's CSP allows) before anything else. It wraps every console
//   method and listens for uncaught errors, unhandled rejections, failed resource loads and CSP
//   violations (securitypolicyviolation). Messages WebKit prints itself without going through
//   the console API or these events are not seen there; Chromium and Firefox read those.
// Each engine first proves its channel works: a console.warn the test logs must be caught.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { By } from 'selenium-webdriver';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';
import { serve, launch, waitForCharts, chartsDrawn, drawCounts, manifest, urlKey, DIST } from '../../tools/lib.mjs';
import { BROWSERS, webdriver, waitInPage } from '../../tools/webdriver.mjs';
import { CSP } from '../../tools/csp.mjs';

/**
 * Console output that is not a fault. Each entry: the engine ('*' for all), a pattern, and why
 * it is allowed. Only the test's own probes are here today.
 */
/** @type {[string, RegExp, string][]} */
const ALLOWED = [
  // The test's own probe, logged to prove that the engine's console is being read.
  ['*', /console check: /, 'logged by this test'],
];
const allowed = (kind, line) => ALLOWED.some(([k, re]) => (k === '*' || k === kind) && re.test(line));

// ---- what every engine loads ----
const sliders = manifest.sliders;
const query = (f) => sliders.map((s) => `${s.id}=${f(s)}`).join('&');
const [g, aws, inf, py, cagr] = ['CapexGrowth', 'AwsGrowth', 'InferenceShare', 'PlateauYear', 'MarketCagr'].map(urlKey);
const markup = encodeURIComponent('<img src=x onerror="console.error(1)">');
/** The extreme addresses (as robustness.rs generates natively, here through the real page). */
const EXTREMES = [
  ['every slider at its maximum', `?${query((s) => s.max)}`],
  ['every slider at its minimum', `?${query((s) => s.min)}`],
  ['every slider far past its ends', `?${query((s) => (sliders.indexOf(s) % 2 ? '1e308' : '-1e308'))}`],
  [
    'junk, markup and invalid escapes',
    `?${g}=abc&${aws}=Infinity&${inf}=NaN&${py}=${'9'.repeat(5000)}&${cagr}=1e-400&${markup}=1&embed=${markup}` +
      '&theme=purple&controls=maybe&bg=%ZZ&%FF%FE=%00&__proto__=1&constructor=1&=&&&',
  ],
  [
    '300 unknown keys and repeats',
    `?${Array.from({ length: 300 }, (_, i) => `junk${i}=${i}`).join('&')}&${g}=10&${g}=20`,
  ],
  ['an embed at the extremes', `?embed=compute-layers&theme=dark&bg=transparent&controls=1&${query((s) => s.max)}`],
  ['an embed with junk options', `?embed=cloud-market&controls=0&theme=light&bg=x&${g}=-1e9`],
];
const PRESETS = [...manifest.presets.map((p) => p.id).filter((id) => id !== 'article'), 'article'];

/**
 * What every engine goes through, with `s` the engine's session: the report (load, then each
 * preset clicked), every extreme address, an embed. Returns the console lines, by step.
 */
async function scenario(s) {
  const noise = [];
  const step = async (name, fn) => {
    await fn();
    for (const line of await s.take()) if (!allowed(s.kind, line)) noise.push(`${name}: ${line}`);
  };
  await step('load', () => s.open(''));
  for (const id of PRESETS) {
    await step(`preset ${id}`, async () => {
      const before = total(await s.eval(drawCounts));
      await s.click(`preset-${id}`);
      await s.until(
        ([b, id]) =>
          document.getElementById(`preset-${id}`).getAttribute('aria-pressed') === 'true' &&
          [...document.querySelectorAll('canvas.chart-canvas')].reduce(
            (a, /** @type {HTMLCanvasElement} */ c) => a + Number(c.dataset.draws || 0),
            0,
          ) > b,
        [before, id],
      );
    });
  }
  for (const [name, q] of EXTREMES) await step(name, () => s.open(q));
  await step('embed', () => s.open('?embed=capex-projection'));
  return noise;
}
const total = (counts) => Object.values(counts).reduce((a, n) => a + n, 0);

/** Proves the channel: a warning the test logs in the page must come back. */
async function probe(s) {
  const text = `console check: ${s.kind} ${Math.random()}`;
  await s.eval((t) => console.warn(t), text);
  const lines = await s.take(text);
  assert.ok(
    lines.some((l) => l.includes(text)),
    `${s.kind}: its console is not being read (${lines.join(' | ')})`,
  );
}

let server, injected;
before(async () => {
  // The header as deploy/ sends it, on top of the <meta> the page carries.
  server = await serve(undefined, { 'content-security-policy': CSP });
});
after(async () => {
  await server?.close();
  await injected?.server.close();
  if (injected) fs.rmSync(injected.dir, { recursive: true, force: true });
});

// ---- Chromium: playwright-core + CDP ----
if (BROWSERS.includes('chromium')) {
  describe('chromium (Playwright console + CDP Log)', () => {
    let browser, page, lines;
    before(async () => {
      browser = await launch();
      const context = await browser.newContext();
      page = await context.newPage();
      lines = [];
      page.on('console', (m) => lines.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => lines.push(`pageerror: ${e}`));
      const cdp = await context.newCDPSession(page);
      cdp.on('Log.entryAdded', ({ entry }) => lines.push(`${entry.level} (${entry.source}): ${entry.text}`));
      await cdp.send('Log.enable');
    });
    after(async () => {
      await browser?.close();
    });

    const session = () => ({
      kind: 'chromium',
      open: async (q) => {
        await page.goto(`${server.url}${q}`);
        await waitForCharts(page);
        await page.waitForLoadState('load');
      },
      eval: (fn, arg) => page.evaluate(fn, arg),
      click: (id) => page.click(`#${id}`),
      until: (fn, arg) => page.waitForFunction(fn, arg),
      // Playwright and CDP deliver events in order with the page's own work; one more round
      // trip after a frame and a task lets late ones (the preloads' checks after load) land.
      take: async () => {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        return lines.splice(0);
      },
    });

    test('no console output on load, presets and extreme addresses', async () => {
      const s = session();
      await s.open('');
      await probe(s);
      lines.length = 0;
      assert.deepEqual(await scenario(s), []);
    });
  });
}

// ---- Firefox: WebDriver BiDi log entries ----
if (BROWSERS.includes('firefox')) {
  describe('firefox (WebDriver BiDi log.entryAdded)', () => {
    let driver;
    const logs = [];
    before(async () => {
      driver = await webdriver('firefox', { bidi: true });
      const inspector = await LogInspector(driver);
      await inspector.onLog((e) => logs.push(`${e.level} ${e.type}: ${e.text}`));
    });
    after(async () => {
      await driver?.quit();
    });

    test('no console output on load, presets and extreme addresses', async () => {
      const s = webdriverSession(driver, 'firefox', async () => {
        // BiDi entries arrive asynchronously: log a marker and wait for it, then everything
        // logged before it has arrived too.
        const marker = `console check: done ${Math.random()}`;
        await driver.executeScript((m) => {
          console.info(m);
        }, marker);
        const end = Date.now() + 10000;
        while (!logs.some((l) => l.includes(marker))) {
          if (Date.now() > end) throw new Error('the marker never reached the BiDi log');
          await new Promise((r) => setTimeout(r, 10));
        }
        return logs.splice(0);
      });
      await s.open('');
      await probe(s);
      assert.deepEqual(await scenario(s), []);
    });
  });
}

// ---- WebKit: an injected collector ----

/** Runs first in the page (WebKit only): keeps every console call and error in __console. */
const COLLECTOR = `(function () {
  'use strict';
  var out = window.__console = [];
  var text = function (args) {
    return Array.prototype.map.call(args, function (a) {
      try {
        return a instanceof Error ? String(a) : typeof a === 'object' ? JSON.stringify(a) : String(a);
      } catch (e) {
        return String(a);
      }
    }).join(' ');
  };
  ['error', 'warn', 'log', 'info', 'debug', 'trace', 'dir', 'table'].forEach(function (m) {
    var original = console[m];
    console[m] = function () { out.push(m + ': ' + text(arguments)); return original.apply(console, arguments); };
  });
  var assert = console.assert;
  console.assert = function (ok) {
    if (!ok) out.push('assert: ' + text(Array.prototype.slice.call(arguments, 1)));
    return assert.apply(console, arguments);
  };
  addEventListener('error', function (e) {
    if (e.target && e.target !== window) {
      out.push('resource error: ' + (e.target.src || e.target.href || e.target.tagName));
    }
    else out.push('uncaught: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', function (e) { out.push('unhandled rejection: ' + String(e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) {
    out.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
})();
`;

/** A copy of dist/ whose index.html loads the collector first, served like dist/. */
async function injectedDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-infra-console-'));
  fs.cpSync(DIST, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '__console.js'), COLLECTOR);
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  // Right after the CSP <meta> (which must stay first): before the stylesheet and the app.
  const at = html.indexOf('>', html.indexOf('http-equiv="Content-Security-Policy"')) + 1;
  assert.ok(at > 0, 'no CSP meta in dist/index.html');
  fs.writeFileSync(index, `${html.slice(0, at)}\n  <script src="./__console.js"></script>${html.slice(at)}`);
  return { dir, server: await serve(dir, { 'content-security-policy': CSP }) };
}

if (BROWSERS.includes('webkit')) {
  describe('webkit (injected collector)', () => {
    let driver;
    before(async () => {
      injected = await injectedDist();
      driver = await webdriver('webkit');
    });
    after(async () => {
      await driver?.quit();
    });

    test('no console output on load, presets and extreme addresses', async () => {
      const s = webdriverSession(
        driver,
        'webkit',
        () => driver.executeScript(() => (window.__console || ['no collector in this page']).splice(0)),
        injected.server.url,
      );
      await s.open('');
      await probe(s);
      assert.deepEqual(await scenario(s), []);
    });
  });
}

/** A session over WebDriver; `take` reads and clears what the page logged so far. */
function webdriverSession(driver, kind, take, base = server.url) {
  return {
    kind,
    open: async (q) => {
      await driver.get(`${base}${q}`);
      await waitInPage(driver, chartsDrawn);
      await waitInPage(driver, () => document.readyState === 'complete');
    },
    eval: (fn, arg) => driver.executeScript(fn, arg),
    click: async (id) => driver.findElement(By.id(id)).click(),
    until: (fn, arg) => waitInPage(driver, fn, arg),
    take,
  };
}
