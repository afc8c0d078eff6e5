// Every reader, in Chromium and Firefox ESR (through WebDriver): axe-core finds no violations
// on the page or an embed; at 360 px nothing is wider than the viewport; at devicePixelRatio 2
// canvases draw at twice their CSS size; the dark toggle recolours the charts; hovering shows
// the value under the pointer; sliders work from the keyboard.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { serve, serveHtml } from './lib.mjs';
import { startDriver, openSession, chartsDrawn } from './webdriver.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BROWSERS = (process.env.BROWSERS || 'chromium,firefox').split(',');

async function axe(session) {
  await session.exec(`function () { if (!window.axe) { const s = document.createElement('script'); s.textContent = arguments[0]; document.head.appendChild(s); } return !!window.axe; }`, AXE);
  const r = await session.execAsync(`async function () {
    const r = await axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }`);
  return r;
}

const pixel = `function (id) { const c = document.getElementById(id); const d = c.getContext('2d').getImageData(2, 2, 1, 1).data; return [d[0], d[1], d[2]]; }`;
const draws = `function (id) { return Number(document.getElementById(id).dataset.draws || 0); }`;

for (const kind of BROWSERS) {
  describe(`${kind}`, () => {
    let server, driver, page;
    before(async () => {
      server = await serve();
      driver = await startDriver(kind);
      page = await openSession(driver, { width: 1280, height: 900 });
      await page.go(server.url);
      await page.waitFor(chartsDrawn);
    });
    after(async () => { await page?.quit().catch(() => {}); driver?.stop(); await server?.close(); });

    test('axe-core: zero violations on the full page', async () => {
      assert.deepEqual(await axe(page), []);
    });

    test('hovering a chart shows the value under the pointer', async () => {
      const at = await page.exec(`function () {
        const c = document.getElementById('capex-projection');
        c.scrollIntoView({ block: 'center' });
        const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
        const k = c.clientWidth / c.width, box = c.getBoundingClientRect();
        return { x: box.left + (l + (2028 - x0) / (x1 - x0) * (r - l)) * k, y: box.top + (t + b) / 2 * k };
      }`);
      await page.pointerTo(at.x, at.y);
      await page.waitFor(`function () { return document.querySelector('.chart-tip') }`);
      const text = await page.exec(`function () { return document.querySelector('.chart-tip').textContent; }`);
      assert.match(text, /^2028/);
      assert.match(text, /Five companies' CapEx: \$661B/);
    });

    test('the dark toggle recolours the charts', async () => {
      const before = await page.exec(pixel, 'capex-projection');
      assert.ok(before[0] + before[1] + before[2] > 600, `light background ${before}`);
      const n = await page.exec(draws, 'capex-projection');
      await page.click('#dark-toggle');
      await page.waitFor(`function (n) { return Number(document.getElementById('capex-projection').dataset.draws) > n; }`, n);
      const after = await page.exec(pixel, 'capex-projection');
      assert.ok(after[0] + after[1] + after[2] < 150, `dark background ${after}`);
      assert.equal(await page.exec(`function () { return document.getElementById('dark-toggle').getAttribute('aria-pressed'); }`), 'true');
      assert.deepEqual(await axe(page), [], 'dark mode keeps contrast');
      await page.click('#dark-toggle');
      await page.waitFor(`function (n) { return Number(document.getElementById('capex-projection').dataset.draws) > n + 1; }`, n);
    });

    test('sliders work from the keyboard, with a visible focus style', async () => {
      await page.keys('#slider-g', '\uE014\uE014'); // ArrowRight twice
      await page.waitFor(`function () { return document.getElementById('slider-g-value').textContent === '41 %'; }`);
      assert.equal(await page.exec(`function () { return document.activeElement.id; }`), 'slider-g');
      const ring = await page.exec(`function () {
        return [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => /:focus-visible/.test(r.selectorText || '') && /outline/.test(r.cssText));
      }`);
      assert.ok(ring, 'a :focus-visible outline rule');
      await page.click('.slider:has(#slider-g) .reset');
      await page.waitFor(`function () { return document.getElementById('slider-g-value').textContent === '39 %'; }`);
    });

    test('axe-core: zero violations on an embed, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        await page.go(`${server.url}?embed=cloud-revenue&theme=${theme}`);
        await page.waitFor(chartsDrawn);
        assert.deepEqual(await axe(page), [], theme);
      }
    });

    test('at 360 px and devicePixelRatio 2: nothing overflows, canvases are crisp', async () => {
      await page.quit(); // geckodriver runs one session at a time
      page = undefined;
      const phone = await openSession(driver, { width: 800, height: 900, dpr: 2 });
      // A 360 px viewport: the report in a 360 px-wide frame (headless windows can't be that narrow).
      const host = await serveHtml(`<!doctype html><body style="margin:0"><iframe src="${server.url}" title="report" style="width:360px;height:800px;border:0"></iframe>`);
      try {
        await phone.go(host.url);
        await phone.frame(0);
        await phone.waitFor(chartsDrawn);
        const m = await phone.exec(`function () {
          const w = window.innerWidth; // the viewport, scrollbar included
          const inner = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > inner + 0.5).map((e) => e.tagName + '.' + e.className);
          const canvases = [...document.querySelectorAll('canvas.chart-canvas')].map((c) => [c.id, c.width, c.getBoundingClientRect().width, c.height, c.getBoundingClientRect().height]);
          return { w, inner, dpr: devicePixelRatio, scroll: document.documentElement.scrollWidth, wide, canvases };
        }`);
        assert.equal(m.dpr, 2);
        assert.equal(m.w, 360, `viewport ${m.w}`);
        assert.deepEqual(m.wide, []);
        assert.ok(m.scroll <= m.inner, `scrollWidth ${m.scroll} > ${m.inner}`);
        for (const [id, w, cw, h, ch] of m.canvases) {
          assert.ok(Math.abs(w - 2 * cw) <= 1 && Math.abs(h - 2 * ch) <= 1, `${id}: backing ${w}×${h} for CSS ${cw}×${ch} (${JSON.stringify(m.canvases.slice(0, 3))})`);
        }
      } finally {
        await phone.quit();
        await host.close();
      }
    });
  });
}
