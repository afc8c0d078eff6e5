// @ts-check
// Shared helpers for the browser tests, the screenshots (screenshot.mjs) and the benchmark
// (tools/bench.mjs): the build's manifest, a static server for dist/ on 127.0.0.1; headless
// Chromium through playwright-core; and the page-side checks ("every chart has drawn", draw
// counts, pixel readers) that both kinds of session run, Playwright's and WebDriver's
// (webdriver.mjs: Chromium, Firefox ESR and WebKit).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST || path.resolve(here, '../dist');

/**
 * The names and figures the build wrote for the JavaScript (src/manifest.rs →
 * dist/manifest.json): sliders with their URL keys, ranges and defaults, charts with the
 * assumptions they depend on, presets with their values, the download file names. Tests name
 * an assumption by its Rust name ("CapexGrowth") and never spell its URL key.
 */
export const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));

/** The spec of assumption `key` (its Rust name): `id` (the URL key), min, max, default … */
export function sliderSpec(key) {
  const spec = manifest.sliders.find((s) => s.key === key);
  if (!spec) throw new Error(`no assumption ${key} in the manifest`);
  return spec;
}

/** The URL key of assumption `key` ("CapexGrowth" → what the address uses for it). */
export const urlKey = (key) => sliderSpec(key).id;

/**
 * Polls `check` in Node (no fixed sleeps) until it is truthy; fails after `ms` with `what` (a
 * text, or a function giving one, called then).
 * @param {() => unknown} check
 * @param {string | (() => unknown)} what
 */
