// @ts-check
// "What must be true" in headless Chromium: the worker finds what each lever would need for a
// target, Apply sets it and the target then holds; the reader's own number is solved for; a
// browser without workers finds the same values on its main thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserFixture, openReport, sliderId } from '../../tools/lib.mjs';

const f = browserFixture();

/** Waits until the levers' table has its values for what the page shows (not "…"). */
const found = (page) => page.waitForFunction(() => document.querySelector('#must table.goals')?.ariaBusy === 'false');
/** Each lever's row: its URL key, yours, needed, and whether Apply is enabled. */
const rows = (page) =>
  page.$$eval('#must table.goals tbody tr', (trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-key'),
      yours: tr.querySelector('.yours')?.textContent,
      needed: tr.querySelector('.needed')?.textContent,
      apply: tr.querySelector('.apply')?.ariaDisabled === 'false',
    })),
  );

test('a target is solved for each lever; Apply sets the lever and the target then holds', async () => {
  const page = await openReport(f.browser, f.server.url);
  await page.selectOption('#goal-answer', { label: 'CapEx against cloud revenue in 2030' });
  await found(page);
  const status = await page.textContent('#goal-status');
  assert.match(status ?? '', /levers? alone can/, status ?? '');
  const solvable = (await rows(page)).filter((r) => r.apply);
  assert.ok(solvable.length > 0, 'some lever can meet it alone');
  const pick = solvable[0];
  await page.click(`#must tr[data-key="${pick.key}"] .apply`);
  // The slider shows the value the worker found, and the target holds.
  await page.waitForFunction(
    ([id, want]) => document.getElementById(`${id}-value`)?.textContent === want,
    [sliderId(pick.key), pick.needed],
  );
  await page.waitForFunction(() => /holds already/.test(document.getElementById('goal-status')?.textContent ?? ''));
  const ratio = await page.textContent('#goal-status');
  const now = Number(ratio?.match(/([\d.]+)× now/)?.[1]);
  assert.ok(now <= 0.5, `the ratio is ${now} after Apply`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the tornado shows the levers that move the target’s answer, most first', async () => {
  const page = await openReport(f.browser, f.server.url);
  const label = () => page.getAttribute('#levers', 'aria-label');
  assert.match((await label()) ?? '', /^Bar chart: CapEx growth moves the five's CapEx to 2030 most/);
  await page.selectOption('#goal-answer', { label: 'CapEx against cloud revenue in 2030' });
  await page.waitForFunction(() => /the 2030 ratio most/.test(document.getElementById('levers')?.ariaLabel ?? ''));
  // One category per lever the table lists, each with its two ends.
  const head = await page.$$eval('#fig-levers details.as-table thead th', (ths) => ths.map((t) => t.textContent));
  assert.deepEqual(head.slice(1), ['Lever at its low end', 'Lever at its high end']);
  const levers = await page.$$eval('#fig-levers details.as-table tbody tr', (trs) => trs.length);
  assert.equal(levers, (await rows(page)).filter((r) => r.needed !== '…').length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the reader’s own number is solved for, and a target no lever reaches alone says so', async () => {
  const page = await openReport(f.browser, f.server.url);
  await found(page);
  const before = await rows(page);
  await page.fill('#goal-target', '100000');
  await page.waitForFunction(() => /No lever alone/.test(document.getElementById('goal-status')?.textContent ?? ''));
  await found(page);
  const after = await rows(page);
  assert.ok(
    after.every((r) => r.needed === 'none in its range' && !r.apply),
    JSON.stringify(after),
  );
  assert.notDeepEqual(after, before);
  await page.context().close();
});

test('the worker’s values are the ones a page without workers finds on its main thread', async () => {
  const target = { label: 'CapEx against cloud revenue in 2030' };
  const page = await openReport(f.browser, f.server.url);
  // Once the worker is up, a new target is the worker's to solve (the first one is the page's).
  await page.waitForFunction(() => document.querySelector('#uncertainty')?.getAttribute('data-runner') === 'worker');
  await page.selectOption('#goal-answer', target);
  await page.waitForFunction(() => /ratio/.test(document.getElementById('levers')?.ariaLabel ?? ''));
  await found(page);
  const withWorker = await rows(page);
  await page.context().close();
  const context = await f.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    // A browser without workers.
    delete window.Worker;
  });
  const bare = await context.newPage();
  await bare.goto(f.server.url);
  await bare.waitForFunction(
    () => document.querySelector('#uncertainty')?.getAttribute('data-runner') === 'unavailable',
  );
  await bare.selectOption('#goal-answer', target);
  await bare.waitForFunction(() => /ratio/.test(document.getElementById('levers')?.ariaLabel ?? ''));
  await found(bare);
  assert.deepEqual(await rows(bare), withWorker);
  await context.close();
});
