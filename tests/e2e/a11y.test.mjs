// Every reader, in Chromium and Firefox ESR (through WebDriver): axe-core finds no violations
// on the page or an embed; at 360 px nothing is wider than the viewport; at devicePixelRatio 2
// canvases draw at twice their CSS size; the dark toggle recolours the charts; hovering shows
// the value under the pointer; sliders work from the keyboard.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { By, Key, Origin } from 'selenium-webdriver';
import {
  serve, serveHtml, webdriver, waitInPage, chartsDrawn, drawCount, drawnMoreThan, pixelAt, urlKey, sliderSpec,
} from './lib.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BROWSERS = (process.env.BROWSERS || 'chromium,firefox').split(',');

/** axe-core's violations on the current page (or frame), in short. */
async function axe(driver) {
  await driver.executeScript(function (src) {
    if (!window.axe) { const s = document.createElement('script'); s.textContent = src; document.head.appendChild(s); }
    return !!window.axe;
  }, AXE);
  const r = await driver.executeAsyncScript(function () {
    const done = arguments[arguments.length - 1];
    window.axe.run(document).then(
      (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))),
      (e) => done({ error: String(e) }),
    );
  });
  return r;
}

const text = (driver, css) => driver.executeScript(function (css) { return document.querySelector(css)?.textContent; }, css);

for (const kind of BROWSERS) {
  describe(`${kind}`, () => {
    let server, page;
    before(async () => {
      server = await serve();
      page = await webdriver(kind, { width: 1280, height: 900 });
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
    });
    after(async () => { await page?.quit().catch(() => {}); await server?.close(); });

    test('axe-core: zero violations on the full page', async () => {
      assert.deepEqual(await axe(page), []);
    });

    test('hovering a chart shows the value under the pointer', async () => {
      const at = await page.executeScript(function () {
        const c = document.getElementById('capex-projection');
        c.scrollIntoView({ block: 'center' });
        const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
        const k = c.clientWidth / c.width, box = c.getBoundingClientRect();
        return { x: box.left + (l + (2028 - x0) / (x1 - x0) * (r - l)) * k, y: box.top + (t + b) / 2 * k };
      });
      await page.actions().move({ origin: Origin.VIEWPORT, x: Math.round(at.x), y: Math.round(at.y), duration: 0 }).perform();
      await waitInPage(page, function () { return document.querySelector('.chart-tip'); });
      const tip = await text(page, '.chart-tip');
      assert.match(tip, /^2028/);
      assert.match(tip, /Five companies' CapEx: \$661B/);
    });

    test('the dark toggle recolours the charts', async () => {
      const before = await page.executeScript(pixelAt, ['capex-projection', 2, 2]);
      assert.ok(before[0] + before[1] + before[2] > 600, `light background ${before}`);
      const n = await page.executeScript(drawCount, 'capex-projection');
      await page.findElement(By.css('#dark-toggle')).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n]);
      const after = await page.executeScript(pixelAt, ['capex-projection', 2, 2]);
      assert.ok(after[0] + after[1] + after[2] < 150, `dark background ${after}`);
      assert.equal(await page.findElement(By.css('#dark-toggle')).getDomAttribute('aria-pressed'), 'true');
      assert.deepEqual(await axe(page), [], 'dark mode keeps contrast');
      await page.findElement(By.css('#dark-toggle')).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 1]);
    });

    test('sliders work from the keyboard, with a visible focus style', async () => {
      const g = `slider-${urlKey('CapexGrowth')}`;
      const shows = function ([id, text]) { return document.getElementById(`${id}-value`).textContent === text; };
      await page.findElement(By.css(`#${g}`)).sendKeys(Key.ARROW_RIGHT, Key.ARROW_RIGHT);
      await waitInPage(page, shows, [g, '41 %']);
      assert.equal(await page.executeScript(function () { return document.activeElement.id; }), g);
      const ring = await page.executeScript(function () {
        return [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => /:focus-visible/.test(r.selectorText || '') && /outline/.test(r.cssText));
      });
      assert.ok(ring, 'a :focus-visible outline rule');
      await page.findElement(By.css(`.slider:has(#${g}) .reset`)).click();
      await waitInPage(page, shows, [g, sliderSpec('CapexGrowth').defaultText]);
    });

    test('axe-core: zero violations on an embed, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        await page.get(`${server.url}?embed=cloud-revenue&theme=${theme}`);
        await waitInPage(page, chartsDrawn);
        assert.deepEqual(await axe(page), [], theme);
      }
    });

    test('at 360 px and devicePixelRatio 2: nothing overflows, canvases are crisp', async () => {
      await page.quit(); // one browser at a time
      page = undefined;
      const phone = await webdriver(kind, { width: 800, height: 900, dpr: 2 });
      // A 360 px viewport: the report in a 360 px-wide frame (headless windows can't be that narrow).
      const host = await serveHtml(`<!doctype html><body style="margin:0"><iframe src="${server.url}" title="report" style="width:360px;height:800px;border:0"></iframe>`);
      try {
        await phone.get(host.url);
        await phone.switchTo().frame(0);
        await waitInPage(phone, chartsDrawn);
        const m = await phone.executeScript(function () {
          const w = window.innerWidth; // the viewport, scrollbar included
          const inner = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > inner + 0.5).map((e) => e.tagName + '.' + e.className);
          const canvases = [...document.querySelectorAll('canvas.chart-canvas')].map((c) => [c.id, c.width, c.getBoundingClientRect().width, c.height, c.getBoundingClientRect().height]);
          return { w, inner, dpr: devicePixelRatio, scroll: document.documentElement.scrollWidth, wide, canvases };
        });
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
