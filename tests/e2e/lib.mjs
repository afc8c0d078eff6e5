// Shared helpers for the browser tests: a static server for dist/ on 127.0.0.1, headless
// Chromium through playwright-core, and readers for what the canvases show.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST || path.resolve(here, '../../dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a free port; `headers` are added to every response. */
export function serve(dir = DIST, headers = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
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
    resolve({ url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((r) => server.close(r)) });
  }));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
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

/** Waits until every chart canvas has drawn at least `min` times. */
export async function waitForCharts(page, min = 1) {
  await page.waitForFunction((min) => {
    const cs = [...document.querySelectorAll('canvas.chart-canvas')];
    return cs.length > 0 && cs.every((c) => Number(c.dataset.draws || 0) >= min);
  }, min);
}

/** Number of times the canvas `id` has drawn. */
export function draws(page, id) {
  return page.$eval(`#${id}`, (c) => Number(c.dataset.draws || 0));
}

/** Every chart's draw count, by canvas id. */
export function allDraws(page) {
  return page.$$eval('canvas.chart-canvas', (cs) => Object.fromEntries(cs.map((c) => [c.id, Number(c.dataset.draws || 0)])));
}

/** A hash of the canvas' pixels and the fraction of pixels unlike its top-left corner. */
export function canvasPixels(page, id) {
  return page.$eval(`#${id}`, (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261 >>> 0;
    let differ = 0;
    for (let i = 0; i < d.length; i += 4) {
      h = Math.imul(h ^ (d[i] | (d[i + 1] << 8) | (d[i + 2] << 16)), 16777619) >>> 0;
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) differ++;
    }
    return { hash: h, inked: differ / (d.length / 4), width: c.width, height: c.height };
  });
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
