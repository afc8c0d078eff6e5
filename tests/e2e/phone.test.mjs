// @ts-check
// A reader on a 390 × 844 phone (touch, devicePixelRatio 3) in Chromium, with real touch events
// (CDP Input.dispatchTouchEvent): tap-to-pin tooltips on every chart, vertical swipes that only
// scroll, target sizes, legend colours read off the canvas, the sticky scenario bar and the
// assumptions table. (Copying, the theme, the skip link, notices, a mouse on a slider and the
// embed panel: controls.test.mjs.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve,
  launch,
  openReport,
  waitForCharts,
  chartIds,
  draws,
  redrawn,
  urlKey,
  manifest,
  PHONE,
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

/** A finger: touch start at `from`, moves in `steps` to `to`, lifts. Viewport CSS pixels. */
async function swipe(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: Math.round(p.x), y: Math.round(p.y), radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Until the page stops moving: a swipe's fling has run out (a finger that lands on a moving
 * page stops it, and is taken for a scroll). */
const scrollSettled = (page) =>
  page.waitForFunction(
    () =>
      new Promise((r) => {
        const y = scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => r(scrollY === y)));
      }),
  );

/** Two animation frames: whatever the last event set off has rendered. */
const settled = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The viewport point of data x `value` (a year or a category index) halfway up chart `id`. */
function chartPoint(page, id, value) {
  return page.$eval(
    `#${id}`,
    (c, value) => {
      c.scrollIntoView({ block: 'center' });
      const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
      const k = c.clientWidth / c.width,
        box = c.getBoundingClientRect();
      return { x: box.left + (l + ((value - x0) / (x1 - x0)) * (r - l)) * k, y: box.top + (t + (b - t) * 0.5) * k };
    },
    value,
  );
}

/** Every visible interactive element under 24 × 24 CSS px, as "element w×h". */
const tooSmall = (page) =>
  page.evaluate(() => {
    const els = [
      ...document.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ];
    return (
      els
        .filter((e) => e.getClientRects().length && !e.classList.contains('skip-link'))
        // Radio buttons and checkboxes count with their label, which is the target (WCAG 2.5.8).
        .map((e) => [e, e.closest('label.choice') || e])
        .map(([e, t]) => ({ e: e.outerHTML.slice(0, 80), r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ e, r }) => `${e} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`)
    );
  });

const sliderState = (page) =>
  page.evaluate(() => ({
    url: location.href,
    values: Object.fromEntries(
      [...document.querySelectorAll('.slider input')].map((/** @type {HTMLInputElement} */ i) => [i.id, i.value]),
    ),
  }));

