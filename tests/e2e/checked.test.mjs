// @ts-check
// The article, checked, in headless Chromium: the scorecard reads with JavaScript off, the
// masthead says what the data is as of, the base switch runs the model from the reported
// figures (and back, pixel for pixel), the permalink keeps it, the scorecard embeds on its
// own, and a reported point under the pointer says it was reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve,
  launch,
  openReport,
  canvasPixels,
  liveNumbers,
  drawCounts,
  drawnMoreThan,
  sliderId,
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

/** Waits, a draw at a time, until canvas `id` shows `want` (the bands refine after a quick
 * run); its hash then. A chart that never gets there fails on the draw it waits for. */
async function drawnAs(page, id, want) {
  for (let i = 0; i < 4; i++) {
    const h = (await canvasPixels(page, id)).hash;
    if (h === want) return h;
    await page.waitForFunction(drawnMoreThan, [id, (await page.evaluate(drawCounts))[id]]);
  }
  return (await canvasPixels(page, id)).hash;
}

const rows = (page) =>
  page.$$eval('#scorecard table.scorecard-table:first-of-type tbody tr', (trs) =>
    trs.map((tr) => ({ claim: tr.querySelector('th').textContent, verdict: tr.dataset.verdict })),
  );

test('with JavaScript off, the scorecard and the as-of line read in full', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const claims = await rows(page);
  assert.ok(claims.length >= 35, `${claims.length} claims`);
  const verdicts = new Set(claims.map((c) => c.verdict));
  for (const v of ['confirmed', 'off', 'out-of-date', 'not-yet-known']) assert.ok(verdicts.has(v), v);
  assert.ok(claims.some((c) => c.claim === 'Meta: 2025 CapEx'));
  // Every verdict but "not yet known" names its pages, each a link out.
  const unsourced = await page.$$eval(
    '#scorecard tbody tr',
    (trs) =>
      trs.filter(
        (tr) => tr.dataset.verdict && tr.dataset.verdict !== 'not-yet-known' && !tr.querySelector('a[href^="http"]'),
      ).length,
  );
  assert.equal(unsourced, 0);
  const kicker = await page.$eval('.masthead .kicker', (k) => k.textContent);
  assert.match(kicker, /article's figures as of Mar 2, 2026; reported figures to [A-Z][a-z]{2} \d+, 2026, checked /);
  assert.ok(await page.$('#scorecard a[href="ai-infra-2026-scorecard.csv"]'));
  await context.close();
});

test('the base switch: every projection follows the reported figures, the address keeps it, \
and back is the article', async () => {
  const page = await openReport(browser, server.url, { width: 1280, height: 900 });
  const ids = [
    'capex-projection',
    'capex-cumulative',
    'cloud-revenue',
    'cloud-share',
    'capex-vs-revenue',
    'capex-bars',
  ];
  const before = Object.fromEntries(
    await Promise.all(ids.map(async (id) => [id, (await canvasPixels(page, id)).hash])),
  );
  const numbers = await liveNumbers(page);
  assert.equal(await page.getAttribute('#base-article', 'aria-pressed'), 'true');
  let counts = await page.evaluate(drawCounts);
  await page.click('#base-reported');
  await page.waitForFunction(drawnMoreThan, ['capex-projection', counts['capex-projection']]);
  await page.waitForFunction(() => /[?&]base=reported/.test(location.search));
  for (const id of ids) {
    await page.waitForFunction(drawnMoreThan, [id, counts[id]]);
    assert.notEqual((await canvasPixels(page, id)).hash, before[id], `${id} follows the base`);
  }
  const moved = await liveNumbers(page);
  assert.notEqual(moved['capex-cumulative'], numbers['capex-cumulative']);
  assert.equal(await page.getAttribute('#base-reported', 'aria-pressed'), 'true');
  // A slider whose default the base moved says so; one it did not keeps its origin.
  const origin = (id) =>
    page.$eval(`#${sliderId(id)}`, (i) => i.closest('.slider').querySelector('.origin').textContent);
  assert.match(await origin('aws'), /^from the reported figures: 24 %/);
  assert.match(await origin('cagr'), /^derived from article figures/);
  // The permalink opens on the reported base.
  const link = page.url();
  const again = await openReport(browser, link, { width: 1280, height: 900 });
  assert.equal(await again.getAttribute('#base-reported', 'aria-pressed'), 'true');
  assert.equal((await liveNumbers(again))['capex-cumulative'], moved['capex-cumulative']);
  await again.context().close();
  // And back: the article's view, the same pixels and numbers as it opened with.
  counts = await page.evaluate(drawCounts);
  await page.click('#base-article');
  for (const id of ids) {
    await page.waitForFunction(drawnMoreThan, [id, counts[id]]);
    assert.equal(await drawnAs(page, id, before[id]), before[id], `${id} back to the article's`);
  }
  assert.deepEqual(await liveNumbers(page), numbers);
  await page.waitForFunction(() => !/base=/.test(location.search));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('?embed=scorecard shows the scorecard alone, with a link back', async () => {
  // A page of no charts: opened without waiting for any to draw.
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${server.url}?embed=scorecard`);
  await page.waitForSelector('.embed-view #scorecard');
  assert.equal(await page.$('#masthead'), null, 'no title block');
  assert.equal(await page.$$eval('.embed-view canvas', (c) => c.length), 0);
  assert.ok((await rows(page)).length >= 35);
  assert.match(await page.$eval('.embed-foot a', (a) => a.getAttribute('href')), /#scorecard$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflow ${overflow}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('under the pointer, a reported quarter says it was reported, and a projected year says so', async () => {
  const page = await openReport(browser, server.url, { width: 1280, height: 900 });
  const canvas = page.locator('#cloud-revenue');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.8);
  await page.waitForSelector('#fig-cloud-revenue .chart-tip');
  assert.match(
    await page.$eval('#fig-cloud-revenue .chart-tip', (t) => t.textContent),
    /\(reported\).*reported \(Synergy\)/,
  );
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.5);
  await page.waitForFunction(() =>
    /\(projection\)/.test(document.querySelector('#fig-cloud-revenue .chart-tip')?.textContent),
  );
  await page.context().close();
});
