// @ts-check
// The one-file build from file:// in Firefox ESR and WebKit (Chromium: worker.test.mjs): each
// makes the page's worker from the blob inside the file, draws its bands from the worker's
// refined run, and answers a change from it again.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bandsSettled, chartsDrawn, manifest, sliderId, slideTo, urlKey, DIST } from '../../tools/lib.mjs';
import { BROWSERS, webdriver, waitInPage } from '../../tools/webdriver.mjs';

const file = pathToFileURL(path.resolve(DIST, '../dist-single/ai-infra-report.html')).href;
const { paths } = manifest.uncertainty;
const mark = manifest.worker.answerMark;

/** In the page: the uncertainty panel's runner and path count, and the answers taken. */
function panel(mark) {
  const u = /** @type {HTMLElement} */ (document.getElementById('uncertainty'));
  return {
    runner: u.dataset.runner,
    paths: Number(u.dataset.paths),
    answers: performance.getEntriesByName(mark).length,
  };
}

for (const kind of BROWSERS.filter((k) => k !== 'chromium')) {
  describe(kind, () => {
    let page;
    before(async () => {
      page = await webdriver(kind, { width: 1280, height: 900 });
    });
    after(async () => {
      await page?.quit().catch(() => {});
    });

    test('the one-file build from file:// makes its worker from the file and draws its bands from it', async () => {
      await page.get(file);
      await waitInPage(page, chartsDrawn, 1);
      await waitInPage(page, () => document.getElementById('uncertainty')?.dataset.runner !== 'main-thread');
      await waitInPage(page, bandsSettled, paths);
      const loaded = await page.executeScript(panel, mark);
      assert.equal(loaded.runner, 'worker', `${kind}: the worker started from the file`);
      assert.ok(loaded.paths >= paths && loaded.answers >= 1, `${kind}: the bands are the worker's refined run`);
      // A change: the quick run at once, then the worker's answers again.
      await page.executeScript(slideTo, [sliderId(urlKey('CapexGrowth')), 50]);
      await waitInPage(page, (want) => Number(document.getElementById('uncertainty')?.dataset.paths) < want, paths);
      await waitInPage(page, bandsSettled, paths);
      const changed = await page.executeScript(panel, mark);
      assert.ok(changed.answers >= loaded.answers + 2, `${kind}: first and refined answers to the change`);
      assert.equal(await page.executeScript(() => document.getElementById('panic-panel')?.hidden ?? true), true);
    });
  });
}
