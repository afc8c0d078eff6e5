// @ts-check
// Undo and redo in headless Chromium: each settled change is one history entry (a drag's many
// steps make one), Back and Forward step through them, Ctrl+Z / Ctrl+Shift+Z and the buttons
// do the same, and an embed never adds to its host's history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserFixture, openReport, setSlider, sliderId, urlKey } from '../../tools/lib.mjs';

const f = browserFixture();

const [g, py] = [urlKey('CapexGrowth'), urlKey('PlateauYear')];
/** A slider's value as the page holds it. */
const value = (page, id) => page.$eval(`#${sliderId(id)}`, (el) => Number(/** @type {HTMLInputElement} */ (el).value));
/** Waits until slider `id` shows `v` (a change Back or Forward made is drawn a task later). */
const shows = (page, id, v) =>
  page.waitForFunction(
    ([id, v]) => /** @type {HTMLInputElement} */ (document.getElementById(id))?.value === v,
    [sliderId(id), String(v)],
  );
/** Waits until the address's query is `want` (written once a change settles). */
const settled = (page, want) => page.waitForFunction((w) => location.search === w, want);
/** Waits until the undo and redo buttons are enabled as `want` says. */
const buttons = (page, want) =>
  page.waitForFunction(
    ([u, r]) =>
      (document.getElementById('undo')?.ariaDisabled === 'false') === u &&
      (document.getElementById('redo')?.ariaDisabled === 'false') === r,
    want,
  );

test('Back and Forward step through three settled changes; a drag is one entry', async () => {
  const page = await openReport(f.browser, f.server.url);
  const start = { g: await value(page, g), py: await value(page, py) };
  const length = await page.evaluate(() => history.length);
  await buttons(page, [false, false]);
  // A drag: many values, one settled change.
  for (const v of [40, 45, 50]) await setSlider(page, g, v);
  await settled(page, `?${g}=50`);
  await setSlider(page, py, 2031);
  await settled(page, `?${g}=50&${py}=2031`);
  await setSlider(page, g, 55);
  await settled(page, `?${g}=55&${py}=2031`);
  assert.equal(await page.evaluate(() => history.length), length + 3, 'one entry per settled change');
  await buttons(page, [true, false]);
  /** @type {[string, {g: number, py: number}][]} */
  const entries = [
    [`?${g}=50&${py}=2031`, { g: 50, py: 2031 }],
    [`?${g}=50`, { g: 50, py: start.py }],
    ['', start],
  ];
  for (const [search, want] of entries) {
    await page.goBack();
    await settled(page, search);
    await shows(page, g, want.g);
    assert.deepEqual({ g: await value(page, g), py: await value(page, py) }, want, search);
  }
  await buttons(page, [false, true]);
  await page.goForward();
  await settled(page, `?${g}=50`);
  await shows(page, g, 50);
  await buttons(page, [true, true]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Ctrl+Z and Ctrl+Shift+Z, and the buttons, undo and redo; a new change drops what was undone', async () => {
  const page = await openReport(f.browser, f.server.url);
  await setSlider(page, g, 50);
  await settled(page, `?${g}=50`);
  await setSlider(page, g, 60);
  await settled(page, `?${g}=60`);
  await page.focus(`#${sliderId(g)}`);
  await page.keyboard.press('Control+z');
  await settled(page, `?${g}=50`);
  await shows(page, g, 50);
  await page.keyboard.press('Control+Shift+z');
  await settled(page, `?${g}=60`);
  await page.click('#undo');
  await settled(page, `?${g}=50`);
  await page.click('#undo');
  await settled(page, '');
  await buttons(page, [false, true]);
  // The button that can no longer undo keeps the focus (it is not disabled, only said to be).
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'undo');
  // Pressed anyway (forced: Playwright waits for a button said to be disabled): it does nothing,
  // where Back would leave the page; the redo below runs in this page, or fails.
  await page.click('#undo', { force: true });
  await page.click('#redo');
  await settled(page, `?${g}=50`);
  await setSlider(page, g, 45);
  await settled(page, `?${g}=45`);
  await buttons(page, [true, false]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('undo right after a change, before it settles, undoes that change', async () => {
  const page = await openReport(f.browser, f.server.url);
  await setSlider(page, g, 50);
  await settled(page, `?${g}=50`);
  await setSlider(page, g, 60);
  // At once: the change is written first, then undone.
  await page.focus(`#${sliderId(g)}`);
  await page.keyboard.press('Control+z');
  await settled(page, `?${g}=50`);
  await shows(page, g, 50);
  await buttons(page, [true, true]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a link to a section between changes belongs to the change before it', async () => {
  const page = await openReport(f.browser, f.server.url);
  await setSlider(page, g, 50);
  await settled(page, `?${g}=50`);
  await page.click('#contents a[href="#capex"]');
  await page.waitForFunction(() => location.hash === '#capex');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '');
  // Still the change's entry: one more undo, not the first entry.
  await buttons(page, [true, false]);
  await page.click('#undo');
  await settled(page, '');
  await buttons(page, [false, true]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an embed changes its address in place, never its host page’s history', async () => {
  const page = await openReport(f.browser, `${f.server.url}?embed=capex-projection`);
  const length = await page.evaluate(() => history.length);
  await setSlider(page, g, 50);
  await settled(page, `?embed=capex-projection&${g}=50`);
  assert.equal(await page.evaluate(() => history.length), length);
  assert.equal(await page.$('#undo'), null, 'no undo buttons in an embed');
  await page.context().close();
});
