// Every reader, in Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser; all through
// WebDriver): the page's own CSP (the <meta> in index.html) sees zero violations, at load and
// while it is used; axe-core finds no violations on the page or an embed; at 360 px nothing is
// wider than the viewport; at devicePixelRatio 2 canvases draw at twice their CSS size; the dark
// toggle recolours the charts; hovering shows the value under the pointer; sliders work from the
// keyboard.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { By, Key, Origin } from 'selenium-webdriver';
import { Command } from 'selenium-webdriver/lib/command.js';
import {
  serve, serveHtml, webdriver, waitInPage, chartsDrawn, drawCount, drawnMoreThan, pixelAt, urlKey, sliderSpec, DIST,
  manifest,
} from './lib.mjs';
import { CSP_META } from '../../scripts/csp.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BROWSERS = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');

// The page enforces its <meta> policy. The server adds the same directives as a report-only
// header with a report-uri: every violation of the meta policy violates that copy too and is
// POSTed to the server, in every engine — including those during the load, before any listener
// a WebDriver script could add in the page. (A meta policy cannot carry report-uri.)
const REPORT_ONLY = `${CSP_META}; report-uri /csp-report`;

/** Polls `check` in Node (no fixed sleeps) until it is truthy; fails with `what` after `ms`. */
async function until(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** In the page: records securitypolicyviolation events from now on in window.__violations. */
function listenForViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** axe-core's violations on the current page (or frame), in short. */
async function axe(driver) {
  // Evaluated by the driver, not as a <script> element: the page's CSP allows no inline script.
  if (!(await driver.executeScript('return !!window.axe'))) {
    await driver.executeScript(`${AXE}\n;return !!window.axe;`);
  }
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
    /** A figure's table as its series have it: its title and subtitle (the caption), header
     * and rows, as text, without what was reported (its columns and the rows between years). */
    const tableOf = (id) => page.executeScript(function (id) {
      const t = document.querySelector(`#fig-${id} details.as-table table`);
      const own = (cells) => [...cells].filter((c) => !c.hasAttribute('data-reported')).map((c) => c.textContent);
      const theirs = (cells) => [...cells].filter((c) => c.hasAttribute('data-reported')).map((c) => c.textContent);
      const rows = [...t.tBodies[0].rows].filter((r) => !r.hasAttribute('data-reported'));
      const reportedHead = theirs(t.tHead.rows[0].cells);
      return {
        title: t.caption.firstChild.textContent, subtitle: t.caption.querySelector('.subtitle').textContent,
        head: own(t.tHead.rows[0].cells),
        rows: rows.map((r) => own(r.cells)),
        // What was reported in each of those rows: [column, value] where there is a value.
        reported: rows.map((r) => theirs(r.cells).map((v, i) => [reportedHead[i], v]).filter(([, v]) => v)),
      };
    }, id);
    /** A figure's outline: the chart's item, its axes' items, and each series' name and points. */
    const outlineOf = (id) => page.executeScript(function (id) {
      const own = (li) => li.firstChild.textContent;
      const root = document.querySelector(`#fig-${id} ul.outline > li`);
      const items = [...root.querySelectorAll(':scope > ul > li:not([data-reported])')];
      return {
        title: own(root),
        axes: items.slice(0, 2).map(own),
        series: items.slice(2).map((li) => ({
          name: own(li).replace(/: \d+ values$/, ''),
          points: [...li.querySelectorAll(':scope > ul > li')].map(own),
        })),
      };
    }, id);

    let server, page;
    before(async () => {
      server = await serve(DIST, { 'content-security-policy-report-only': REPORT_ONLY });
      page = await webdriver(kind, { width: 1280, height: 900 });
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      await page.executeScript(listenForViolations);
    });
    after(async () => { await page?.quit().catch(() => {}); await server?.close(); });

    test('the meta CSP: zero violations at load and in use', async () => {
      const meta = await page.executeScript(function () {
        return document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content;
      });
      assert.equal(meta, CSP_META);
      // In use: a slider and the dark toggle (charts redraw, the CSSOM sets sizes).
      const n = await page.executeScript(drawCount, 'capex-projection');
      await page.executeScript(function (id) {
        const el = document.getElementById(id);
        el.value = String(Number(el.max));
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, `slider-${urlKey('CapexGrowth')}`);
      await waitInPage(page, drawnMoreThan, ['capex-projection', n]);
      await page.findElement(By.css('#dark-toggle')).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 1]);
      await page.findElement(By.css('#dark-toggle')).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 2]);
      await page.findElement(By.css(`.slider:has(#slider-${urlKey('CapexGrowth')}) .reset`)).click();
      await waitInPage(page, drawnMoreThan, ['capex-projection', n + 3]);
      // A deliberate violation last: both the in-page listener and the report must see it (so
      // the checks can see one), and once its report is in, nothing else may be.
      const marker = `http://csp-marker.invalid/${kind}.png`;
      await page.executeScript(function (src) { new Image().src = src; }, marker);
      const isMarker = (r) => (r['csp-report']?.['blocked-uri'] || '').startsWith('http://csp-marker.invalid');
      await until(() => server.cspReports.some(isMarker), `the marker's CSP report in ${kind}`);
      await waitInPage(page, function () { return window.__violations.length > 0; });
      assert.deepEqual(server.cspReports.filter((r) => !isMarker(r)), [], 'reported violations of the meta policy');
      // The marker breaks both policies (the meta and its report-only copy): one event each.
      const seen = await page.executeScript('return window.__violations');
      assert.deepEqual(seen.filter((v) => v !== `img-src ${marker}`), [], 'violations seen in the page');
      assert.ok(seen.length >= 1);
    });

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

    test('a tap (a touch pointer action) pins the value, and Escape lets go', async () => {
      // WebKitGTK's driver delivers touch actions as mouse events (pointerType "mouse"), so
      // here they test the tap, not scrolling; phone.test.mjs covers swipes with real touches.
      const at = await page.executeScript(function () {
        const c = document.getElementById('cloud-share');
        c.scrollIntoView({ block: 'center' });
        const [l, r, t, b, x0, x1] = c.dataset.plot.split(',').map(Number);
        const k = c.clientWidth / c.width, box = c.getBoundingClientRect();
        return { x: box.left + (l + (2030 - x0) / (x1 - x0) * (r - l)) * k, y: box.top + (t + b) / 2 * k };
      });
      const finger = { type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' }, actions: [
        { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(at.x), y: Math.round(at.y) },
        { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] };
      await page.execute(new Command('actions').setParameters({ actions: [finger] }));
      await waitInPage(page, function () { return document.querySelector('.chart-wrap:has(#cloud-share) .chart-tip[data-pinned=true]'); });
      assert.match(await text(page, '.chart-wrap:has(#cloud-share) .chart-tip'), /^2030/);
      await page.actions().sendKeys(Key.ESCAPE).perform();
      await waitInPage(page, function () { return !document.querySelector('.chart-tip[data-pinned=true]'); });
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

    test('a chart of each kind from the keyboard (line, stacked area, grouped bars): arrows step through its \
points and series, each said once, Escape leaves', async () => {
      for (const id of ['cloud-revenue', 'compute-layers', 'capex-bars']) {
        const table = await tableOf(id);
        // Each year is said with where its values come from, as the chart's outline has it (a
        // bar's category with its name alone: its series' names say "plan").
        const origins = (await outlineOf(id)).series[0].points.map((p) => p.match(/\(([^)]+)\)$/)?.[1]);
        if (id === 'cloud-revenue') assert.deepEqual([origins[0], origins.at(-1)], ['from the article', 'projection']);
        const year = (row) => (origins[row] ? `${table.rows[row][0]} (${origins[row]})` : table.rows[row][0]);
        const point = (row, col) => `${year(row)}: ${table.head[col]}: ${table.rows[row][col]}`;
        // Every series' value, then what was reported for that year.
        const all = (row) => `${year(row)}: ${[...table.head.slice(1).map((h, i) => `${h}: ${table.rows[row][i + 1]}`),
          ...table.reported[row].map(([h, v]) => `${h}: ${v}`)].join('; ')}`;
        const said = function () { return document.getElementById('announce').textContent; };
        const canvas = await page.findElement(By.css(`#${id}`));
        await page.executeScript(function (c) { c.scrollIntoView({ block: 'center' }); }, canvas);
        const last = table.rows.length - 1;
        for (const [keys, want] of [[[Key.ARROW_RIGHT], all(0)], [[Key.ARROW_RIGHT], all(1)], [[Key.END], all(last)],
          [[Key.ARROW_DOWN], point(last, 1)], [[Key.ARROW_DOWN], point(last, 2)], [[Key.ARROW_LEFT], point(last - 1, 2)],
          [[Key.HOME], point(0, 2)]]) {
          await canvas.sendKeys(...keys);
          await waitInPage(page, function (w) { return document.getElementById('announce').textContent === w; }, want);
        }
        const state = await page.executeScript(function (id) {
          const tip = document.querySelector(`#fig-${id} .chart-tip`);
          return { active: document.activeElement.id, tip: tip?.querySelector('[data-focused]')?.textContent, rings: document.querySelectorAll(`#fig-${id} .chart-ring[data-focused]`).length };
        }, id);
        assert.deepEqual(state, { active: id, tip: `${table.head[2]}: ${table.rows[0][2]}`, rings: 1 }, id);
        assert.equal(await page.executeScript(said), point(0, 2), id);
        await canvas.sendKeys(Key.ESCAPE);
        await waitInPage(page, function (id) { return !document.querySelector(`#fig-${id} .chart-tip`); }, id);
      }
    });

    test('what a screen reader meets in every figure: roles, names and descriptions, from the chart\'s own words', async () => {
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      const figures = await page.executeScript(function (ids) {
        const hint = document.getElementById('chart-keys');
        const live = document.getElementById('announce');
        return {
          hint: hint?.textContent ?? '', live: live?.getAttribute('aria-live'),
          charts: ids.map((id) => {
            const fig = document.getElementById(`fig-${id}`);
            const canvas = document.getElementById(id);
            const caption = fig.querySelector('details.as-table caption');
            const listen = fig.querySelector('button.listen');
            return {
              id, title: caption.firstChild.textContent,
              role: canvas.getAttribute('role'), kind: canvas.getAttribute('aria-roledescription'),
              label: canvas.getAttribute('aria-label'), describedBy: canvas.getAttribute('aria-describedby'),
              focusable: canvas.tabIndex === 0,
              listen: listen.getAttribute('aria-label'), pressed: listen.getAttribute('aria-pressed'),
              views: [...fig.querySelectorAll('details > summary')].map((s) => s.textContent),
              outline: fig.querySelector('ul.outline > li').firstChild.textContent,
            };
          }),
        };
      }, manifest.charts.map((c) => c.id));
      assert.equal(figures.live, 'polite');
      assert.match(figures.hint, /arrows/);
      assert.equal(figures.charts.length, 10);
      for (const c of figures.charts) {
        assert.deepEqual([c.role, c.kind, c.describedBy, c.focusable], ['application', 'chart', 'chart-keys', true], c.id);
        assert.match(c.label, new RegExp(`^(Line|Stacked area|Bar) chart: ${c.title.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}\\. `), c.id);
        assert.deepEqual([c.listen, c.pressed], [`Listen to “${c.title}”`, 'false'], c.id);
        assert.deepEqual(c.views.slice(0, 3), ['Table', '⋯ More', 'Outline'], c.id);
        assert.equal(c.outline, c.title, c.id);
      }
    });

    test('the outline: the chart, then its axes and series, then their points, with the table\'s numbers', async () => {
      for (const id of ['cloud-revenue', 'capex-bars', 'compute-layers']) {
        await page.executeScript(function (id) { document.querySelector(`#fig-${id} details.more`).open = true; }, id);
        const summary = await page.findElement(By.css(`#fig-${id} details.as-outline summary`));
        await page.executeScript(function (s) { s.scrollIntoView({ block: 'center' }); }, summary);
        await summary.click();
        const { title, axes, series } = await outlineOf(id);
        const table = await tableOf(id);
        assert.equal(title, table.title, id);
        assert.match(axes[0], /^X axis: /, id);
        assert.ok(axes[1].startsWith('Y axis: ') && axes[1].endsWith(` — ${table.subtitle}`), `${id}: ${axes[1]}`);
        assert.deepEqual(series.map((s) => s.name), table.head.slice(1), id);
        series.forEach((s, k) => s.points.forEach((text, row) => {
          const want = `${table.rows[row][0]}: ${table.rows[row][k + 1]}`;
          assert.ok(text === want || text.startsWith(`${want} (`), `${id}: ${text} vs ${want}`);
        }));
        assert.deepEqual(await axe(page), [], id);
      }
    });

    test('Listen plays a chart, series by series: pressed while it plays, each point shown as it plays \
(none under reduced motion), stopped by a second press or by a change that moves the chart', async () => {
      const id = 'capex-bars';
      const table = await tableOf(id);
      const button = await page.findElement(By.css(`#fig-${id} button.listen`));
      // Every point the tooltip shows while it plays, in order.
      await page.executeScript(function (b) {
        b.scrollIntoView({ block: 'center' });
        const fig = b.closest('figure');
        window.__played = [];
        new MutationObserver(() => {
          const tip = fig.querySelector('.chart-tip');
          const said = tip && `${tip.querySelector('strong').textContent}|${tip.querySelector('[data-focused]')?.textContent}`;
          if (said && said !== window.__played.at(-1)) window.__played.push(said);
        }).observe(fig, { subtree: true, childList: true, characterData: true, attributes: true });
      }, button);
      const pressed = function (id, want) {
        return document.querySelector(`#fig-${id} button.listen`).getAttribute('aria-pressed') === want;
      };
      await button.click();
      await waitInPage(page, pressed, id, 'true');
      await waitInPage(page, pressed, id, 'false'); // it ends by itself
      const still = await page.executeScript('return matchMedia("(prefers-reduced-motion: reduce)").matches');
      const want = still ? [] : table.head.slice(1).flatMap((h, k) => table.rows.map((r) => `${r[0]}|${h}: ${r[k + 1]}`));
      assert.deepEqual(await page.executeScript('return window.__played'), want);
      assert.equal(await page.executeScript(function (id) { return document.querySelector(`#fig-${id} .chart-tip`); }, id), null);
      // Stopped at once by a second press: no point shows after it, for longer than two notes
      // take (an absence needs a window; the notes' own step, not a readiness wait).
      await button.click();
      await waitInPage(page, pressed, id, 'true');
      await button.click();
      await waitInPage(page, pressed, id, 'false');
      const played = await page.executeScript('return window.__played.length');
      await waitInPage(page, function () {
        window.__stoppedAt ??= performance.now();
        return performance.now() - window.__stoppedAt > 600;
      });
      assert.equal(await page.executeScript(function (id) { return document.querySelector(`#fig-${id} .chart-tip`); }, id), null);
      assert.equal(await page.executeScript('return window.__played.length'), played, 'a note played after the stop');
      // A change of assumptions that moves the chart stops it too (its notes were the old
      // chart's), long before its four series would have ended.
      const moved = 'cloud-revenue';
      const listen = await page.findElement(By.css(`#fig-${moved} button.listen`));
      await page.executeScript(function (b) { b.scrollIntoView({ block: 'center' }); }, listen);
      await listen.click();
      await waitInPage(page, pressed, moved, 'true');
      const startedAt = await page.executeScript('return performance.now()');
      const aws = `slider-${urlKey('AwsGrowth')}`;
      await page.findElement(By.css(`#${aws}`)).sendKeys(Key.ARROW_RIGHT);
      await waitInPage(page, pressed, moved, 'false');
      const took = await page.executeScript('return performance.now()') - startedAt;
      const notes = (await tableOf(moved)).rows.length * ((await tableOf(moved)).head.length - 1);
      assert.ok(took < notes * 220 / 2, `stopped after ${took} ms of ${notes * 220}`);
      await page.findElement(By.css(`.slider:has(#${aws}) .reset`)).click();
    });

    test('axe-core: zero violations on an embed, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        await page.get(`${server.url}?embed=cloud-revenue&theme=${theme}`);
        await waitInPage(page, chartsDrawn);
        assert.deepEqual(await axe(page), [], theme);
      }
    });

    test('the sources page: every record with the article\'s words, reached from the method, axe and CSP clean', async () => {
      const records = Object.values(JSON.parse(fs.readFileSync(`${DIST}/${manifest.downloads.json}`, 'utf8')))
        .flatMap((file) => Object.values(file).flatMap((t) => (Array.isArray(t) ? t : [t])))
        .filter((r) => typeof r?.quote === 'string');
      assert.ok(records.length >= 29, `${records.length} quoted records`);
      await page.get(server.url);
      const link = await page.findElement(By.css(`#method a[href="${manifest.sourcesPage}"]`));
      // The link's own address, opened as a reader's click would (a click mid-script races the
      // driver's next command in Firefox).
      await page.get(await link.getAttribute('href'));
      await waitInPage(page, function () { return document.querySelector('.sources-table tbody tr'); });
      await page.executeScript(listenForViolations);
      const rows = await page.executeScript(function () {
        return [...document.querySelectorAll('.sources-table tbody tr')].map((tr) => ({
          id: tr.id, quote: tr.querySelector('blockquote')?.textContent, time: tr.querySelector('time')?.dateTime,
        }));
      });
      assert.equal(rows.length, records.length);
      assert.deepEqual(rows.map((r) => r.quote).sort(), records.map((r) => `“${r.quote}”`).sort());
      assert.ok(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.time) && r.id), JSON.stringify(rows.slice(0, 2)));
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
      await waitInPage(page, function () { return document.querySelector('table.answers tbody tr'); });
      await page.executeScript(listenForViolations);
      const seen = await page.executeScript(function () {
        return {
          answers: [...document.querySelectorAll('table.answers tbody tr')].map((r) => r.cells[2].textContent),
          tables: document.querySelectorAll('table').length, scripts: document.scripts.length,
          wide: document.documentElement.scrollWidth > innerWidth,
        };
      });
      assert.equal(seen.answers.length, 4);
      assert.ok(seen.answers.every((t) => / to /.test(t)), JSON.stringify(seen.answers));
      assert.ok(seen.tables >= 1 + 4 + 3 + 4, `${seen.tables} tables`);
      assert.deepEqual([seen.scripts, seen.wide], [0, false]);
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(await page.executeScript('return window.__violations'), []);
    });

    test('a figure in the text links to its record on the sources page, which holds that figure', async () => {
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      const links = await page.executeScript(function () {
        return [...document.querySelectorAll('main a.cited')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent }));
      });
      assert.ok(links.length >= 15, JSON.stringify(links));
      for (const id of ['funding-rounds', 'capex-plans', 'cloud-quarter', 'market-forecast', 'compute-view',
        'sustainability-judgment', 'sustainability-caveat']) {
        assert.ok(await page.executeScript(function (id) { return document.querySelector(`#${id} a.cited`) !== null; }, id), id);
      }
      // A reader's click: the sources page, scrolled to the record.
      const first = await page.findElement(By.css('#capex-plans a.cited'));
      await page.executeScript(function (a) { a.scrollIntoView({ block: 'center' }); }, first);
      await first.click();
      const landed = `${manifest.sourcesPage}#capex-stated`;
      await until(async () => (await page.getCurrentUrl()).endsWith(landed), landed);
      await waitInPage(page, function () { return document.querySelector('.sources-table tr:target'); });
      // Each link's record holds its number, in the article's words or its figures.
      const rows = await page.executeScript(function () {
        return Object.fromEntries([...document.querySelectorAll('.sources-table tbody tr')].map((tr) => [tr.id, tr.textContent]));
      });
      for (const { href, text } of links) {
        const row = rows[href.split('#')[1]];
        assert.ok(row, `${href}: no such record`);
        for (const n of text.match(/\d+(\.\d+)?/g)) assert.ok(row.includes(n), `${text} (${href}) not in: ${row.slice(0, 200)}`);
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
