// @ts-check
// Every reader, in Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser; all through
// WebDriver): the page's own CSP (the <meta> in index.html) sees zero violations, at load and
// while it is used; axe-core finds no violations on the page, an embed, the sources and the
// uncertainty pages; at 360 px nothing is wider than the viewport; at devicePixelRatio 2
// canvases draw at twice their CSS size; the dark toggle recolours the charts; hovering or
// tapping shows the value under the pointer. (The figures for the keyboard and for a screen
// reader — tables, outlines, Listen — are a11y-figures.test.mjs's.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { By, Key, Origin } from 'selenium-webdriver';
import { Command } from 'selenium-webdriver/lib/command.js';
import {
  serveHtml,
  chartsDrawn,
  drawCount,
  drawnMoreThan,
  pixelAt,
  urlKey,
  DIST,
  manifest,
  sliderId,
} from '../../tools/lib.mjs';
import {
  BROWSERS,
  serveReporting,
  webdriver,
  waitInPage,
  until,
  listenForViolations,
  axe,
  text,
} from '../../tools/webdriver.mjs';
import { CSP_META } from '../../tools/csp.mjs';

for (const kind of BROWSERS) {
  describe(`${kind}`, () => {
    let server, page;
    before(async () => {
      server = await serveReporting();
      page = await webdriver(kind, { width: 1280, height: 900 });
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      await page.executeScript(listenForViolations);
    });
    after(async () => {
      await page?.quit().catch(() => {});
      await server?.close();
    });

    test('the meta CSP: zero violations at load and in use', async () => {
      const meta = await page.executeScript(
        () =>
          /** @type {HTMLMetaElement} */ (document.querySelector('meta[http-equiv="Content-Security-Policy"]'))
            ?.content,
      );
      assert.equal(meta, CSP_META);
      // In use: a slider and the dark toggle (charts redraw, the CSSOM sets sizes).
      const n = await page.executeScript(drawCount, 'capex-projection');
      await page.executeScript(
        (id) => {
          const el = /** @type {HTMLInputElement} */ (document.getElementById(id));
          el.value = String(Number(el.max));
          el.dispatchEvent(new Event('input', { bubbles: true }));
        },
        `${sliderId(urlKey('CapexGrowth'))}`,
      );
      await waitInPage(page, drawnMoreThan, ['capex-projection', n]);
      await page.findElement(By.css('#dark-toggle')).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 1]);
      await page.findElement(By.css('#dark-toggle')).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 2]);
      await page.findElement(By.css(`.slider:has(#${sliderId(urlKey('CapexGrowth'))}) .reset`)).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 3]);
      // A deliberate violation last: both the in-page listener and the report must see it (so
      // the checks can see one), and once its report is in, nothing else may be.
      const marker = `http://csp-marker.invalid/${kind}.png`;
      await page.executeScript((src) => {
        new Image().src = src;
      }, marker);
      const isMarker = (r) => (r['csp-report']?.['blocked-uri'] || '').startsWith('http://csp-marker.invalid');
      await until(() => server.cspReports.some(isMarker), `the marker's CSP report in ${kind}`);
      await waitInPage(page, () => window.__violations.length > 0);
      assert.deepEqual(
        server.cspReports.filter((r) => !isMarker(r)),
        [],
        'reported violations of the meta policy',
      );
      // The marker breaks both policies (the meta and its report-only copy): one event each.
      const seen = await page.executeScript('return window.__violations');
      assert.deepEqual(
        seen.filter((v) => v !== `img-src ${marker}`),
        [],
        'violations seen in the page',
      );
      assert.ok(seen.length >= 1);
    });

    test('axe-core: zero violations on the full page', async () => {
      assert.deepEqual(await axe(page), []);
    });

    test('hovering a chart shows the value under the pointer', async () => {
      const at = await page.executeScript(() => {
        const c = /** @type {HTMLCanvasElement} */ (document.getElementById('capex-projection'));
        c.scrollIntoView({ block: 'center' });
        const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
        const k = c.clientWidth / c.width,
          box = c.getBoundingClientRect();
        return { x: box.left + (l + ((2028 - x0) / (x1 - x0)) * (r - l)) * k, y: box.top + ((t + b) / 2) * k };
      });
      await page
        .actions()
        .move({ origin: Origin.VIEWPORT, x: Math.round(at.x), y: Math.round(at.y), duration: 0 })
        .perform();
      await waitInPage(page, () => document.querySelector('.chart-tip'));
      const tip = await text(page, '.chart-tip');
      assert.match(tip, /^2028/);
      assert.match(tip, /Five companies' CapEx: \$661B/);
    });

    test('a tap (a touch pointer action) pins the value, and Escape lets go', async () => {
      // WebKitGTK's driver delivers touch actions as mouse events (pointerType "mouse"), so
      // here they test the tap, not scrolling; phone.test.mjs covers swipes with real touches.
      const at = await page.executeScript(() => {
        const c = /** @type {HTMLCanvasElement} */ (document.getElementById('cloud-share'));
        c.scrollIntoView({ block: 'center' });
        const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
        const k = c.clientWidth / c.width,
          box = c.getBoundingClientRect();
        return { x: box.left + (l + ((2030 - x0) / (x1 - x0)) * (r - l)) * k, y: box.top + ((t + b) / 2) * k };
      });
      const finger = {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'touch' },
        actions: [
          { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(at.x), y: Math.round(at.y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      };
      await page.execute(new Command('actions').setParameters({ actions: [finger] }));
      await waitInPage(page, () =>
        document.querySelector('.chart-wrap:has(#cloud-share) .chart-tip[data-pinned=true]'),
      );
      assert.match(await text(page, '.chart-wrap:has(#cloud-share) .chart-tip'), /^2030/);
      await page.actions().sendKeys(Key.ESCAPE).perform();
      await waitInPage(page, () => !document.querySelector('.chart-tip[data-pinned=true]'));
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

    test('axe-core: zero violations on an embed, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        await page.get(`${server.url}?embed=cloud-revenue&theme=${theme}`);
        await waitInPage(page, chartsDrawn);
        assert.deepEqual(await axe(page), [], theme);
      }
    });

    test("the sources page: every record with the article's words, reached from the method, \
axe and CSP clean", async () => {
      const records = Object.values(JSON.parse(fs.readFileSync(`${DIST}/${manifest.downloads.json}`, 'utf8')))
        .flatMap((file) => Object.values(file).flatMap((t) => (Array.isArray(t) ? t : [t])))
        .filter((r) => typeof r?.quote === 'string');
      assert.ok(records.length >= 29, `${records.length} quoted records`);
      await page.get(server.url);
      const link = await page.findElement(By.css(`#method a[href="${manifest.sourcesPage}"]`));
      // The link's own address, opened as a reader's click would (a click mid-script races the
      // driver's next command in Firefox).
      await page.get(await link.getAttribute('href'));
      await waitInPage(page, () => document.querySelector('.sources-table tbody tr'));
      await page.executeScript(listenForViolations);
      const rows = await page.executeScript(() =>
        [...document.querySelectorAll('.sources-table tbody tr')].map((tr) => ({
          id: tr.id,
          quote: tr.querySelector('blockquote')?.textContent,
          time: tr.querySelector('time')?.dateTime,
        })),
      );
      assert.equal(rows.length, records.length);
      assert.deepEqual(rows.map((r) => r.quote).sort(), records.map((r) => `“${r.quote}”`).sort());
      assert.ok(
        rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.time) && r.id),
        JSON.stringify(rows.slice(0, 2)),
      );
      assert.equal(new Set(rows.map((r) => r.id)).size, rows.length, 'anchors are unique');
      assert.equal(await page.executeScript('return document.scripts.length'), 0, 'the page runs no script');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(await page.executeScript('return window.__violations'), []);
    });

    test('the uncertainty page: reached from the method, every answer with its range, axe and CSP clean', async () => {
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      const link = await page.findElement(By.css(`#method a[href="${manifest.uncertaintyPage}"]`));
      await page.get(await link.getAttribute('href'));
      await waitInPage(page, () => document.querySelector('table.answers tbody tr'));
      await page.executeScript(listenForViolations);
      const seen = await page.executeScript(() => ({
        answers: [...document.querySelectorAll('table.answers tbody tr')].map(
          (/** @type {HTMLTableRowElement} */ r) => r.cells[2].textContent,
        ),
        tables: document.querySelectorAll('table').length,
        scripts: document.scripts.length,
        wide: document.documentElement.scrollWidth > innerWidth,
      }));
      assert.equal(seen.answers.length, 4);
      assert.ok(
        seen.answers.every((t) => / to /.test(t)),
        JSON.stringify(seen.answers),
      );
      assert.ok(seen.tables >= 1 + 4 + 3 + 4, `${seen.tables} tables`);
      assert.deepEqual([seen.scripts, seen.wide], [0, false]);
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(await page.executeScript('return window.__violations'), []);
    });

    test('a figure in the text links to its record on the sources page, which holds that figure', async () => {
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      const links = await page.executeScript(() =>
        [...document.querySelectorAll('main a.cited')].map((a) => ({
          href: a.getAttribute('href'),
          text: a.textContent,
        })),
      );
      assert.ok(links.length >= 15, JSON.stringify(links));
      for (const id of [
        'funding-rounds',
        'capex-plans',
        'cloud-quarter',
        'market-forecast',
        'compute-view',
        'sustainability-judgment',
        'sustainability-caveat',
      ]) {
        assert.ok(await page.executeScript((id) => document.querySelector(`#${id} a.cited`) !== null, id), id);
      }
      // A reader's click: the sources page, scrolled to the record.
      const first = await page.findElement(By.css('#capex-plans a.cited'));
      await page.executeScript((a) => {
        a.scrollIntoView({ block: 'center' });
      }, first);
      await first.click();
      const landed = `${manifest.sourcesPage}#capex-stated`;
      await until(async () => (await page.getCurrentUrl()).endsWith(landed), landed);
      await waitInPage(page, () => document.querySelector('.sources-table tr:target'));
      // Each link's record holds its number, in the article's words or its figures.
      const rows = await page.executeScript(() =>
        Object.fromEntries(
          [...document.querySelectorAll('.sources-table tbody tr')].map((tr) => [tr.id, tr.textContent]),
        ),
      );
      for (const { href, text } of links) {
        const row = rows[href.split('#')[1]];
        assert.ok(row, `${href}: no such record`);
        for (const n of text.match(/\d+(\.\d+)?/g))
          assert.ok(row.includes(n), `${text} (${href}) not in: ${row.slice(0, 200)}`);
      }
    });

    test('at 360 px and devicePixelRatio 2: nothing overflows, canvases are crisp', async () => {
      await page.quit(); // one browser at a time
      page = undefined;
      const phone = await webdriver(kind, { width: 800, height: 900, dpr: 2 });
      // A 360 px viewport: the report in a 360 px-wide frame (headless windows can't be that narrow).
      const host = await serveHtml(
        `<!doctype html><body style="margin:0">` +
          `<iframe src="${server.url}" title="report" style="width:360px;height:800px;border:0"></iframe>`,
      );
      try {
        await phone.get(host.url);
        await phone.switchTo().frame(0);
        await waitInPage(phone, chartsDrawn);
        const m = await phone.executeScript(() => {
          const w = window.innerWidth; // the viewport, scrollbar included
          const inner = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > inner + 0.5)
            .map((e) => `${e.tagName}.${e.className}`);
          const canvases = [...document.querySelectorAll('canvas.chart-canvas')].map(
            (/** @type {HTMLCanvasElement} */ c) => [
              c.id,
              c.width,
              c.getBoundingClientRect().width,
              c.height,
              c.getBoundingClientRect().height,
            ],
          );
          return { w, inner, dpr: devicePixelRatio, scroll: document.documentElement.scrollWidth, wide, canvases };
        });
        assert.equal(m.dpr, 2);
        assert.equal(m.w, 360, `viewport ${m.w}`);
        assert.deepEqual(m.wide, []);
        assert.ok(m.scroll <= m.inner, `scrollWidth ${m.scroll} > ${m.inner}`);
        for (const [id, w, cw, h, ch] of m.canvases) {
          assert.ok(
            Math.abs(w - 2 * cw) <= 1 && Math.abs(h - 2 * ch) <= 1,
            `${id}: backing ${w}×${h} for CSS ${cw}×${ch} (${JSON.stringify(m.canvases.slice(0, 3))})`,
          );
        }
      } finally {
        await phone.quit();
        await host.close();
      }
    });
  });
}
