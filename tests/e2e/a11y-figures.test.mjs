// @ts-check
// The figures for the keyboard and for a screen reader, in Chromium, Firefox ESR and WebKit
// (WebKitGTK's MiniBrowser; all through WebDriver): sliders and a chart of each kind from the
// keyboard; every figure's roles, names and descriptions; the outline against the table; Listen
// playing a chart and stopping. (CSP, axe on the page, pointer, dark and phone: a11y.test.mjs.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { By, Key } from 'selenium-webdriver';
import { chartsDrawn, urlKey, sliderSpec, manifest, sliderId } from '../../tools/lib.mjs';
import { BROWSERS, serveReporting, webdriver, waitInPage, listenForViolations, axe } from '../../tools/webdriver.mjs';

for (const kind of BROWSERS) {
  describe(`${kind}`, () => {
    /** A figure's table as its series have it: its title and subtitle (the caption), header
     * and rows, as text, without what was reported (its columns and the rows between years). */
    const tableOf = (id) =>
      page.executeScript((id) => {
        const t = /** @type {HTMLTableElement} */ (document.querySelector(`#fig-${id} details.as-table table`));
        const own = (cells) => [...cells].filter((c) => !c.hasAttribute('data-reported')).map((c) => c.textContent);
        const theirs = (cells) => [...cells].filter((c) => c.hasAttribute('data-reported')).map((c) => c.textContent);
        const rows = [...t.tBodies[0].rows].filter((r) => !r.hasAttribute('data-reported'));
        const reportedHead = theirs(t.tHead.rows[0].cells);
        return {
          title: t.caption.firstChild.textContent,
          subtitle: t.caption.querySelector('.subtitle').textContent,
          head: own(t.tHead.rows[0].cells),
          rows: rows.map((r) => own(r.cells)),
          // What was reported in each of those rows: [column, value] where there is a value.
          reported: rows.map((r) =>
            theirs(r.cells)
              .map((v, i) => [reportedHead[i], v])
              .filter(([, v]) => v),
          ),
        };
      }, id);
    /** A figure's outline: the chart's item, its axes' items, and each series' name and points. */
    const outlineOf = (id) =>
      page.executeScript((id) => {
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

    test('sliders work from the keyboard, with a visible focus style', async () => {
      const g = `${sliderId(urlKey('CapexGrowth'))}`;
      const shows = ([id, text]) => document.getElementById(`${id}-value`).textContent === text;
      await page.findElement(By.css(`#${g}`)).sendKeys(Key.ARROW_RIGHT, Key.ARROW_RIGHT);
      await waitInPage(page, shows, [g, '41 %']);
      assert.equal(await page.executeScript(() => document.activeElement.id), g);
      const ring = await page.executeScript(() =>
        [...document.styleSheets]
          .flatMap((s) => [...s.cssRules])
          .some(
            (/** @type {CSSStyleRule} */ r) => /:focus-visible/.test(r.selectorText || '') && /outline/.test(r.cssText),
          ),
      );
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
        const all = (row) =>
          `${year(row)}: ${[
            ...table.head.slice(1).map((h, i) => `${h}: ${table.rows[row][i + 1]}`),
            ...table.reported[row].map(([h, v]) => `${h}: ${v}`),
          ].join('; ')}`;
        const said = () => document.getElementById('announce').textContent;
        const canvas = await page.findElement(By.css(`#${id}`));
        await page.executeScript((c) => {
          c.scrollIntoView({ block: 'center' });
        }, canvas);
        const last = table.rows.length - 1;
        for (const [keys, want] of [
          [[Key.ARROW_RIGHT], all(0)],
          [[Key.ARROW_RIGHT], all(1)],
          [[Key.END], all(last)],
          [[Key.ARROW_DOWN], point(last, 1)],
          [[Key.ARROW_DOWN], point(last, 2)],
          [[Key.ARROW_LEFT], point(last - 1, 2)],
          [[Key.HOME], point(0, 2)],
        ]) {
          await canvas.sendKeys(...keys);
          await waitInPage(page, (w) => document.getElementById('announce').textContent === w, want);
        }
        const state = await page.executeScript((id) => {
          const tip = document.querySelector(`#fig-${id} .chart-tip`);
          return {
            active: document.activeElement.id,
            tip: tip?.querySelector('[data-focused]')?.textContent,
            rings: document.querySelectorAll(`#fig-${id} .chart-ring[data-focused]`).length,
          };
        }, id);
        assert.deepEqual(state, { active: id, tip: `${table.head[2]}: ${table.rows[0][2]}`, rings: 1 }, id);
        assert.equal(await page.executeScript(said), point(0, 2), id);
        await canvas.sendKeys(Key.ESCAPE);
        await waitInPage(page, (id) => !document.querySelector(`#fig-${id} .chart-tip`), id);
      }
    });

    test("what a screen reader meets in every figure: roles, names and descriptions, \
from the chart's own words", async () => {
      await page.get(server.url);
      await waitInPage(page, chartsDrawn);
      const figures = await page.executeScript(
        (ids) => {
          const hint = document.getElementById('chart-keys');
          const live = document.getElementById('announce');
          return {
            hint: hint?.textContent ?? '',
            live: live?.getAttribute('aria-live'),
            charts: ids.map((id) => {
              const fig = document.getElementById(`fig-${id}`);
              const canvas = document.getElementById(id);
              const caption = fig.querySelector('details.as-table caption');
              const listen = fig.querySelector('button.listen');
              return {
                id,
                title: caption.firstChild.textContent,
                role: canvas.getAttribute('role'),
                kind: canvas.getAttribute('aria-roledescription'),
                label: canvas.getAttribute('aria-label'),
                describedBy: canvas.getAttribute('aria-describedby'),
                focusable: canvas.tabIndex === 0,
                listen: listen.getAttribute('aria-label'),
                pressed: listen.getAttribute('aria-pressed'),
                views: [...fig.querySelectorAll('details > summary')].map((s) => s.textContent),
                outline: fig.querySelector('ul.outline > li').firstChild.textContent,
              };
            }),
          };
        },
        manifest.charts.map((c) => c.id),
      );
      assert.equal(figures.live, 'polite');
      assert.match(figures.hint, /arrows/);
      assert.equal(figures.charts.length, manifest.charts.length);
      for (const c of figures.charts) {
        assert.deepEqual(
          [c.role, c.kind, c.describedBy, c.focusable],
          ['application', 'chart', 'chart-keys', true],
          c.id,
        );
        assert.match(
          c.label,
          new RegExp(`^(Line|Stacked area|Bar) chart: ${c.title.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}\\. `),
          c.id,
        );
        assert.deepEqual([c.listen, c.pressed], [`Listen to “${c.title}”`, 'false'], c.id);
        assert.deepEqual(c.views.slice(0, 3), ['Table', '⋯ More', 'Outline'], c.id);
        assert.equal(c.outline, c.title, c.id);
      }
    });

    test("the outline: the chart, then its axes and series, then their points, with the table's numbers", async () => {
      for (const id of ['cloud-revenue', 'capex-bars', 'compute-layers']) {
        await page.executeScript((id) => {
          /** @type {HTMLDetailsElement} */ (document.querySelector(`#fig-${id} details.more`)).open = true;
        }, id);
        const summary = await page.findElement(By.css(`#fig-${id} details.as-outline summary`));
        await page.executeScript((s) => {
          s.scrollIntoView({ block: 'center' });
        }, summary);
        await summary.click();
        const { title, axes, series } = await outlineOf(id);
        const table = await tableOf(id);
        assert.equal(title, table.title, id);
        assert.match(axes[0], /^X axis: /, id);
        assert.ok(axes[1].startsWith('Y axis: ') && axes[1].endsWith(` — ${table.subtitle}`), `${id}: ${axes[1]}`);
        assert.deepEqual(
          series.map((s) => s.name),
          table.head.slice(1),
          id,
        );
        series.forEach((s, k) => {
          s.points.forEach((text, row) => {
            const want = `${table.rows[row][0]}: ${table.rows[row][k + 1]}`;
            assert.ok(text === want || text.startsWith(`${want} (`), `${id}: ${text} vs ${want}`);
          });
        });
        assert.deepEqual(await axe(page), [], id);
      }
    });

    test('Listen plays a chart, series by series: pressed while it plays, each point shown as it plays \
(none under reduced motion), stopped by a second press or by a change that moves the chart', async () => {
      const id = 'capex-bars';
      const table = await tableOf(id);
      const button = await page.findElement(By.css(`#fig-${id} button.listen`));
      // Every point the tooltip shows while it plays, in order.
      await page.executeScript((b) => {
        b.scrollIntoView({ block: 'center' });
        const fig = b.closest('figure');
        window.__played = [];
        new MutationObserver(() => {
          const tip = fig.querySelector('.chart-tip');
          const said =
            tip && `${tip.querySelector('strong').textContent}|${tip.querySelector('[data-focused]')?.textContent}`;
          if (said && said !== window.__played.at(-1)) window.__played.push(said);
        }).observe(fig, { subtree: true, childList: true, characterData: true, attributes: true });
      }, button);
      const pressed = (id, want) =>
        document.querySelector(`#fig-${id} button.listen`).getAttribute('aria-pressed') === want;
      await button.click();
      await waitInPage(page, pressed, id, 'true');
      await waitInPage(page, pressed, id, 'false'); // it ends by itself
      const still = await page.executeScript('return matchMedia("(prefers-reduced-motion: reduce)").matches');
      const want = still
        ? []
        : table.head.slice(1).flatMap((h, k) => table.rows.map((r) => `${r[0]}|${h}: ${r[k + 1]}`));
      assert.deepEqual(await page.executeScript('return window.__played'), want);
      assert.equal(await page.executeScript((id) => document.querySelector(`#fig-${id} .chart-tip`), id), null);
      // Stopped at once by a second press: no point shows after it, for longer than two notes
      // take (an absence needs a window; the notes' own step, not a readiness wait).
      await button.click();
      await waitInPage(page, pressed, id, 'true');
      await button.click();
      await waitInPage(page, pressed, id, 'false');
      const played = await page.executeScript('return window.__played.length');
      await waitInPage(page, () => {
        window.__stoppedAt ??= performance.now();
        return performance.now() - window.__stoppedAt > 600;
      });
      assert.equal(await page.executeScript((id) => document.querySelector(`#fig-${id} .chart-tip`), id), null);
      assert.equal(await page.executeScript('return window.__played.length'), played, 'a note played after the stop');
      // A change of assumptions that moves the chart stops it too (its notes were the old
      // chart's), long before its four series would have ended.
      const moved = 'cloud-revenue';
      const listen = await page.findElement(By.css(`#fig-${moved} button.listen`));
      await page.executeScript((b) => {
        b.scrollIntoView({ block: 'center' });
      }, listen);
      await listen.click();
      await waitInPage(page, pressed, moved, 'true');
      const startedAt = await page.executeScript('return performance.now()');
      const aws = `${sliderId(urlKey('AwsGrowth'))}`;
      await page.findElement(By.css(`#${aws}`)).sendKeys(Key.ARROW_RIGHT);
      await waitInPage(page, pressed, moved, 'false');
      const took = (await page.executeScript('return performance.now()')) - startedAt;
      const notes = (await tableOf(moved)).rows.length * ((await tableOf(moved)).head.length - 1);
      assert.ok(took < (notes * 220) / 2, `stopped after ${took} ms of ${notes * 220}`);
      await page.findElement(By.css(`.slider:has(#${aws}) .reset`)).click();
    });
  });
}
