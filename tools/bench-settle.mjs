// @ts-check
// The benchmark's measure of the worker (tools/bench.mjs): from a change's settling (its last
// input + the settle delay, when the page asks the worker for every path) to the last chart
// drawn after the worker's first answer, and after its refined one (every path).
import { manifest, sliderId, urlKey } from './lib.mjs';

/**
 * `n` changes of the CapEx growth slider, one at a time, each made as soon as the last one's
 * first answer is drawn (so that every other change comes while the worker still refines the
 * one before); each one's time from settling to its first bands drawn, and for every other
 * change to its refined bands drawn, in ms.
 * @param {import('playwright-core').Page} page
 * @param {number} n
 * @returns {Promise<{ first: number[], refined: number[] }>}
 */
export async function settleToBands(page, n) {
  const first = [];
  const refined = [];
  await page.waitForFunction(() => document.querySelector('#uncertainty')?.getAttribute('data-runner') === 'worker');
  for (let i = 0; i < n; i++) {
    const times = await page.evaluate(
      async ({ i, id, mark, settleMs, answers }) => {
        const el = /** @type {HTMLInputElement} */ (document.getElementById(id));
        const t0 = performance.now();
        // The answers the page takes (the quick run is the main thread's), seen by an
        // observer: the page clears its marks every thousand, which a count could miss.
        /** @type {number[]} */
        const seen = [];
        const answered = new Promise((res) => {
          const o = new PerformanceObserver((list) => {
            for (const m of list.getEntriesByName(mark)) if (m.startTime > t0) seen.push(m.startTime);
            if (seen.length >= answers) {
              o.disconnect();
              res(undefined);
            }
          });
          o.observe({ type: 'mark' });
        });
        el.value = String(+el.min + (i % 2 ? 2 : 3) * +el.step);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await answered;
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
        const marks = performance.getEntriesByType('mark');
        // From settling to the last chart drawn after an answer (and before the next one).
        return seen.map((at, k) => {
          const drawn = marks
            .filter(
              (m) => m.name.startsWith('chart-drawn:') && m.startTime >= at && m.startTime < (seen[k + 1] ?? Infinity),
            )
            .map((m) => m.startTime);
          return Math.max(at, ...drawn) - (t0 + settleMs);
        });
      },
      {
        i,
        id: sliderId(urlKey('CapexGrowth')),
        mark: manifest.worker.answerMark,
        settleMs: manifest.worker.settleMs,
        answers: i % 2 ? 2 : 1,
      },
    );
    first.push(times[0]);
    if (times.length > 1) refined.push(times[1]);
  }
  return { first, refined };
}
