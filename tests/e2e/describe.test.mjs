// @ts-check
// What a screen reader hears, in headless Chromium: each chart's accessible description says
// what its lines do (generated from the chart description, so it follows the assumptions), and
// one polite live region says what a change did once it settles: one sentence per drag, never
// one per step, with the headlines of exactly the charts the change moved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, urlKey, chartsMovedBy, manifest, sliderId } from '../../tools/lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** In the page: records every text the live region takes, from now on, in window.__said. */
function listen() {
  window.__said = [];
  const region = document.getElementById('announce');
  new MutationObserver(() => window.__said.push(region.textContent)).observe(region, {
    childList: true,
    characterData: true,
    subtree: true,
  });
}

/** The headline of chart `id`, as its table's caption gives it (the caption's first text). */
const headline = (page, id) => page.$eval(`#fig-${id} details.as-table caption`, (c) => c.firstChild.textContent);
const description = (page, id) => page.$eval(`#${id}`, (c) => c.getAttribute('aria-label'));

test('a mouse drag is announced once, when it settles, with the headlines of the charts it moved', async () => {
  const page = await openReport(browser, server.url);
  await page.evaluate(listen);
  assert.equal(await page.$eval('#announce', (r) => `${r.getAttribute('aria-live')}|${r.textContent}`), 'polite|');
  const key = 'MarketCagr';
  const moved = chartsMovedBy(key);
  assert.ok(moved.length >= 1 && moved.length <= 3, moved.join());
  const before = await description(page, moved[0]);
  const id = `${sliderId(urlKey(key))}`;
  const box = await page.$eval(`#${id}`, (i) => {
    i.scrollIntoView({ block: 'center' });
    const r = i.getBoundingClientRect();
    return { left: r.left, width: r.width, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.left + 8 + 0.2 * (box.width - 16), box.y);
  await page.mouse.down();
  await page.mouse.move(box.left + 8 + 0.8 * (box.width - 16), box.y, { steps: 12 });
  await page.mouse.up();
  await page.waitForFunction(() => window.__said.length > 0);
  // The address is written in the same settled moment.
  assert.ok(await page.evaluate((k) => location.search.includes(`${k}=`), urlKey(key)));
  const titles = await Promise.all(moved.map((c) => headline(page, c)));
  // A second change, from the keyboard: the region must have said exactly two things, the
  // drag's and this one's (a stray third, or a repeat of the first, would show here).
  const other = 'AwsGrowth';
  await page.focus(`#${sliderId(urlKey(other))}`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.__said.length > 1);
  const again = await Promise.all(
    chartsMovedBy(other)
      .slice(0, 3)
      .map((c) => headline(page, c)),
  );
  const n = chartsMovedBy(other).length - 3;
  const more = n > 1 ? ` ${n} more charts changed.` : n === 1 ? ' One more chart changed.' : '';
  assert.deepEqual(await page.evaluate(() => window.__said), [
    titles.map((t) => `${t}.`).join(' '),
    `${again.map((t) => `${t}.`).join(' ')}${more}`,
  ]);
  // The chart's own description followed the drag: its headline, then what its line does.
  const after = await description(page, moved[0]);
  assert.notEqual(after, before);
  assert.ok(after.startsWith(`Line chart: ${titles[0]}.`), after);
  assert.match(after, /goes from \$752B in 2025 to \$[\d.]+T in 2035/);
  await page.context().close();
});

test('a scenario that moves every chart says three headlines and how many more, not all of them', async () => {
  const page = await openReport(browser, server.url);
  await page.evaluate(listen);
  const bear = manifest.presets.find((p) => p.id === 'bear');
  await page.click(`#preset-${bear.id}`);
  await page.waitForFunction(() => window.__said.length > 0);
  const moved = manifest.charts
    .filter((c) => c.inputs.some((k) => bear.values[k] !== manifest.sliders.find((s) => s.key === k).default))
    .map((c) => c.id);
  assert.ok(moved.length > 3, moved.join());
  const titles = await Promise.all(moved.slice(0, 3).map((c) => headline(page, c)));
  const said = await page.evaluate(() => window.__said);
  const n = moved.length - 3;
  const more = n === 1 ? 'One more chart changed.' : `${n} more charts changed.`;
  assert.deepEqual(said, [`${titles.map((t) => `${t}.`).join(' ')} ${more}`]);
  await page.context().close();
});

test('every chart describes what its series do, and where one passes another', async () => {
  const page = await openReport(browser, server.url);
  for (const { id } of manifest.charts) {
    const d = await description(page, id);
    const title = await headline(page, id);
    assert.match(d, /^(Line|Stacked area|Bar) chart: /, id);
    assert.ok(d.startsWith(`${d.split(':')[0]}: ${title}.`), `${id}: ${d}`);
    assert.match(d, /goes from|largest/, `${id}: ${d}`);
    assert.ok(!/NaN|undefined|Infinity/.test(d), `${id}: ${d}`);
  }
  assert.match(await description(page, 'cloud-revenue'), /Microsoft Azure passes AWS in 20\d\d\./);
  await page.context().close();
});

test('an embed announces only its own chart', async () => {
  const id = 'cloud-revenue';
  const page = await openReport(browser, `${server.url}?embed=${id}`);
  await page.evaluate(listen);
  const key = 'AwsGrowth';
  assert.ok(chartsMovedBy(key).length > 1, 'the assumption moves other charts of the report too');
  await page.focus(`#${sliderId(urlKey(key))}`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => window.__said.length > 0);
  const title = await page.$eval('h1', (h) => h.textContent);
  assert.deepEqual(await page.evaluate(() => window.__said), [`${title}.`]);
  await page.context().close();
});

test('the keyboard takes over where the pointer is, and leaves modified keys to the browser', async () => {
  const id = 'capex-projection';
  const page = await openReport(browser, server.url);
  const at = await page.$eval(`#${id}`, (/** @type {HTMLCanvasElement} */ c) => {
    c.scrollIntoView({ block: 'center' });
    const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
    const k = c.clientWidth / c.width,
      box = c.getBoundingClientRect();
    // Between 2028 and 2029, nearer 2028.
    return { x: box.left + (l + ((2028.3 - x0) / (x1 - x0)) * (r - l)) * k, y: box.top + ((t + b) / 2) * k };
  });
  await page.mouse.move(at.x, at.y);
  await page.waitForSelector(`#fig-${id} .chart-tip`);
  await page.focus(`#${id}`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.getElementById('announce').textContent.startsWith('2029 (projection): '));
  const prevented = await page.$eval(`#${id}`, (c) => {
    const e = new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, cancelable: true });
    c.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(prevented, false, "Alt+← is the browser's Back");
  assert.match(await page.$eval('#announce', (e) => e.textContent), /^2029 \(projection\): /);
  await page.context().close();
});
