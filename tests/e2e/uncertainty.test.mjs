// @ts-check
// The uncertainty bands in headless Chromium: drawn on the projection charts and carried by
// their tables, ranges beside the derived answers, a quick run while a real pointer drags a
// slider and the full run once it settles, and seed, spreads and on/off from the panel and in
// the permalink (clamped, with a notice, when they are bad).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve,
  launch,
  openReport,
  canvasPixels,
  allDraws,
  bandsSettled,
  manifest,
  urlKey,
  sliderId,
} from '../../tools/lib.mjs';

const B = manifest.uncertainty;
// A count of runs as the page writes it (1,000 from a thousand on).
const runs = (n) => n.toLocaleString('en-US');
const g = urlKey('CapexGrowth');
let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const ranges = (page) =>
  page.$$eval('[data-range]', (els) => Object.fromEntries(els.map((e) => [e.dataset.range, e.textContent])));
const summary = (page) => page.$eval('#uncertainty summary', (s) => s.textContent);
const seedText = (page) => page.$eval('#uncertainty p', (p) => p.textContent);
const tableHeader = (page, id) => page.$$eval(`#fig-${id} table thead th`, (ths) => ths.map((t) => t.textContent));

test('the projection charts carry bands, their tables the median and range, the answers their ranges', async () => {
  assert.ok(B.charts.length >= 4, 'four charts at least have bands');
  const page = await openReport(browser, server.url);
  // The page starts from its own run; the worker's refined run takes its place.
  assert.match(await summary(page), new RegExp(`of ${runs(B.paths)} runs`));
  assert.ok(B.paths > B.firstPaths);
  assert.match(await seedText(page), new RegExp(`With ${runs(B.paths)} runs, the bands' edges sit within about ±`));
  for (const id of B.charts) {
    const header = await tableHeader(page, id);
    assert.ok(
      header.some((h) => /: median and range, middle 80 % of runs$/.test(h)),
      `${id}: ${header}`,
    );
    const cells = await page.$$eval(`#fig-${id} table tbody tr:last-child td`, (tds) => tds.map((t) => t.textContent));
    assert.ok(
      cells.some((c) => /^\S+ \(\S+–\S+\)$/.test(c)),
      `${id} 2035: ${cells}`,
    );
  }
  const r = await ranges(page);
  assert.match(r['capex-cumulative'], /^ \(middle 80 % of runs: \$[\d.]+[BT]?–[\d.]+T\)$/);
  assert.match(r['market-2030'], /middle 80 % of runs: \$/);
  assert.match(r['ratio-2030'], /middle 80 % of runs: [\d.]+–[\d.]+×/);
  assert.match(r['azure-passes'], /20\d\d/);
  assert.match(r['capex-band-odds'], /^\d+ %$/);
  // Off: no bands drawn, no ranges, no range columns; the central line is the same.
  const off = await openReport(browser, `${server.url}?uncertainty=0`);
  assert.deepEqual(await ranges(off), {});
  assert.equal(await summary(off), 'Bands: off');
  for (const id of B.charts) {
    assert.ok(!(await tableHeader(off, id)).some((h) => h.includes('runs')), id);
    assert.notEqual((await canvasPixels(off, id)).hash, (await canvasPixels(page, id)).hash, `${id}: bands drawn`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await off.context().close();
});

test('the same seed draws the same pixels; another seed, other bands', async () => {
  const id = 'capex-cumulative';
  const a = await openReport(browser, `${server.url}?seed=5`);
  const b = await openReport(browser, `${server.url}?seed=5`);
  const c = await openReport(browser, `${server.url}?seed=6`);
  assert.equal((await canvasPixels(a, id)).hash, (await canvasPixels(b, id)).hash);
  assert.notEqual((await canvasPixels(a, id)).hash, (await canvasPixels(c, id)).hash);
  assert.match(await seedText(a), /draw 5;/);
  // "Draw new runs" takes the next seed: the pixels of seed 6, and the permalink says so.
  await a.click('#uncertainty summary');
  await a.click('#uncertainty-seed');
  await a.waitForFunction(() => new URLSearchParams(location.search).get('seed') === '6');
  await a.waitForFunction(bandsSettled, B.paths);
  assert.match(await seedText(a), /draw 6;/);
  assert.equal((await canvasPixels(a, id)).hash, (await canvasPixels(c, id)).hash);
  for (const p of [a, b, c]) await p.context().close();
});

test('a real drag redraws from the quick run, then settles on every path, and only the charts it moves', async () => {
  const page = await openReport(browser, server.url);
  const before = await allDraws(page);
  const before2030 = (await ranges(page))['capex-cumulative'];
  const input = await page.$(`#${sliderId(g)}`);
  await input.scrollIntoViewIfNeeded();
  const box = await input.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.3 + i * 0.05), y);
  // While the pointer is down the bands follow from the quick run.
  assert.match(await summary(page), new RegExp(`of ${runs(B.quickPaths)} runs`));
  await page.mouse.up();
  // The worker's first answer, then its refined one.
  await page.waitForFunction(
    (n) => document.querySelector('#uncertainty summary').textContent.includes(`of ${n} runs`),
    runs(B.paths),
  );
  await page.waitForFunction((key) => new URLSearchParams(location.search).has(key), g);
  assert.notEqual((await ranges(page))['capex-cumulative'], before2030);
  const after = await allDraws(page);
  const moved = manifest.charts.filter((c) => c.inputs.includes('CapexGrowth')).map((c) => c.id);
  for (const [id, n] of Object.entries(after)) {
    assert.equal(n !== before[id], moved.includes(id), `${id}: drawn ${before[id]} → ${n} times`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('each lever’s spread is picked from the panel and lands in the permalink; the bands switch off', async () => {
  const page = await openReport(browser, server.url);
  const before = (await canvasPixels(page, 'capex-cumulative')).hash;
  await page.click('#uncertainty summary');
  const field = `#${B.spreadPrefix}${g}`;
  assert.equal(await page.$eval(field, (/** @type {HTMLSelectElement} */ s) => s.selectedOptions[0].textContent), '1×');
  await page.selectOption(field, { label: '2×' });
  await page.waitForFunction(([p, k]) => new URLSearchParams(location.search).get(p + k) === '2', [B.spreadPrefix, g]);
  assert.notEqual((await canvasPixels(page, 'capex-cumulative')).hash, before, 'a wider spread, wider bands');
  await page.selectOption(field, { label: 'fixed' });
  await page.waitForFunction(([p, k]) => new URLSearchParams(location.search).get(p + k) === '0', [B.spreadPrefix, g]);
  await page.uncheck('#uncertainty-on');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('uncertainty') === '0');
  assert.deepEqual(await ranges(page), {});
  assert.equal(await summary(page), 'Bands: off');
  // Reset all brings the bands' defaults back too.
  await page.click('#reset-all');
  await page.waitForFunction(() => location.search === '');
  await page.waitForFunction(bandsSettled, B.paths);
  assert.match(await summary(page), new RegExp(`of ${runs(B.paths)} runs`));
  assert.equal(await page.$eval(field, (/** @type {HTMLSelectElement} */ s) => s.selectedOptions[0].textContent), '1×');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('bad band settings in the address are clamped, with a notice each', async () => {
  const page = await openReport(browser, `${server.url}?seed=${B.maxSeed}0&${B.spreadPrefix}${g}=-1&bands=sometimes`);
  const notices = await page.$eval('#url-notices', (n) => n.textContent);
  assert.match(notices, new RegExp(`The seed is over ${B.maxSeed}: using ${B.maxSeed}`));
  assert.match(notices, /out of range \(0 to 2×\): using 0×/);
  assert.match(notices, /There is no bands setting “sometimes”/);
  assert.match(await seedText(page), new RegExp(`draw ${B.maxSeed};`));
  assert.equal(
    await page.$eval(
      `#${B.spreadPrefix}${g}`,
      (/** @type {HTMLSelectElement} */ s) => s.selectedOptions[0].textContent,
    ),
    'fixed',
  );
  // A width between the offered ones is offered as it is.
  const odd = await openReport(browser, `${server.url}?${B.spreadPrefix}${g}=0.73`);
  assert.equal(
    await odd.$eval(`#${B.spreadPrefix}${g}`, (/** @type {HTMLSelectElement} */ s) => s.selectedOptions[0].textContent),
    '0.73×',
  );
  await odd.context().close();
  await page.context().close();
});

test('an embed snippet carries the seed and only its own chart’s spreads; a chart without bands, none', async () => {
  const aws = urlKey('AwsGrowth');
  const page = await openReport(browser, `${server.url}?seed=7&${B.spreadPrefix}${g}=2&${B.spreadPrefix}${aws}=0`);
  const snippet = async (id) => {
    await page.click(`#fig-${id} details.more > summary`);
    await page.click(`#fig-${id} .embed-dialog summary`);
    // The snippet is built when the dialog opens.
    return (await page.waitForSelector(`#embed-${id}`)).evaluate((/** @type {HTMLTextAreaElement} */ t) => t.value);
  };
  const banded = await snippet('capex-cumulative');
  assert.match(banded, /[?&]seed=7[&"]/);
  assert.ok(banded.includes(`${B.spreadPrefix}${g}=2`), banded.slice(0, 200));
  assert.ok(!banded.includes(`${B.spreadPrefix}${aws}=`), 'AWS growth moves nothing on the CapEx chart');
  const plain = await snippet('cloud-share');
  assert.ok(!/seed=|spread-/.test(plain.split('"')[1]), plain.slice(0, 200));
  await page.context().close();
});

test('a lever set fixed takes its band and range away where it was the only one moving them', async () => {
  const cagr = urlKey('MarketCagr');
  const page = await openReport(browser, `${server.url}?${B.spreadPrefix}${cagr}=0`);
  assert.equal((await ranges(page))['market-2030'], undefined, 'no range of one value');
  assert.doesNotMatch(await page.$eval('#fig-cloud-market table caption', (c) => c.textContent), /shading/);
  assert.ok(!(await tableHeader(page, 'cloud-market')).some((h) => h.includes('runs')));
  assert.ok((await ranges(page))['capex-cumulative'], 'the other answers keep theirs');
  await page.context().close();
});
