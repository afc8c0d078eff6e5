// @ts-check
// The prerendered report (src/prerender.rs, put into dist/index.html by the build): readable
// without JavaScript, equal to what the wasm renders at the article's assumptions, replaced by
// the app without a layout shift, and never passing off its defaults as a permalink's scenario.
import test from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, liveNumbers, manifest, urlKey } from '../../tools/lib.mjs';

/** @typedef {import('playwright-core').ElementHandle<HTMLImageElement>} ImageHandle */

const server = await serve();
const browser = await launch();
test.after(async () => {
  await browser.close();
  await server.close();
});

/** A page with JavaScript switched off. */
async function withoutJs(url, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
    ...options,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * A page whose scripts run but whose wasm never arrives: the prerendered report as a reader
 * sees it before the app takes over (and as it stays on a network that drops the wasm).
 */
async function beforeTakeover(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route(/\.wasm$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Top and height of every heading, figure, slider panel and live number, in page order. */
const layout = (page) =>
  page.$$eval('h1, h2, figure, .sliders, nav, [data-live], table, footer', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName}#${e.id || e.dataset.live || ''} ${Math.round(r.top + scrollY)} ${Math.round(r.height)}`;
    }),
  );

test('without JavaScript the page reads in full: sections, charts as SVG with titles, answers, downloads', async () => {
  const page = await withoutJs(server.url);
  const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent.trim()));
  assert.ok(headings.length >= 9, `section headings: ${headings}`);
  for (const chart of manifest.charts) {
    // The image the reader's width and colour scheme picked, as an SVG file with the chart's title.
    const img = /** @type {ImageHandle} */ (await page.$(`#${chart.id}.chart-picture img`));
    assert.ok(img, `${chart.id}: no image`);
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => i.complete && i.naturalWidth > 0, img);
    const src = await img.evaluate((i) => i.currentSrc);
    assert.match(src, /\.svg$/);
    const svg = await (await fetch(src)).text();
    assert.match(svg, /^<svg /);
    const title = await page.$eval(`#fig-${chart.id} table caption`, (c) => c.firstChild.textContent);
    // Its text, as drawn (a long headline is wrapped over lines).
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1].trim())
      .join(' ')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    assert.ok(words.includes(title), `${chart.id}: the SVG does not carry its title “${title}”`);
    assert.ok((await img.getAttribute('alt')).length > 40, `${chart.id}: no description`);
  }
  const live = await liveNumbers(page);
  assert.ok(Object.keys(live).length >= 40, `derived answers: ${Object.keys(live).length}`);
  for (const [name, text] of Object.entries(live)) assert.match(text, /\S/, `${name} is empty`);
  for (const file of Object.values(manifest.downloads)) {
    assert.ok(
      await page.$(`a[href="${file}"][download], a[href="./${file}"][download]`),
      `no download link to ${file}`,
    );
  }
  await page.context().close();
});

test("the prerendered numbers are the ones the wasm renders at the article's assumptions", async () => {
  const before = await withoutJs(server.url);
  const prerendered = await liveNumbers(before);
  await before.context().close();
  const page = await openReport(browser, server.url);
  assert.equal(await page.$('#prerendered'), null, 'the app took over');
  assert.deepEqual(await liveNumbers(page), prerendered);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [width, height] of [
  [1440, 900],
  [390, 844],
]) {
  test(`the app takes the prerendered report's place without moving anything (${width} px)`, async () => {
    const before = await beforeTakeover(server.url, { viewport: { width, height } });
    assert.ok(await before.$('#prerendered'));
    const prerendered = await layout(before);
    await before.context().close();
    const page = await openReport(browser, server.url, { width, height });
    // Layout shifts the browser saw while the page loaded and the app swapped itself in.
    const shift = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            // LayoutShift entries (not in TypeScript's DOM types): `value` is the shift's score.
            for (const e of list.getEntries()) sum += /** @type {PerformanceEntry & { value: number }} */ (e).value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => resolve(sum));
        }),
    );
    assert.equal(shift, 0, 'cumulative layout shift');
    assert.deepEqual(await layout(page), prerendered);
    // Every place the app left for a kept element (components::kept) holds it now.
    const places = await page.$$eval('[data-keep]', (ps) => ps.map((p) => [p.dataset.keep, p.firstElementChild?.id]));
    assert.ok(places.length >= 12, JSON.stringify(places));
    assert.deepEqual(
      places.filter(([id, held]) => id !== held),
      [],
    );
    await page.context().close();
  });
}

test('a permalink never shows the prerendered defaults as its own scenario', async () => {
  const key = urlKey('CapexGrowth');
  const url = `${server.url}?${key}=60`;
  // Before the wasm: the numbers and charts of the defaults are held back, and the page says why.
  const before = await beforeTakeover(url);
  assert.ok(await before.$eval('.pending-note', (e) => getComputedStyle(e).display !== 'none'));
  const visible = await before.$$eval(
    '[data-prerendered] [data-live], [data-prerendered] .chart-picture',
    (els) => els.filter((e) => getComputedStyle(e).visibility !== 'hidden').length,
  );
  assert.equal(visible, 0, 'default numbers or charts visible before the scenario is computed');
  const defaults = await liveNumbers(before);
  await before.context().close();
  // After: nothing of the prerendered report is left, and the numbers are the scenario's.
  const page = await openReport(browser, url);
  assert.equal(await page.$('#prerendered'), null);
  assert.equal(await page.$('.pending-note'), null);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('scenario-pending')), false);
  const live = await liveNumbers(page);
  assert.notDeepEqual(live, defaults);
  assert.notEqual(live['capex-2030'], defaults['capex-2030'], 'CapEx 2030 at 60 % growth is not the default');
  await page.context().close();
});

test('an embed link never shows the prerendered full report', async () => {
  const before = await beforeTakeover(`${server.url}?embed=${manifest.charts[0].id}`);
  assert.equal(await before.$eval('#prerendered', (e) => getComputedStyle(e).display), 'none');
  await before.context().close();
});

test('each reader gets the drawing for their width and colour scheme', async () => {
  /** @type {[number, 'dark' | 'light', RegExp][]} */
  const readers = [
    [390, 'dark', /\.phone-dark\.svg$/],
    [390, 'light', /\.phone\.svg$/],
    [1440, 'dark', /\.desktop-dark\.svg$/],
    [1440, 'light', /\.desktop\.svg$/],
  ];
  for (const [width, colorScheme, want] of readers) {
    const page = await withoutJs(server.url, { viewport: { width, height: 900 }, colorScheme });
    const img = /** @type {ImageHandle} */ (await page.$('.chart-picture img'));
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => i.complete && i.naturalWidth > 0, img);
    assert.match(await img.evaluate((i) => i.currentSrc), want, `${width} px, ${colorScheme}`);
    await page.context().close();
  }
});

test('a link preview: description, Open Graph tags and a 1200×630 preview image drawn by the build', async () => {
  const page = await withoutJs(server.url);
  const meta = (sel) => page.$eval(sel, (m) => m.getAttribute('content'));
  assert.ok((await meta('meta[name="description"]')).length > 50);
  assert.match(await meta('meta[property="og:title"]'), /AI infrastructure/);
  assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
  const image = await meta('meta[property="og:image"]');
  const png = Buffer.from(await (await fetch(new URL(image, server.url))).arrayBuffer());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual(
    [png.readUInt32BE(16), png.readUInt32BE(20)],
    [Number(await meta('meta[property="og:image:width"]')), Number(await meta('meta[property="og:image:height"]'))],
  );
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  await page.context().close();
});
