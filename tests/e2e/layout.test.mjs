// @ts-check
// Nothing clipped, covered or crammed, from a 320 px phone to a 2560 px screen: no cell, card
// or slider label holds more than its box shows, no table scrolls sideways, and an embed lays
// its sliders out for its width and offers only the levers that move its chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, manifest } from '../../tools/lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const WIDTHS = [320, 390, 768, 1440, 2560];

/** Every element among `selector` whose content is wider than its box (1 px of rounding). */
const clipped = (page, selector) =>
  page.$$eval(selector, (els) =>
    els
      .filter((e) => e.getClientRects().length && e.scrollWidth > e.clientWidth + 1)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${e.className} “${e.textContent.trim().slice(0, 40)}” ` +
          `${e.scrollWidth}>${e.clientWidth}`,
      ),
  );

for (const width of WIDTHS) {
  test(`${width} px: every table cell, card and slider label shows all it holds; \
no table scrolls sideways`, async () => {
    const touch = width < 700 ? { hasTouch: true, isMobile: true, deviceScaleFactor: 3 } : {};
    const page = await openReport(browser, server.url, { width, height: 900, ...touch });
    // Every chart's table open, so its cells are laid out and measured too.
    await page.$$eval('details.as-table', (/** @type {HTMLDetailsElement[]} */ ds) =>
      ds.forEach((d) => {
        d.open = true;
      }),
    );
    const cells = await clipped(
      page,
      'main td, main th, .card, .slider label, .slider-meta, .base-switch, .presets > *',
    );
    assert.deepEqual(cells, [], `${width} px`);
    const scrolls = await page.$$eval('.table-scroll, .table-wrap', (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.closest('[id]')?.id),
    );
    assert.deepEqual(scrolls, [], `${width} px: tables that scroll sideways`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width} px: the page is ${overflow} px too wide`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('an embed lays its sliders out for its width, from 320 to 2560 px, \
with only the levers that move its chart', async () => {
  for (const chart of manifest.charts.filter((c) => c.inputs.length > 0)) {
    for (const width of [320, 1200, 2560]) {
      const page = await openReport(browser, `${server.url}?embed=${chart.id}`, { width, height: 900 });
      const cells = await clipped(page, '.slider, .slider label, .slider-meta');
      assert.deepEqual(cells, [], `${chart.id} at ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${chart.id} at ${width} px: ${overflow} px too wide`);
      const offered = await page.$$eval(
        '.slider input[type=range]',
        (is, prefix) => is.map((i) => i.id.slice(prefix.length)),
        manifest.sliderIdPrefix,
      );
      assert.deepEqual(
        offered.sort(),
        chart.inputs.map((k) => manifest.sliders.find((s) => s.key === k).id).sort(),
        chart.id,
      );
      await page.context().close();
    }
  }
});