export async function until(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${typeof what === 'function' ? await what() : what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A slider's element id, from its URL key (the prefix is the page's, from the manifest). */
export const sliderId = (id) => `${manifest.sliderIdPrefix}${id}`;

/** The charts (ids, in page order) whose numbers depend on assumption `key`. */
export const chartsMovedBy = (key) => manifest.charts.filter((c) => c.inputs.includes(key)).map((c) => c.id);

/** A preset's values as the sliders show them, by slider element suffix (URL key). */
export function presetTexts(id) {
  const preset = manifest.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id} in the manifest`);
  return Object.fromEntries(manifest.sliders.map((s) => [s.id, preset.texts[s.key]]));
}

/** A phone for openReport: 390 × 844, touch, devicePixelRatio 3. */
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

/** One regular expression from literals in a row (no flags): a pattern longer than a line. */
export const joinRegExp = (...parts) => new RegExp(parts.map((p) => p.source).join(''));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port; `headers` are added to every response. CSP
 * violation reports POSTed to /csp-report (a policy's `report-uri /csp-report`) are collected
 * in the returned `cspReports` (the parsed JSON bodies).
 */
export function serve(dir = DIST, headers = {}) {
  const cspReports = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        try {
          cspReports.push(JSON.parse(body));
        } catch {
          cspReports.push({ unparsed: body });
        }
        res.writeHead(204).end();
      });
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', ...headers });
      res.end(body);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        cspReports,
        close: () => {
          server.closeAllConnections();
          return new Promise((r) => server.close(r));
        },
      });
    }),
  );
}

// ---- in the page: plain functions with no outside references, so that they can be handed to
// Playwright (page.evaluate, page.waitForFunction) and, as source, to WebDriver (executeScript).
// Each takes at most one argument.

/** In the page: there are chart canvases and every one has drawn at least `min` (default 1) times. */
export function chartsDrawn(min) {
  const least = min ?? 1;
  const cs = [...document.querySelectorAll('canvas.chart-canvas')];
  return cs.length > 0 && cs.every((/** @type {HTMLCanvasElement} */ c) => Number(c.dataset.draws || 0) >= least);
}

/** In the page: how many times the canvas `id` has drawn (0 if it is not there yet). */
export function drawCount(id) {
  return Number(document.getElementById(id)?.dataset.draws || 0);
}

/** In the page: the canvas `id` has drawn more than `n` times. */
export function drawnMoreThan([id, n]) {
  return Number(document.getElementById(id)?.dataset.draws || 0) > n;
}

/** In the page: every chart's draw count, by canvas id. */
export function drawCounts() {
  return Object.fromEntries(
    [...document.querySelectorAll('canvas.chart-canvas')].map((/** @type {HTMLCanvasElement} */ c) => [
      c.id,
      Number(c.dataset.draws || 0),
    ]),
  );
}

/** In the page: the ids of the chart canvases, in page order. */
export function chartCanvasIds() {
  return [...document.querySelectorAll('canvas.chart-canvas')].map((c) => c.id);
}

/** In the page: a hash of the canvas' pixels and the fraction of pixels unlike its top-left corner. */
export function pixelSummary(id) {
  const c = /** @type {HTMLCanvasElement} */ (document.getElementById(id));
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let h = 2166136261 >>> 0;
  let differ = 0;
  for (let i = 0; i < d.length; i += 4) {
    h = Math.imul(h ^ (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16)), 16777619) >>> 0;
    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) differ++;
  }
  return { hash: h, inked: differ / (d.length / 4), width: c.width, height: c.height };
}

/** In the page: the [r, g, b] of canvas `id`'s backing pixel (x, y). */
export function pixelAt([id, x, y]) {
  const c = /** @type {HTMLCanvasElement} */ (document.getElementById(id));
  const d = c.getContext('2d').getImageData(x, y, 1, 1).data;
  return [d[0], d[1], d[2]];
}

// ---- Playwright (headless Chromium) ----

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * @typedef {{ width?: number, height?: number } & import('playwright-core').BrowserContextOptions} ReportOptions
 * The viewport, and anything else for the browser context (openReport).
 */

/**
 * @typedef {Omit<import('playwright-core').Page, 'requests'>
 *   & { errors: string[], failed: string[], requests: string[] }} ReportPage
 * A page of the report that keeps what went wrong (openReport).
 */

/**
 * Opens the report and waits until every chart canvas has drawn at least once. Other options
 * go to the browser context (hasTouch, isMobile, colorScheme, permissions …).
 * Returns the page with `errors` (console errors, page errors) and `failed` (requests that
 * failed or answered ≥ 400) collected from the start.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {ReportOptions} [options]
 * @returns {Promise<ReportPage>}
 */
export async function openReport(browser, url, { width = 1280, height = 900, deviceScaleFactor = 1, ...context } = {}) {
  const opened = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, ...context });
  // (Its `requests` array hides Playwright's page.requests() method on this page object.)
  const page = /** @type {ReportPage} */ (/** @type {unknown} */ (await opened.newPage()));
  page.errors = [];
  page.failed = [];
  page.requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('requestfailed', (r) => page.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) page.failed.push(`${r.url()} ${r.status()}`);
  });
  await page.goto(url);
  await waitForCharts(page);
  await page.waitForFunction(bandsSettled, manifest.uncertainty.paths);
  return page;
}

/**
 * Whether the report's bands have every path they will get (`paths`, the worker's refined run,
 * which comes a moment after the page answers): true too for bands switched off, a browser
 * without the worker, or a page without the panel (an embed). Runs in the page.
 * @param {number} paths
 */
export function bandsSettled(paths) {
  const panel = /** @type {HTMLElement | null} */ (document.getElementById('uncertainty'));
  const on = /** @type {HTMLInputElement | null} */ (document.getElementById('uncertainty-on'));
  if (!panel || !on?.checked || panel.dataset.runner === 'unavailable') return true;
  return Number(panel.dataset.paths) >= paths;
}

/** Waits until every chart canvas of the page (or frame) has drawn at least `min` times. */
export async function waitForCharts(page, min = 1) {
  await page.waitForFunction(chartsDrawn, min);
}

/** Waits until the canvas `id` has drawn more than `n` times (the render after an action). */
export async function redrawn(page, id, n) {
  await page.waitForFunction(drawnMoreThan, [id, n]);
}

/** Number of times the canvas `id` has drawn. */
export function draws(page, id) {
  return page.evaluate(drawCount, id);
}

/** Every chart's draw count, by canvas id. */
export function allDraws(page) {
  return page.evaluate(drawCounts);
}

/** The ids of the chart canvases, in page order. */
export function chartIds(page) {
  return page.evaluate(chartCanvasIds);
}

/** A hash of the canvas' pixels and the fraction of pixels unlike its top-left corner. */
export function canvasPixels(page, id) {
  return page.evaluate(pixelSummary, id);
}

/** Every live number in the prose, by its `data-live` name. */
export function liveNumbers(page) {
  return page.$$eval('[data-live]', (els) => Object.fromEntries(els.map((e) => [e.dataset.live, e.textContent])));
}

/**
 * In the page: sets the range input with element id `id` the way a drag does: new value, then a
 * bubbling `input` event.
 * @param {[string, number]} arg
 */
export function slideTo([id, value]) {
  const el = /** @type {HTMLInputElement} */ (document.getElementById(id));
  el.value = String(value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Sets slider `id` (its address key) the way a drag does (`slideTo`). */
export async function setSlider(page, id, value) {
  await page.evaluate(slideTo, [sliderId(id), value]);
}

/** Serves one HTML page (a host for iframes) on 127.0.0.1 at a free port. */
export function serveHtml(html) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`,
        close: () => {
          server.closeAllConnections();
          return new Promise((r) => server.close(r));
        },
      }),
    ),
  );
}

/**
 * For a test file: serves dist/ and launches Chromium before its tests (then runs `open`, if
 * given, in the same hook), and closes both after. The object it returns holds them once the
 * tests run (`f.server.url`, `f.browser`, and what `open` adds).
 * @param {(f: { server: any, browser: any, page?: any }) => Promise<void>} [open]
 */
export function browserFixture(open) {
  /** @type {{ server: any, browser: any, page?: any }} */
  const f = { server: undefined, browser: undefined };
  before(async () => {
    f.server = await serve();
    f.browser = await launch();
    await open?.(f);
  });
  after(async () => {
    await f.browser?.close();
    await f.server?.close();
  });
  return f;
}

/**
 * For a test file that shares one page: `browserFixture`, with the report opened before its
 * tests (handed to `ready`).
 */
export function reportFixture(ready, options) {
  return browserFixture(async (f) => {
    f.page = await openReport(f.browser, f.server.url, options);
    ready(f.page);
  });
}
