// Robustness and security in the browser: a strict Content-Security-Policy set by the server
// holds for the page and the embed, nothing is requested from another host, and a panic
// shows an error panel instead of a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, waitForCharts, canvasPixels, draws, redrawn, setSlider, urlKey, sliderSpec } from './lib.mjs';

// Scripts: only the page's own files plus wasm compilation — no inline script, no eval.
// Styles: only the page's own stylesheet, no style attributes (sizes and tooltip positions are
// set through the CSSOM; chart text is measured with canvas measureText, not a styled <span>).
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

let server, browser;
before(async () => { server = await serve(undefined, { 'content-security-policy': CSP }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page works under a strict CSP and requests nothing from other hosts', async () => {
  const page = await openReport(browser, server.url);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.reload();
  await waitForCharts(page);
  const headers = await (await page.request.get(server.url)).headers();
  assert.equal(headers['content-security-policy'], CSP);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  const n = await draws(page, 'capex-projection');
  const before = await canvasPixels(page, 'capex-projection');
  await setSlider(page, urlKey('CapexGrowth'), 70);
  await redrawn(page, 'capex-projection', n);
  assert.notEqual((await canvasPixels(page, 'capex-projection')).hash, before.hash);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  const origin = new URL(server.url).origin;
  const foreign = page.requests.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], 'requests to other hosts');
  console.log(`requests in one load (two navigations recorded): ${page.requests.length}`);
  await page.context().close();
});

test('the embed works under the same CSP', async () => {
  const page = await openReport(browser, `${server.url}?embed=cloud-share`, { width: 320 });
  assert.deepEqual(page.errors, []);
  assert.ok((await canvasPixels(page, 'cloud-share')).inked > 0.01);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `embed at 320 px overflows by ${overflow} px`);
  await page.context().close();
});

test('a panic shows an error panel with reset and reload, and logs to the console', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}?${urlKey('CapexGrowth')}=55&__panic=test`);
  await page.waitForSelector('#panic-panel[role=alert]');
  assert.match(await page.textContent('#panic-panel h2'), /Something went wrong/);
  assert.equal(await page.getAttribute('#panic-panel a:nth-of-type(1)', 'href'), '/');
  assert.match(await page.textContent('#panic-panel a:nth-of-type(1)'), /Reset assumptions/);
  assert.match(await page.textContent('#panic-panel a:nth-of-type(2)'), /Reload/);
  assert.ok(errors.some((e) => e.includes('test panic requested')), errors.join('\n'));
  // "Reset assumptions" leads to a working report at the article's values.
  await page.click('#panic-panel a:nth-of-type(1)');
  await waitForCharts(page);
  assert.equal(await page.textContent(`#slider-${urlKey('CapexGrowth')}-value`), sliderSpec('CapexGrowth').defaultText);
  await context.close();
});

test('extreme assumptions put only finite numbers on screen', async () => {
  const page = await openReport(browser, server.url);
  const ends = await page.$$eval('input[type=range]', (is) => is.map((i) => [i.id.replace('slider-', ''), i.min, i.max]));
  for (const pick of ['min', 'max']) {
    const n = await draws(page, 'capex-vs-revenue');
    for (const [id, min, max] of ends) await setSlider(page, id, pick === 'min' ? min : max);
    await redrawn(page, 'capex-vs-revenue', n);
    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, /NaN|Infinity|\binf\b/, `every slider at its ${pick}`);
  }
  for (const preset of ['bull', 'bear']) {
    await page.click(`#preset-${preset}`);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), /NaN|Infinity|\binf\b/, preset);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
