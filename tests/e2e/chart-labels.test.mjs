// @ts-check
// Chart text laid out with the browser's own font metrics (the native tests in
// tests/chart_craft.rs use plotters' estimate): no two text boxes of a chart overlap, and all
// stay on the canvas, at every width from a small phone to a wide desktop and at the presets'
// extremes. Each canvas reports its boxes in `data-labels` (src/app/components/chart_canvas.rs).
import test from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, manifest } from '../../tools/lib.mjs';

const server = await serve();
const browser = await launch();
test.after(async () => {
  await browser.close();
  await server.close();
});

/** Every chart's text boxes once each canvas has drawn at its current size. */
async function boxes(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('canvas[data-draws]')].every(
      (/** @type {HTMLCanvasElement} */ c) =>
        c.width === Math.round(c.getBoundingClientRect().width * devicePixelRatio),
    ),
  );
  return page.$$eval('canvas[data-labels]', (cs) =>
    cs.map((c) => ({
      id: c.id,
      w: c.width,
      h: c.height,
      boxes: c.dataset.labels
        .split(';')
        .filter(Boolean)
        .map((b) => b.split(',').map(Number)),
    })),
  );
}

function assertClear(charts, where) {
  assert.equal(charts.length, manifest.charts.length, where);
  for (const { id, w, h, boxes: bs } of charts) {
    assert.ok(bs.length >= 3, `${id} ${where}: ${bs.length} text boxes`);
    for (const [x0, y0, x1, y1] of bs) {
      assert.ok(
        x0 >= 0 && y0 >= 0 && x1 <= w && y1 <= h,
        `${id} ${where}: a box leaves the canvas ${[x0, y0, x1, y1]}`,
      );
    }
    for (let i = 0; i < bs.length; i++) {
      for (let j = i + 1; j < bs.length; j++) {
        const [a, b] = [bs[i], bs[j]];
        const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
        assert.ok(!overlap, `${id} ${where}: boxes ${a} and ${b} overlap`);
      }
    }
  }
}

test('no two labels of a chart overlap, at 320 to 2560 px', async () => {
  const page = await openReport(browser, server.url, { width: 320, height: 800, deviceScaleFactor: 2 });
  for (const width of [320, 390, 768, 1440, 2560]) {
    await page.setViewportSize({ width, height: 800 });
    assertClear(await boxes(page), `${width} px`);
  }
  await page.context().close();
});

test("no two labels overlap at the presets' extremes, on a phone and a desktop", async () => {
  for (const width of [390, 1440]) {
    const page = await openReport(browser, server.url, { width, height: 900 });
    for (const preset of manifest.presets) {
      await page.click(`#preset-${preset.id}`);
      // The preset's render (and the redraws it causes) has run once its button is pressed
      // and a frame has passed.
      await page.waitForSelector(`#preset-${preset.id}[aria-pressed="true"]`);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      assertClear(await boxes(page), `${width} px, ${preset.id}`);
    }
    await page.context().close();
  }
});
