// @ts-check
// Embeds: &theme= over the system's colour scheme, and an embed in a page on another origin (one
// chart, its sliders, embed.js keeping the iframe as tall as its content).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { serve, launch, openReport, waitForCharts, urlKey, manifest, until } from '../../tools/lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const g = urlKey('CapexGrowth');

test('an embed takes &theme=dark or &theme=light over the system setting', async () => {
  /** @type {['dark' | 'light', 'dark' | 'light', boolean][]} */
  const schemes = [
    ['dark', 'light', true],
    ['light', 'dark', false],
  ];
  for (const [theme, system, dark] of schemes) {
    const context = await browser.newContext({ colorScheme: system, viewport: { width: 420, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${server.url}?embed=cloud-share&theme=${theme}`);
    await waitForCharts(page);
    const seen = await page.evaluate(() => ({
      dark: /** @type {HTMLElement} */ (document.querySelector('.embed-view')).dataset.theme === 'dark',
      scheme: getComputedStyle(document.documentElement).colorScheme,
      fg: getComputedStyle(document.querySelector('.embed-view')).color,
    }));
    assert.equal(seen.dark, dark, theme);
    assert.equal(seen.scheme, theme);
    // Text is light on dark and dark on light.
    const [r] = seen.fg.match(/\d+/g).map(Number);
    assert.ok(dark ? r > 180 : r < 80, `${theme}: text colour ${seen.fg}`);
    await context.close();
  }
});

test('embed on another origin: one chart, its sliders, and an iframe that follows its height', async () => {
  const src = `${server.url}?embed=capex-projection&${g}=45`;
  const hostHtml = `<!doctype html><html><body style="margin:0">
    <h1>Host article</h1>
    <iframe id="f" src="${src}" title="CapEx" data-ai-infra-report style="width:100%;border:0;height:100px"></iframe>
    <script>window.fromEmbed = []; addEventListener('message', (e) => {
      if (e.source === document.getElementById('f').contentWindow) fromEmbed.push(e.data);
    });</script>
    <script src="${server.url}embed.js"></script></body></html>`;
  const host = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(hostHtml);
  });
  await /** @type {Promise<void>} */ (new Promise((r) => host.listen(0, '127.0.0.1', r)));
  const hostUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (host.address()).port}/`;
  assert.notEqual(new URL(hostUrl).origin, new URL(server.url).origin);
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(hostUrl);
    const frame = await (await page.$('#f')).contentFrame();
    await waitForCharts(frame);
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.querySelector('.embed-view').getBoundingClientRect().height));
    const frameHeight = () => page.$eval('#f', (f) => f.getBoundingClientRect().height);
    const matches = async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 2;
    const heights = async () => `iframe ${await frameHeight()} px vs content ${await contentHeight()} px`;
    await until(matches, heights);
    assert.ok((await frameHeight()) > 300, await heights());
    // Just this chart, a slider for each assumption it depends on, a source line and a link back
    // with the same assumptions.
    assert.deepEqual(await frame.$$eval('canvas', (c) => c.map((x) => x.id)), ['capex-projection']);
    const inputs = manifest.charts.find((c) => c.id === 'capex-projection').inputs;
    assert.ok(inputs.length >= 3);
    assert.equal(await frame.$$eval('input[type=range]', (i) => i.length), inputs.length);
    assert.equal(await frame.$$eval('header, nav, footer', (e) => e.length), 0);
    assert.match(await frame.getAttribute('.embed-foot a', 'href'), new RegExp(`\\?${g}=45$`));
    assert.match(await frame.textContent('.source'), /Source:/);
    // Narrower host → shorter chart → the iframe shrinks with it.
    const wide = await frameHeight();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.waitForFunction((h) => document.getElementById('f').getBoundingClientRect().height !== h, wide);
    await until(matches, heights);
    assert.notEqual(await frameHeight(), wide);
    // The embed's own messages carry a height and nothing else.
    const sent = await page.evaluate(() => window.fromEmbed);
    assert.ok(sent.length >= 1);
    for (const m of sent) {
      assert.deepEqual(Object.keys(m), ['aiInfraReportHeight']);
      assert.equal(typeof m.aiInfraReportHeight, 'number');
    }
    // Messages of any other shape or from any other window are ignored.
    const before = await frameHeight();
    await page.evaluate(() => window.postMessage({ aiInfraReportHeight: 2345 }, '*'));
    await frame.evaluate(() => {
      parent.postMessage({ aiInfraReportHeight: 2000, extra: 1 }, '*');
      parent.postMessage({ aiInfraReportHeight: 'tall' }, '*');
      parent.postMessage({ aiInfraReportHeight: 1e9 }, '*');
      parent.postMessage('2000', '*');
    });
    await frame.evaluate(() => parent.postMessage({ aiInfraReportHeight: 777 }, '*'));
    await page.waitForFunction(() => document.getElementById('f').style.height === '777px');
    assert.notEqual(before, 777);
    // controls=0 hides the sliders.
    const bare = await openReport(browser, `${server.url}?embed=cloud-share&controls=0`);
    assert.equal(await bare.$$eval('input[type=range]', (i) => i.length), 0);
    assert.deepEqual(errors, []);
    await bare.context().close();
  } finally {
    await context.close();
    host.closeAllConnections();
    await new Promise((r) => host.close(r));
  }
});
