// @ts-check
// The benchmark's measure of the worker (tools/bench.mjs): from a change's settling (its last
// input + the settle delay, when the page asks the worker for every path) to the last chart
// drawn after the worker's answer.
import { manifest, sliderId, urlKey } from './lib.mjs';

/**
 * `n` changes of the CapEx growth slider, one at a time; each one's time from settling to its
 * bands drawn, in ms.
 * @param {import('playwright-core').Page} page
 * @param {number} n
 */
export async function settleToBands(page, n) {
  const settled = [];
  await page.waitForFunction(() => document.querySelector('#uncertainty')?.getAttribute('data-runner') === 'worker');
  for (let i = 0; i < n; i++) {
    settled.push(
      await page.evaluate(
        async ({ i, id, mark, settleMs }) => {
          const el = /** @type {HTMLInputElement} */ (document.getElementById(id));
          const t0 = performance.now();
          // The full run's answer (the quick run is the main thread's), seen by an observer:
          // the page clears its marks every thousand, which a count could miss.
          const answer = new Promise((res) => {
            const o = new PerformanceObserver((list) => {
              const m = list.getEntriesByName(mark).find((e) => e.startTime > t0);
              if (m) {
                o.disconnect();
                res(m.startTime);
              }
            });
            o.observe({ type: 'mark' });
          });
          el.value = String(+el.min + (i % 2 ? 2 : 3) * +el.step);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          const answered = /** @type {number} */ (await answer);
          await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
          const drawn = performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('chart-drawn:') && m.startTime >= answered)
            .map((m) => m.startTime);
          return Math.max(answered, ...drawn) - (t0 + settleMs);
        },
        {
          i,
          id: sliderId(urlKey('CapexGrowth')),
          mark: manifest.worker.answerMark,
          settleMs: manifest.worker.settleMs,
        },
      ),
    );
  }
  return settled;
}