describe('on a 390 px touch phone', () => {
  let page;
  before(async () => {
    page = await openReport(browser, server.url, PHONE);
  });
  after(async () => {
    await page?.context().close();
  });

  test("a tap on any chart pins the nearest point's values, clear of the points, \
until a tap elsewhere or Escape", async () => {
    const ids = await chartIds(page);
    assert.equal(ids.length, manifest.charts.length);
    for (const id of ids) {
      const x = await page.$eval(`#${id}`, (c) => {
        const [, , , , x0, x1] = c.dataset.plot.split(',').map(Number);
        return Math.round((x0 + x1) / 2);
      });
      const at = await chartPoint(page, id, x);
      await page.touchscreen.tap(at.x, at.y);
      const tip = await page.waitForSelector(`.chart-wrap:has(#${id}) .chart-tip[data-pinned=true]`);
      await settled(page);
      assert.ok(await tip.isVisible(), `${id}: still shown after the finger lifted`);
      const placed = await page.$eval(`.chart-wrap:has(#${id})`, (w) => {
        const box = w.querySelector('.chart-tip').getBoundingClientRect();
        const rings = [...w.querySelectorAll('.chart-ring')].map((r) => r.getBoundingClientRect());
        const inside = (r) =>
          r.left + 6 > box.left && r.left + 6 < box.right && r.top + 6 > box.top && r.top + 6 < box.bottom;
        const cross = w.querySelector('.chart-cross').getBoundingClientRect();
        const plot = w.querySelector('canvas').getBoundingClientRect();
        const hits = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return {
          rings: rings.length,
          covered: rings.filter(inside).length,
          crossHit: hits({ ...cross.toJSON(), right: cross.left + 1 }, box),
          docked: box.top >= plot.bottom,
          wide: box.width >= plot.width - 2,
        };
      });
      assert.ok(placed.rings >= 1, `${id}: the point is marked`);
      assert.equal(placed.covered, 0, `${id}: the tooltip covers none of its points`);
      assert.equal(placed.crossHit, false, `${id}: the tooltip's box does not meet the crosshair`);
      assert.deepEqual([placed.docked, placed.wide], [true, true], `${id}: docked under the chart, its whole width`);
      // A tap outside the chart lets go.
      const source = await page.$eval(`#fig-${id} .source`, (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + 10, y: r.top + 5 };
      });
      await page.touchscreen.tap(source.x, source.y);
      await page.waitForSelector(`.chart-wrap:has(#${id}) .chart-tip`, { state: 'detached' });
    }
    // A finger that scrolls across a chart pins nothing.
    const over = await chartPoint(page, 'cloud-share', 2030);
    await page.evaluate(() => {
      window.flingDone = new Promise((r) => document.addEventListener('scrollend', r, { once: true }));
    });
    await swipe(page, over, { x: over.x + 4, y: over.y - 200 });
    await page.evaluate(() => window.flingDone);
    await settled(page);
    assert.equal(await page.$('.chart-tip'), null, 'a scroll over a chart pinned a tooltip');
    // Escape lets go too.
    const at = await chartPoint(page, 'capex-projection', 2028);
    await page.touchscreen.tap(at.x, at.y);
    const text = await (await page.waitForSelector('.chart-tip[data-pinned=true]')).textContent();
    assert.match(text, /^2028/);
    assert.match(text, /Five companies' CapEx: \$661B/);
    // A pinned value stays on its year when the chart is redrawn at another width.
    const before = await page.$eval('#capex-projection', (c) => Number(c.dataset.draws));
    await page.setViewportSize({ width: 360, height: 844 });
    await page.waitForFunction((n) => Number(document.getElementById('capex-projection').dataset.draws) > n, before);
    await settled(page);
    assert.match(await page.textContent('.chart-tip[data-pinned=true]'), /^2028/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.chart-tip', { state: 'detached' });
  });

  test("a vertical swipe from any slider's track scrolls the page and changes nothing; \
a sideways drag moves it", async () => {
    const ids = await page.$$eval('.slider input[type=range]', (is) => is.map((i) => i.id));
    assert.equal(ids.length, manifest.sliders.length + 1, 'every slider, the second plateau slider too');
    for (const id of ids) {
      const from = await page.$eval(`#${id}`, (i) => {
        i.scrollIntoView({ block: 'center' });
        const r = i.getBoundingClientRect();
        return { x: r.left + r.width * 0.8, y: r.top + r.height / 2 };
      });
      await scrollSettled(page);
      const before = await sliderState(page);
      const scrolled = await page.evaluate(() => {
        // The swipe's fling ends with `scrollend`: the next finger must not land on a moving page.
        window.flingDone = new Promise((r) => document.addEventListener('scrollend', r, { once: true }));
        return scrollY;
      });
      await swipe(page, from, { x: from.x + 6, y: from.y - 260 });
      await page.evaluate(() => window.flingDone);
      assert.deepEqual(await sliderState(page), before, `${id}: a vertical swipe changed an assumption`);
      assert.notEqual(await page.evaluate(() => scrollY), scrolled, `${id}: the swipe scrolled the page`);
    }
    // A deliberate sideways drag from the thumb moves the slider (and the address).
    await scrollSettled(page);
    const g = urlKey('CapexGrowth');
    const thumb = await page.$eval(`#${sliderId(g)}`, (i) => {
      i.scrollIntoView({ block: 'center' });
      const r = i.getBoundingClientRect();
      const f = (i.value - i.min) / (i.max - i.min);
      return { x: r.left + 8 + f * (r.width - 16), y: r.top + r.height / 2 };
    });
    const before = await sliderState(page);
    await swipe(page, thumb, { x: thumb.x + 80, y: thumb.y + 4 });
    await settled(page);
    // The address follows once the drag settles.
    await page.waitForFunction((key) => new RegExp(`[?&]${key}=`).test(location.search), g);
    const after = await sliderState(page);
    assert.ok(
      Number(after.values[`${sliderId(g)}`]) > Number(before.values[`${sliderId(g)}`]),
      JSON.stringify(after.values),
    );
    // A tap on the track (no drag), away from the thumb, changes nothing either.
    const track = await page.$eval(`#${sliderId(g)}`, (i) => {
      const r = i.getBoundingClientRect();
      return { x: r.left + r.width * 0.1, y: r.top + r.height / 2 };
    });
    await page.touchscreen.tap(track.x, track.y);
    await settled(page);
    assert.deepEqual(await sliderState(page), after);
    await page.click('#reset-all');
  });

  test('every interactive element is at least 24 px, and the primary controls 44 px on touch', async () => {
    // Open one table and one embed panel, so their controls are measured too.
    await page.$eval('#fig-cloud-market details.as-table', (d) => {
      d.open = true;
    });
    await page.$eval('#fig-cloud-market details.embed-dialog', (d) => {
      d.closest('details.more').open = true;
      d.open = true;
    });
    await page.waitForSelector('#fig-cloud-market .embed-options input');
    assert.deepEqual(await tooSmall(page), []);
    const desktop = await openReport(browser, server.url, { width: 1440, height: 900 });
    await desktop.$eval('#fig-cloud-market details.embed-dialog', (/** @type {HTMLDetailsElement} */ d) => {
      /** @type {HTMLDetailsElement} */ (d.closest('details.more')).open = true;
      d.open = true;
    });
    await desktop.waitForSelector('#fig-cloud-market .embed-options input');
    assert.deepEqual(await tooSmall(desktop), [], 'on a desktop too');
    await desktop.context().close();
    const primary = await page.evaluate(() =>
      [...document.querySelectorAll('.presets .button, #copy-link, .slider input[type=range], .reset')]
        // (Undo and redo are not shown on a phone: its own Back and Forward do the same.)
        .filter((e) => e.checkVisibility())
        .map((e) => ({ id: e.id || e.className, h: e.getBoundingClientRect().height }))
        .filter((x) => x.h < 44),
    );
    assert.deepEqual(primary, []);
    // "↺ default" keeps to one line in every card.
    const heights = await page.$$eval('.slider .reset', (bs) => [
      ...new Set(bs.map((b) => Math.round(b.getBoundingClientRect().height))),
    ]);
    assert.equal(heights.length, 1, `${heights}`);
  });

  test('the scenario bar stays in reach while reading', async () => {
    await page.$eval('#compute', (s) => s.scrollIntoView());
    await settled(page);
    const bar = await page.$eval('.presets', (n) => {
      const r = n.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    assert.ok(bar.top >= 0 && bar.top <= 1, `bar at ${bar.top}`);
    assert.ok(bar.bottom - bar.top < 70, `one compact row (${bar.bottom - bar.top} px)`);
    const copy = await page.$eval('#copy-link', (n) => n.getBoundingClientRect());
    assert.ok(copy.bottom <= 844 && copy.top >= 0);
  });

  test('the assumptions table keeps its column names on a phone', async () => {
    const before = await page.$$eval('.assumptions td[data-label]', (tds) =>
      tds.slice(0, 3).map((td) => getComputedStyle(td, '::before').content),
    );
    assert.deepEqual(before, ['"Default: "', '"Range: "', '"Origin: "']);
  });

  test('each key (a direct label’s dot, a band’s or bar chart’s swatch) \
shows the colour its series is drawn in, light and dark', async () => {
    for (const dark of [false, true]) {
      if (dark) {
        const drawn = await draws(page, 'compute-layers');
        await page.click('#dark-toggle');
        await redrawn(page, 'compute-layers', drawn);
        await waitForCharts(page);
      }
      const checked = await page.$$eval('canvas.chart-canvas', (cs) =>
        cs.flatMap((c) => {
          const ctx = c.getContext('2d');
          const px = (x, y) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
          return (c.dataset.keys || '')
            .split(';')
            .filter(Boolean)
            .map((k) => {
              const [sx, sy, dx, dy] = k.split(',').map(Number);
              return { id: c.id, swatch: px(sx, sy), drawn: px(dx, dy) };
            });
        }),
      );
      assert.ok(checked.length >= 12, `legend rows checked: ${checked.length}`);
      for (const { id, swatch, drawn } of checked) {
        const off = Math.max(...swatch.map((v, i) => Math.abs(v - drawn[i])));
        assert.ok(off <= 2, `${id} (${dark ? 'dark' : 'light'}): swatch ${swatch} vs drawn ${drawn}`);
      }
    }
    await page.click('#dark-toggle');
  });
});
