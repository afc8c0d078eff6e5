// A reader on a 390 × 844 phone (touch, devicePixelRatio 3) in Chromium, with real touch events
// (CDP Input.dispatchTouchEvent) and a real mouse: tap-to-pin tooltips on every chart, vertical
// swipes that only scroll, copy feedback and its fallback, a remembered theme, target sizes,
// legend colours read off the canvas, the sticky scenario bar, the skip link and contents,
// dismissible notices and the embed panel's options.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, waitForCharts, chartIds, draws, redrawn, liveNumbers, urlKey, manifest } from './lib.mjs';

const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A finger: touch start at `from`, moves in `steps` to `to`, lifts. Viewport CSS pixels. */
async function swipe(page, from, to, steps = 12) {
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: Math.round(p.x), y: Math.round(p.y), radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= steps; i++) {
    const at = { x: from.x + (to.x - from.x) * i / steps, y: from.y + (to.y - from.y) * i / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Until the page stops moving: a swipe's fling has run out (a finger that lands on a moving
 * page stops it, and is taken for a scroll). */
const scrollSettled = (page) => page.waitForFunction(() => new Promise((r) => {
  const y = scrollY;
  requestAnimationFrame(() => requestAnimationFrame(() => r(scrollY === y)));
}));

/** Two animation frames: whatever the last event set off has rendered. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The viewport point of data x `value` (a year or a category index) halfway up chart `id`. */
function chartPoint(page, id, value) {
  return page.$eval(`#${id}`, (c, value) => {
    c.scrollIntoView({ block: 'center' });
    const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
    const k = c.clientWidth / c.width, box = c.getBoundingClientRect();
    return { x: box.left + (l + (value - x0) / (x1 - x0) * (r - l)) * k, y: box.top + (t + (b - t) * 0.5) * k };
  }, value);
}

/** Every visible interactive element under 24 × 24 CSS px, as "element w×h". */
const tooSmall = (page) => page.evaluate(() => {
  const els = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')];
  return els.filter((e) => e.getClientRects().length && !e.classList.contains('skip-link'))
    // Radio buttons and checkboxes count with their label, which is the target (WCAG 2.5.8).
    .map((e) => [e, e.closest('label.choice') || e])
    .map(([e, t]) => ({ e: e.outerHTML.slice(0, 80), r: t.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 24 || r.height < 24)
    .map(({ e, r }) => `${e} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
});

const sliderState = (page) => page.evaluate(() => ({
  url: location.href,
  values: Object.fromEntries([...document.querySelectorAll('.slider input')].map((i) => [i.id, i.value])),
}));

describe('on a 390 px touch phone', () => {
  let page;
  before(async () => { page = await openReport(browser, server.url, PHONE); });
  after(async () => { await page?.context().close(); });

  test('a tap on any chart pins the nearest point\'s values, clear of the points, until a tap elsewhere or Escape', async () => {
    const ids = await chartIds(page);
    assert.equal(ids.length, 10);
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
        const inside = (r) => r.left + 6 > box.left && r.left + 6 < box.right && r.top + 6 > box.top && r.top + 6 < box.bottom;
        const cross = w.querySelector('.chart-cross').getBoundingClientRect();
        const plot = w.querySelector('canvas').getBoundingClientRect();
        const hits = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        return { rings: rings.length, covered: rings.filter(inside).length, crossHit: hits({ ...cross.toJSON(), right: cross.left + 1 }, box),
          docked: box.top >= plot.bottom, wide: box.width >= plot.width - 2 };
      });
      assert.ok(placed.rings >= 1, `${id}: the point is marked`);
      assert.equal(placed.covered, 0, `${id}: the tooltip covers none of its points`);
      assert.equal(placed.crossHit, false, `${id}: the tooltip's box does not meet the crosshair`);
      assert.deepEqual([placed.docked, placed.wide], [true, true], `${id}: docked under the chart, its whole width`);
      // A tap outside the chart lets go.
      const source = await page.$eval(`#fig-${id} .source`, (el) => { const r = el.getBoundingClientRect(); return { x: r.left + 10, y: r.top + 5 }; });
      await page.touchscreen.tap(source.x, source.y);
      await page.waitForSelector(`.chart-wrap:has(#${id}) .chart-tip`, { state: 'detached' });
    }
    // A finger that scrolls across a chart pins nothing.
    const over = await chartPoint(page, 'cloud-share', 2030);
    await page.evaluate(() => { window.flingDone = new Promise((r) => document.addEventListener('scrollend', r, { once: true })); });
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

  test('a vertical swipe from any slider\'s track scrolls the page and changes nothing; a sideways drag moves it', async () => {
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
    const thumb = await page.$eval(`#slider-${g}`, (i) => {
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
    assert.ok(Number(after.values[`slider-${g}`]) > Number(before.values[`slider-${g}`]), JSON.stringify(after.values));
    // A tap on the track (no drag), away from the thumb, changes nothing either.
    const track = await page.$eval(`#slider-${g}`, (i) => {
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
    await page.$eval('#fig-cloud-market details.as-table', (d) => { d.open = true; });
    await page.$eval('#fig-cloud-market details.embed-dialog', (d) => { d.closest('details.more').open = true; d.open = true; });
    await page.waitForSelector('#fig-cloud-market .embed-options input');
    assert.deepEqual(await tooSmall(page), []);
    const desktop = await openReport(browser, server.url, { width: 1440, height: 900 });
    await desktop.$eval('#fig-cloud-market details.embed-dialog', (d) => { d.closest('details.more').open = true; d.open = true; });
    await desktop.waitForSelector('#fig-cloud-market .embed-options input');
    assert.deepEqual(await tooSmall(desktop), [], 'on a desktop too');
    await desktop.context().close();
    const primary = await page.evaluate(() => [...document.querySelectorAll('.presets .button, #copy-link, .slider input[type=range], .reset')]
      .map((e) => ({ id: e.id || e.className, h: e.getBoundingClientRect().height }))
      .filter((x) => x.h < 44));
    assert.deepEqual(primary, []);
    // "↺ default" keeps to one line in every card.
    const heights = await page.$$eval('.slider .reset', (bs) => [...new Set(bs.map((b) => Math.round(b.getBoundingClientRect().height)))]);
    assert.equal(heights.length, 1, `${heights}`);
  });

  test('the scenario bar stays in reach while reading', async () => {
    await page.$eval('#compute', (s) => s.scrollIntoView());
    await settled(page);
    const bar = await page.$eval('.presets', (n) => { const r = n.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    assert.ok(bar.top >= 0 && bar.top <= 1, `bar at ${bar.top}`);
    assert.ok(bar.bottom - bar.top < 70, `one compact row (${bar.bottom - bar.top} px)`);
    const copy = await page.$eval('#copy-link', (n) => n.getBoundingClientRect());
    assert.ok(copy.bottom <= 844 && copy.top >= 0);
  });

  test('the assumptions table keeps its column names on a phone', async () => {
    const before = await page.$$eval('.assumptions td[data-label]', (tds) => tds.slice(0, 3).map((td) => getComputedStyle(td, '::before').content));
    assert.deepEqual(before, ['"Default: "', '"Range: "', '"Origin: "']);
  });

  test('each key (a direct label’s dot, a band’s or bar chart’s swatch) shows the colour its series is drawn in, light and dark', async () => {
    for (const dark of [false, true]) {
      if (dark) {
        const drawn = await draws(page, 'compute-layers');
        await page.click('#dark-toggle');
        await redrawn(page, 'compute-layers', drawn);
        await waitForCharts(page);
      }
      const checked = await page.$$eval('canvas.chart-canvas', (cs) => cs.flatMap((c) => {
        const ctx = c.getContext('2d');
        const px = (x, y) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
        return (c.dataset.keys || '').split(';').filter(Boolean).map((k) => {
          const [sx, sy, dx, dy] = k.split(',').map(Number);
          return { id: c.id, swatch: px(sx, sy), drawn: px(dx, dy) };
        });
      }));
      assert.ok(checked.length >= 12, `legend rows checked: ${checked.length}`);
      for (const { id, swatch, drawn } of checked) {
        const off = Math.max(...swatch.map((v, i) => Math.abs(v - drawn[i])));
        assert.ok(off <= 2, `${id} (${dark ? 'dark' : 'light'}): swatch ${swatch} vs drawn ${drawn}`);
      }
    }
    await page.click('#dark-toggle');
  });
});

describe('copying', () => {
  test('Copy link copies the permalink and says so', async () => {
    const page = await openReport(browser, `${server.url}?${urlKey('CapexGrowth')}=60`, { ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-link + .copy-status')?.textContent === 'Copied');
    assert.equal(await page.$eval('#copy-link + .copy-status', (s) => s.getAttribute('role')), 'status');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.evaluate(() => location.href));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('without a Clipboard API (http on a real host) the link is shown selected instead, with no error', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await context.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${server.url}?${urlKey('PlateauYear')}=2031`);
    await waitForCharts(page);
    await page.click('#copy-link');
    const field = await page.waitForSelector('.copy-fallback');
    const selected = await field.evaluate((f) => ({ value: f.value, all: f.selectionStart === 0 && f.selectionEnd === f.value.length, focused: document.activeElement === f }));
    assert.equal(selected.value, await page.evaluate(() => location.href));
    assert.ok(selected.all && selected.focused, JSON.stringify(selected));
    assert.match(await page.$eval('#copy-link ~ .copy-status', (s) => s.textContent), /Copied|Ctrl\+C/);
    // The embed snippet falls back the same way, selecting its own text box.
    await page.$eval('#fig-cloud-market details.embed-dialog', (d) => { d.closest('details.more').open = true; d.open = true; });
    await page.click('#copy-embed-cloud-market');
    await page.waitForFunction(() => document.activeElement?.id === 'embed-cloud-market');
    assert.ok(await page.$eval('#embed-cloud-market', (t) => t.selectionEnd === t.value.length && t.selectionStart === 0));
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the colour scheme', () => {
  test('the reader\'s choice is remembered; an address\'s theme= wins for that visit', async () => {
    const page = await openReport(browser, server.url, { width: 1280, height: 900, colorScheme: 'light' });
    assert.equal(await page.$('.report[data-theme=dark]'), null);
    await page.click('#dark-toggle');
    await page.waitForSelector('.report[data-theme=dark]');
    await page.reload();
    await waitForCharts(page);
    assert.ok(await page.$('.report[data-theme=dark]'), 'dark after reload');
    await page.goto(`${server.url}?theme=light&${urlKey('CapexGrowth')}=60`);
    await waitForCharts(page);
    assert.equal(await page.$('.report[data-theme=dark]'), null, 'theme=light wins');
    assert.match(page.url(), /theme=light/, 'and stays in the address');
    await page.click('#dark-toggle');
    await page.waitForSelector('.report[data-theme=dark]');
    await page.waitForFunction(() => !location.search.includes('theme='));
    assert.equal(await page.evaluate(() => localStorage.getItem('ai-infra-report:theme')), 'dark');
    await page.context().close();
  });
});

describe('keyboard and notices', () => {
  test('a skip link leads to the contents, and every entry opens its section', async () => {
    const page = await openReport(browser, server.url);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    assert.ok(await page.$eval('.skip-link', (a) => a.getBoundingClientRect().top >= 0), 'visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'contents');
    const targets = await page.$$eval('#contents a', (as) => as.map((a) => a.hash.slice(1)));
    const sections = await page.$$eval('main section', (ss) => ss.map((s) => s.id));
    assert.deepEqual(targets, sections);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#week');
    await page.context().close();
  });

  test('a link\'s notice can be dismissed, and goes once an assumption changes', async () => {
    const page = await openReport(browser, `${server.url}?zzz=1&${urlKey('CapexGrowth')}=abc`);
    assert.equal(await page.$$eval('#url-notices li', (l) => l.length), 2);
    await page.click('#url-notices .notice-close');
    await page.waitForSelector('#url-notices', { state: 'detached' });
    await page.goto(`${server.url}?zzz=1`);
    await waitForCharts(page);
    await page.waitForSelector('#url-notices');
    const before = (await liveNumbers(page))['capex-2030'];
    await page.$eval(`#slider-${urlKey('CapexGrowth')}`, (el) => { el.value = '60'; el.dispatchEvent(new Event('input', { bubbles: true })); });
    await page.waitForFunction((b) => document.querySelector('[data-live="capex-2030"]').textContent !== b, before);
    assert.equal(await page.$('#url-notices'), null);
    await page.context().close();
  });

  test('a mouse drags a slider as a native one: press on the track to jump, then drag', async () => {
    const page = await openReport(browser, server.url);
    const cagr = `slider-${urlKey('MarketCagr')}`;
    const box = await page.$eval(`#${cagr}`, (i) => {
      i.scrollIntoView({ block: 'center' });
      const r = i.getBoundingClientRect();
      return { left: r.left, width: r.width, y: r.top + r.height / 2, min: Number(i.min), max: Number(i.max) };
    });
    await page.mouse.move(box.left + 8 + 0.25 * (box.width - 16), box.y);
    await page.mouse.down();
    await page.waitForFunction((key) => location.search.includes(`${key}=`), urlKey('MarketCagr'));
    const pressed = Number(await page.$eval(`#${cagr}`, (i) => i.value));
    assert.ok(Math.abs(pressed - (box.min + 0.25 * (box.max - box.min))) <= 1, `jumped to ${pressed}`);
    await page.mouse.move(box.left + 8 + 0.75 * (box.width - 16), box.y, { steps: 8 });
    await page.mouse.up();
    const dragged = Number(await page.$eval(`#${cagr}`, (i) => i.value));
    assert.ok(Math.abs(dragged - (box.min + 0.75 * (box.max - box.min))) <= 1, `dragged to ${dragged}`);
    assert.equal(await page.evaluate(() => document.activeElement.id), cagr, 'focused, as a native slider');
    await page.context().close();
  });
});

describe('the embed panel', () => {
  test('offers colours, sliders and a transparent background, and the embed honours them', async () => {
    const page = await openReport(browser, server.url);
    await page.$eval('#fig-cloud-market details.embed-dialog', (d) => { d.closest('details.more').open = true; d.open = true; });
    await page.check('#fig-cloud-market input[type=radio][value=dark]');
    await page.uncheck('#fig-cloud-market .embed-controls');
    await page.check('#fig-cloud-market .embed-transparent');
    const snippet = await page.$eval('#embed-cloud-market', (t) => t.value);
    const src = snippet.match(/src="([^"]+)"/)[1];
    assert.match(src, /embed=cloud-market&controls=0&theme=dark&bg=transparent/);
    assert.match(snippet, /color-scheme:dark/);
    const embed = await openReport(browser, src, { width: 700, height: 600, colorScheme: 'light' });
    const seen = await embed.evaluate(() => {
      const c = document.querySelector('canvas.chart-canvas');
      return {
        dark: !!document.querySelector('.embed-view[data-theme=dark]'),
        sliders: document.querySelectorAll('.slider').length,
        body: getComputedStyle(document.body).backgroundColor,
        corner: c.getContext('2d').getImageData(1, 1, 1, 1).data[3],
      };
    });
    assert.deepEqual(seen, { dark: true, sliders: 0, body: 'rgba(0, 0, 0, 0)', corner: 0 });
    await embed.context().close();
    await page.context().close();
  });

  test('unknown embed values get the same notice as the report', async () => {
    const page = await openReport(browser, `${server.url}?embed=cloud-market&theme=purple&controls=maybe&bg=plaid`);
    const items = await page.$$eval('.embed-view #url-notices li', (l) => l.map((x) => x.textContent));
    assert.equal(items.length, 3, items.join('\n'));
    assert.match(items.join(' '), /purple.*maybe.*plaid/);
    await page.context().close();
  });
});
