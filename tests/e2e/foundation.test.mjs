// The release build, served on 127.0.0.1, in headless Chromium: it loads cleanly, every
// canvas draws, and the CapEx growth slider redraws the projection live.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFixture, canvasPixels, draws, setSlider } from './lib.mjs';

let page;
reportFixture((p) => { page = p; });

test('page loads with zero console errors and zero failed requests', async () => {
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.failed, []);
  assert.match(await page.title(), /AI infrastructure race/);
  assert.match(await page.textContent('h1'), /trillion-dollar AI infrastructure race/);
  assert.match(await page.textContent('.kicker'), /Mar 2, 2026/);
});

test('every canvas has drawn something', async () => {
  const ids = await page.$$eval('canvas.chart-canvas', (cs) => cs.map((c) => c.id));
  assert.ok(ids.includes('capex-bars') && ids.includes('capex-projection'), ids.join());
  for (const id of ids) {
    const px = await canvasPixels(page, id);
    assert.ok(px.inked > 0.01, `${id}: only ${(px.inked * 100).toFixed(2)} % of pixels inked`);
  }
});

test('moving the CapEx growth slider redraws the projection and its value', async () => {
  const before = await canvasPixels(page, 'capex-projection');
  const n = await draws(page, 'capex-projection');
  assert.equal(await page.textContent('#slider-g-value'), '39 %');
  await setSlider(page, 'g', 60);
  await page.waitForFunction((n) => Number(document.getElementById('capex-projection').dataset.draws) > n, n);
  assert.equal(await page.textContent('#slider-g-value'), '60 %');
  const after = await canvasPixels(page, 'capex-projection');
  assert.notEqual(after.hash, before.hash, 'projection pixels unchanged');
  assert.deepEqual(page.errors, []);
});
