// @ts-check
// The uncertainty's worker (crates/worker) in headless Chromium: it starts once the page
// answers its reader, its bands after a change are the pixels the main thread draws for the
// same permalink, a browser that refuses workers keeps every line and says the ranges are
// unavailable, and the one-file build makes its worker from a blob inside the file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, openReport, canvasPixels, setSlider, urlKey, manifest, DIST } from '../../tools/lib.mjs';

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

test('the worker starts after the page answers; its bands are the pixels the main thread draws', async () => {
  // The same scenario drawn on the main thread: a page that opens at its permalink.
  const reference = await openReport(browser, `${server.url}?${g}=50`);
  await reference.waitForFunction(() => document.querySelector('#uncertainty summary')?.textContent.includes('500'));
  const want = (await canvasPixels(reference, 'capex-cumulative')).hash;
  await reference.context().close();

  const page = await openReport(browser, server.url);
  await runner(page, 'worker');
  const n = await answers(page);
  await setSlider(page, g, 50);
  // The full run's answer, once the change settles (the quick run is the main thread's).
  await page.waitForFunction(
    ([mark, n]) => performance.getEntriesByName(mark).length >= n + 1,
    [manifest.worker.answerMark, n],
  );
  assert.equal((await canvasPixels(page, 'capex-cumulative')).hash, want);
  assert.match(await page.textContent('#uncertainty summary'), /of 500 runs/);
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
