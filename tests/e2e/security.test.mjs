// @ts-check
// Robustness and security in the browser: the page's strict Content-Security-Policy holds —
// as the <meta> the build carries (src/document.rs), as the header a server adds
// (deploy/), and as the one-file build's own policy from file:// — for the page and the embed;
// nothing is requested from another host; and a panic shows an error panel instead of a blank
// page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  serve,
  launch,
  openReport,
  waitForCharts,
  canvasPixels,
  chartIds,
  draws,
  redrawn,
  setSlider,
  urlKey,
  manifest,
  sliderSpec,
  DIST,
  joinRegExp,
  sliderId,
} from '../../tools/lib.mjs';
// The policy is defined once, in src/document.rs (why each directive: see there).
import { CSP, CSP_META, cspMeta } from '../../tools/csp.mjs';

/** Opens `url` with a securitypolicyviolation listener installed before any of the page runs. */
async function openWatched(url, options) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await waitForCharts(page);
  return page;
}

let server, bare, browser;
before(async () => {
  server = await serve(undefined, { 'content-security-policy': CSP });
  bare = await serve(); // no header: only the <meta> in index.html
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await bare?.close();
});

test('the built index.html carries the policy as its first <meta> after the charset', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  assert.ok(head.includes(`<meta charset="utf-8" />\n  ${cspMeta(CSP_META)}`), head);
  // Before anything it governs: no script, stylesheet, icon or preload precedes it.
  const before = head.slice(0, head.indexOf('Content-Security-Policy'));
  assert.doesNotMatch(before, /<script|<link|<style/);
  // A <meta> policy cannot carry frame-ancestors, report-uri or sandbox: those belong to the header.
  assert.doesNotMatch(CSP_META, /frame-ancestors|report-uri|report-to|sandbox/);
  assert.equal(CSP, `${CSP_META}; frame-ancestors *`);
});

test('with no header at all, the <meta> policy alone holds: zero violations, the page works', async () => {
  const page = await openWatched(bare.url);
  const headers = await (await page.request.get(bare.url)).headers();
  assert.equal(headers['content-security-policy'], undefined);
  assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), CSP_META);
  const n = await draws(page, 'capex-projection');
  await setSlider(page, urlKey('CapexGrowth'), 70);
  await redrawn(page, 'capex-projection', n);
  await page.click('#dark-toggle');
  await redrawn(page, 'capex-projection', n + 1);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  // The listener does see a violation of the meta policy (an inline style attribute).
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.match((await page.evaluate(() => window.__violations)).join(), /^style-src/);
  await page.context().close();
});

test('the one-file build runs under its own policy from file://: zero violations', async () => {
  const file = path.resolve(DIST, '../dist-single/ai-infra-report.html');
  assert.ok(fs.existsSync(file), 'run tools/single-file.mjs first');
  const page = await openWatched(pathToFileURL(file).href);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  // Inline code only by hash: no 'unsafe-inline', no 'unsafe-eval', nothing fetched.
  assert.match(
    policy,
    joinRegExp(
      /^default-src 'none'; script-src ('sha256-[A-Za-z0-9+/=]+' ){3}data: 'wasm-unsafe-eval'; worker-src blob:; /,
      /style-src 'sha256-[A-Za-z0-9+/=]+'; /,
    ),
  );
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|connect-src/);
  assert.equal((await chartIds(page)).length, manifest.charts.length);
  const n = await draws(page, 'capex-projection');
  await setSlider(page, urlKey('CapexGrowth'), 70);
  await redrawn(page, 'capex-projection', n);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the page works under a strict CSP and requests nothing from other hosts', async () => {
  const page = await openReport(browser, server.url);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
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
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.url}?${urlKey('CapexGrowth')}=55&__panic=test`);
  await page.waitForSelector('#panic-panel[role=alert]');
  assert.match(await page.textContent('#panic-panel h2'), /Something went wrong/);
  assert.equal(await page.getAttribute('#panic-panel a:nth-of-type(1)', 'href'), '/');
  assert.match(await page.textContent('#panic-panel a:nth-of-type(1)'), /Reset assumptions/);
  assert.match(await page.textContent('#panic-panel a:nth-of-type(2)'), /Reload/);
  assert.ok(
    errors.some((e) => e.includes('test panic requested')),
    errors.join('\n'),
  );
  // "Reset assumptions" leads to a working report at the article's values.
  await page.click('#panic-panel a:nth-of-type(1)');
  await waitForCharts(page);
  assert.equal(
    await page.textContent(`#${sliderId(urlKey('CapexGrowth'))}-value`),
    sliderSpec('CapexGrowth').defaultText,
  );
  await context.close();
});

test('extreme assumptions put only finite numbers on screen', async () => {
  const page = await openReport(browser, server.url);
  const ends = await page.$$eval(
    'input[type=range]',
    (/** @type {HTMLInputElement[]} */ is, prefix) => is.map((i) => [i.id.slice(prefix.length), i.min, i.max]),
    manifest.sliderIdPrefix,
  );
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
