// @ts-check
// The uncertainty's worker (crates/worker) in headless Chromium: it starts once the page
// answers its reader, its bands after a change are the pixels the main thread draws for the
// same permalink, a browser that refuses workers keeps every line and says the ranges are
// unavailable, and the one-file build makes its worker from a blob inside the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  serve,
  launch,
  openReport,
  bandsSettled,
  chartsDrawn,
  setSlider,
  urlKey,
  manifest,
  DIST,
} from '../../tools/lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const g = urlKey('CapexGrowth');
/** The runner the uncertainty panel names, once it names `want`. */
const runner = (page, want) =>
  page.waitForFunction((w) => document.querySelector('#uncertainty')?.getAttribute('data-runner') === w, want);
/** How many answers of the worker the page has taken. */
const answers = (page) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length, manifest.worker.answerMark);

/** In the page: the canvas `id` as a PNG. */
const picture = (/** @type {string} */ id) =>
  /** @type {HTMLCanvasElement} */ (document.getElementById(id)).toDataURL();

/**
 * In the page: the canvas `id` as a PNG the moment the uncertainty's summary first names `runs`
 * runs (a mutation observer runs before any later task could draw again).
 * @param {[string, string]} arg
 */
function pictureAtRuns([id, runs]) {
  const summary = /** @type {Element} */ (document.querySelector('#uncertainty summary'));
  const canvas = /** @type {HTMLCanvasElement} */ (document.getElementById(id));
  return new Promise((res) => {
    const o = new MutationObserver(() => {
      if (summary.textContent?.includes(`of ${runs} runs`)) {
        o.disconnect();
        res(canvas.toDataURL());
      }
    });
    o.observe(summary, { characterData: true, childList: true, subtree: true });
  });
}

test('the worker starts after the page answers; its bands are the pixels the main thread draws', async () => {
  const id = 'capex-cumulative';
  const { paths, firstPaths } = manifest.uncertainty;
  // The same scenario drawn on the main thread: a page that opens at its permalink, its
  // worker's script held back so that its bands stay the main thread's.
  const held = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await held.route(`**/${manifest.worker.script}`, () => {});
  const reference = await held.newPage();
  await reference.goto(`${server.url}?${g}=50`);
  await reference.waitForFunction(chartsDrawn, 1);
  assert.equal(await reference.getAttribute('#uncertainty', 'data-runner'), 'main-thread');
  assert.match(await reference.textContent('#uncertainty summary'), new RegExp(`of ${firstPaths} runs`));
  const want = await reference.evaluate(picture, id);
  await held.close();

  const page = await openReport(browser, server.url);
  await runner(page, 'worker');
  // The worker's first answer once the change settles (the quick run is the main thread's),
  // caught before its refined one; then the refined one.
  const first = page.evaluate(pictureAtRuns, [id, firstPaths.toLocaleString('en-US')]);
  await setSlider(page, g, 50);
  assert.equal(await first, want);
  await page.waitForFunction(bandsSettled, paths);
  assert.notEqual(await page.evaluate(picture, id), want);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a browser that refuses the worker keeps its lines and says the ranges are unavailable', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    // A browser without workers.
    delete window.Worker;
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.url);
  await runner(page, 'unavailable');
  assert.match(await page.textContent('#uncertainty summary'), /unavailable/);
  const before = await page.textContent('[data-live="capex-cumulative"]');
  await setSlider(page, g, 60);
  await page.waitForFunction(
    (b) => document.querySelector('[data-live="capex-cumulative"]')?.textContent !== b,
    before,
  );
  assert.equal(await answers(page), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the one-file build makes its worker from the file and draws its bands from it', async () => {
  const file = path.resolve(DIST, '../dist-single/ai-infra-report.html');
  const page = await openReport(browser, pathToFileURL(file).href);
  await runner(page, 'worker');
  const n = await answers(page);
  await setSlider(page, g, 50);
  await page.waitForFunction(
    ([mark, n]) => performance.getEntriesByName(mark).length >= n + 1,
    [manifest.worker.answerMark, n],
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
