// Shared helpers for the browser tests, the screenshots (screenshot.mjs) and the benchmark
// (scripts/bench.mjs): a static server for dist/ on 127.0.0.1; headless Chromium through
// playwright-core; Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser on an Xvfb screen)
// through WebDriver (selenium-webdriver, with the drivers and browsers named explicitly: nothing
// is ever downloaded); and the page-side checks ("every chart has drawn", draw counts, pixel
// readers) that both kinds of session run.
import http from 'node:http';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { Builder, Browser } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';
import { DriverService } from 'selenium-webdriver/remote/index.js';
import { findFreePort } from 'selenium-webdriver/net/portprober.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST || path.resolve(here, '../../dist');

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

/** The charts (ids, in page order) whose numbers depend on assumption `key`. */
export const chartsMovedBy = (key) => manifest.charts.filter((c) => c.inputs.includes(key)).map((c) => c.id);

/** A preset's values as the sliders show them, by slider element suffix (URL key). */
export function presetTexts(id) {
  const preset = manifest.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id} in the manifest`);
  return Object.fromEntries(manifest.sliders.map((s) => [s.id, preset.texts[s.key]]));
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv', '.png': 'image/png', '.svg': 'image/svg+xml',
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
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        try { cspReports.push(JSON.parse(body)); } catch { cspReports.push({ unparsed: body }); }
        res.writeHead(204).end();
      });
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', ...headers });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({
      url: `http://127.0.0.1:${port}/`, port, cspReports,
      close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); },
    });
  }));
}

// ---- in the page: plain functions with no outside references, so that they can be handed to
// Playwright (page.evaluate, page.waitForFunction) and, as source, to WebDriver (executeScript).
// Each takes at most one argument.

/** In the page: there are chart canvases and every one has drawn at least `min` (default 1) times. */
export function chartsDrawn(min) {
  const least = min ?? 1;
  const cs = [...document.querySelectorAll('canvas.chart-canvas')];
  return cs.length > 0 && cs.every((c) => Number(c.dataset.draws || 0) >= least);
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
  return Object.fromEntries([...document.querySelectorAll('canvas.chart-canvas')].map((c) => [c.id, Number(c.dataset.draws || 0)]));
}

/** In the page: the ids of the chart canvases, in page order. */
export function chartCanvasIds() {
  return [...document.querySelectorAll('canvas.chart-canvas')].map((c) => c.id);
}

/** In the page: a hash of the canvas' pixels and the fraction of pixels unlike its top-left corner. */
export function pixelSummary(id) {
  const c = document.getElementById(id);
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
  const d = document.getElementById(id).getContext('2d').getImageData(x, y, 1, 1).data;
  return [d[0], d[1], d[2]];
}

// ---- Playwright (headless Chromium) ----

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens the report and waits until every chart canvas has drawn at least once. Other options
 * go to the browser context (hasTouch, isMobile, colorScheme, permissions …).
 * Returns the page with `errors` (console errors, page errors) and `failed` (requests that
 * failed or answered ≥ 400) collected from the start.
 */
export async function openReport(browser, url, { width = 1280, height = 900, deviceScaleFactor = 1, ...context } = {}) {
  context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, ...context });
  const page = await context.newPage();
  page.errors = [];
  page.failed = [];
  page.requests = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('requestfailed', (r) => page.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) page.failed.push(`${r.url()} ${r.status()}`); });
  await page.goto(url);
  await waitForCharts(page);
  return page;
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

/** Sets a range input the way a drag does: new value, then a bubbling `input` event. */
export async function setSlider(page, id, value) {
  await page.$eval(`#slider-${id}`, (el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** Serves one HTML page (a host for iframes) on 127.0.0.1 at a free port. */
export function serveHtml(html) {
  const server = http.createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); },
  })));
}

/**
 * For a test file that shares one page: serves dist/, launches Chromium and opens the report
 * before its tests (handing the page to `ready`), and closes it all after.
 */
export function reportFixture(ready, options) {
  const f = {};
  before(async () => {
    f.server = await serve();
    f.browser = await launch();
    f.page = await openReport(f.browser, f.server.url, options);
    ready(f.page);
  });
  after(async () => { await f.browser?.close(); await f.server?.close(); });
  return f;
}

// ---- WebDriver (Chromium through chromedriver, Firefox ESR through geckodriver) ----

// Selenium Manager (a binary in the npm package that looks for, and downloads, drivers and
// browsers) runs only when a driver's path is not given. Every path is given below; pointing
// SE_MANAGER_PATH at nothing makes any slip fail at once instead of reaching the network.
process.env.SE_MANAGER_PATH = '/nonexistent/selenium-manager-is-not-used';
process.env.SE_OFFLINE = 'true';

/** `name`'s path: $ENV if set, else the first match on PATH, else `fallback`. */
function tool(env, name, fallback) {
  if (process.env[env]) return process.env[env];
  const found = (process.env.PATH || '').split(':').map((d) => path.join(d, name)).find((f) => fs.existsSync(f));
  return found || fallback;
}
export const CHROMEDRIVER = tool('CHROMEDRIVER', 'chromedriver', '/usr/bin/chromedriver');
export const GECKODRIVER = tool('GECKODRIVER', 'geckodriver', path.join(process.env.HOME || '/root', '.cargo/bin/geckodriver'));
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const WEBKITDRIVER = tool('WEBKITDRIVER', 'WebKitWebDriver', '/usr/bin/WebKitWebDriver');
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = tool('XVFB', 'Xvfb', '/usr/bin/Xvfb');

/**
 * Starts Xvfb on a display number it picks itself (-displayfd: the first free one, written back
 * once the server accepts clients). Returns { display: ':N', stop() }.
 */
export function startXvfb() {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let err = '';
  xvfb.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((resolve) => xvfb.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (!out.includes('\n')) return;
      const display = `:${out.trim()}`;
      resolve({
        display,
        stop: () => { if (xvfb.exitCode === null) xvfb.kill('SIGTERM'); return exited; },
      });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err}`)));
  });
}

/**
 * Starts a driver for `kind` ('chromium' | 'firefox' | 'webkit') and opens a browser session of
 * the given window size and device pixel ratio; returns selenium-webdriver's WebDriver (its
 * quit() ends the browser and the driver, and for WebKit the Xvfb screen). Headless windows
 * have a minimum width (~490 px), so narrow viewports are tested inside an iframe.
 *
 * WebKit is WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0) driven by WebKitWebDriver
 * (webkit2gtk-driver): it has no headless mode, so it runs on an Xvfb screen started for the
 * session; its device pixel ratio is GTK's window scale (GDK_SCALE, whole numbers only).
 */
export async function webdriver(kind, { width = 1280, height = 900, dpr = 1, bidi = false } = {}) {
  if (kind === 'webkit') return webkit({ width, height, dpr, bidi });
  let builder;
  if (kind === 'firefox') {
    const options = new firefox.Options()
      .setBinary(FIREFOX)
      .addArguments('-headless', `--width=${width}`, `--height=${height}`)
      .setPreference('layout.css.devPixelsPerPx', String(dpr))
      .setPreference('ui.prefersReducedMotion', 1);
    if (bidi) options.enableBidi();
    builder = new Builder().forBrowser(Browser.FIREFOX).setFirefoxOptions(options).setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER));
  } else if (kind === 'chromium') {
    const options = new chrome.Options()
      .setChromeBinaryPath(CHROMIUM)
      .addArguments(...CHROMIUM_ARGS, '--headless=new', `--window-size=${width},${height}`, `--force-device-scale-factor=${dpr}`);
    if (bidi) options.enableBidi();
    builder = new Builder().forBrowser(Browser.CHROME).setChromeOptions(options).setChromeService(new chrome.ServiceBuilder(CHROMEDRIVER));
  } else {
    throw new Error(`no WebDriver set up for ${kind}`);
  }
  const driver = await builder.build();
  driver.kind = kind;
  return driver;
}

async function webkit({ width, height, dpr, bidi }) {
  if (!Number.isInteger(dpr)) throw new Error(`WebKitGTK scales windows by whole numbers only, not ${dpr}`);
  const xvfb = await startXvfb();
  let service;
  try {
    const port = await findFreePort();
    service = new DriverService(WEBKITDRIVER, {
      port, args: [`--port=${port}`], hostname: '127.0.0.1',
      env: { ...process.env, DISPLAY: xvfb.display, GDK_SCALE: String(dpr), GDK_DPI_SCALE: '1' },
    });
    const url = await service.start();
    const driver = await new Builder().usingServer(url).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      ...(bidi ? { webSocketUrl: true } : {}),
    }).build();
    driver.kind = 'webkit';
    const quit = driver.quit.bind(driver);
    const stopped = service;
    service = undefined; // from here on, driver.quit() stops the driver and the screen
    driver.quit = async () => {
      try { await quit(); } finally { await stopped.kill(); await xvfb.stop(); }
    };
    // The window's outer size; the tests read the viewport they got (innerWidth) where it matters.
    await driver.manage().window().setRect({ width, height, x: 0, y: 0 }).catch(async (e) => { await driver.quit(); throw e; });
    return driver;
  } catch (e) {
    if (service) { await service.kill(); await xvfb.stop(); }
    throw e;
  }
}

/**
 * WebDriver: waits until the page function `fn(arg)` (see above) is truthy, polling in the page
 * once a frame (no fixed sleeps, no round trip per poll); fails after 20 s.
 */
export async function waitInPage(driver, fn, ...arg) {
  const r = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    const args = Array.from(arguments).slice(0, -1);
    const f = (${fn}); const end = performance.now() + 20000;
    (async () => {
      while (!(await f(...args))) {
        if (performance.now() > end) return 'timed out: ' + f;
        await new Promise((r) => requestAnimationFrame(r));
      }
      return true;
    })().then(done, (e) => done(String(e)));`, ...arg);
  if (r !== true) throw new Error(`${driver.kind}: ${r}`);
}
