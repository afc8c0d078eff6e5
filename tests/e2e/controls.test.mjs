// @ts-check
// The page's controls, in Chromium: Copy link with its feedback and its fallback without a
// Clipboard API, a remembered colour scheme, the skip link and the contents, dismissible notices,
// a real mouse dragging a slider, and the embed panel's options (and the embed honouring them).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openReport, waitForCharts, liveNumbers, urlKey, PHONE, sliderId } from '../../tools/lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('copying', () => {
  test('Copy link copies the permalink and says so', async () => {
    const page = await openReport(browser, `${server.url}?${urlKey('CapexGrowth')}=60`, {
      ...PHONE,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('#copy-link + .copy-status')?.textContent === 'Copied');
    assert.equal(await page.$eval('#copy-link + .copy-status', (s) => s.getAttribute('role')), 'status');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.evaluate(() => location.href));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('without a Clipboard API (http on a real host) the link is shown selected instead, with no error', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}?${urlKey('PlateauYear')}=2031`);
    await waitForCharts(page);
    await page.click('#copy-link');
    const field = await page.waitForSelector('.copy-fallback');
    const selected = await field.evaluate((f) => ({
      value: f.value,
      all: f.selectionStart === 0 && f.selectionEnd === f.value.length,
      focused: document.activeElement === f,
    }));
    assert.equal(selected.value, await page.evaluate(() => location.href));
    assert.ok(selected.all && selected.focused, JSON.stringify(selected));
    assert.match(await page.$eval('#copy-link ~ .copy-status', (s) => s.textContent), /Copied|Ctrl\+C/);
    // The embed snippet falls back the same way, selecting its own text box.
    await page.$eval('#fig-cloud-market details.embed-dialog', (/** @type {HTMLDetailsElement} */ d) => {
      /** @type {HTMLDetailsElement} */ (d.closest('details.more')).open = true;
      d.open = true;
    });
    await page.click('#copy-embed-cloud-market');
    await page.waitForFunction(() => document.activeElement?.id === 'embed-cloud-market');
    assert.ok(
      await page.$eval('#embed-cloud-market', (t) => t.selectionEnd === t.value.length && t.selectionStart === 0),
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the colour scheme', () => {
  test("the reader's choice is remembered; an address's theme= wins for that visit", async () => {
    const page = await openReport(browser, server.url, { width: 1280, height: 900, colorScheme: 'light' });
    assert.equal(await page.$('.report[data-theme=dark]'), null);
    await page.click('#dark-toggle');
    await page.waitForSelector('.report[data-theme=dark]');
    await page.reload();
    await waitForCharts(page);
    assert.ok(await page.$('.report[data-theme=dark]'), 'dark after reload');
    await page.goto(`${server.url}?theme=light&${urlKey('CapexGrowth')}=60`);
    await waitForCharts(page);
    assert.equal(await page.$('.report[data-theme=dark]'), null, 'theme=light wins');
    assert.match(page.url(), /theme=light/, 'and stays in the address');
    await page.click('#dark-toggle');
    await page.waitForSelector('.report[data-theme=dark]');
    await page.waitForFunction(() => !location.search.includes('theme='));
    assert.equal(await page.evaluate(() => localStorage.getItem('ai-infra-report:theme')), 'dark');
    await page.context().close();
  });
});

describe('keyboard and notices', () => {
  test('a skip link leads to the contents, and every entry opens its section', async () => {
    const page = await openReport(browser, server.url);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    assert.ok(await page.$eval('.skip-link', (a) => a.getBoundingClientRect().top >= 0), 'visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'contents');
    const targets = await page.$$eval('#contents a', (/** @type {HTMLAnchorElement[]} */ as) =>
      as.map((a) => a.hash.slice(1)),
    );
    const sections = await page.$$eval('main section', (ss) => ss.map((s) => s.id));
    assert.deepEqual(targets, sections);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#week');
    await page.context().close();
  });

  test("a link's notice can be dismissed, and goes once an assumption changes", async () => {
    const page = await openReport(browser, `${server.url}?zzz=1&${urlKey('CapexGrowth')}=abc`);
    assert.equal(await page.$$eval('#url-notices li', (l) => l.length), 2);
    await page.click('#url-notices .notice-close');
    await page.waitForSelector('#url-notices', { state: 'detached' });
    await page.goto(`${server.url}?zzz=1`);
    await waitForCharts(page);
    await page.waitForSelector('#url-notices');
    const before = (await liveNumbers(page))['capex-2030'];
    await page.$eval(`#${sliderId(urlKey('CapexGrowth'))}`, (/** @type {HTMLInputElement} */ el) => {
      el.value = '60';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((b) => document.querySelector('[data-live="capex-2030"]').textContent !== b, before);
    assert.equal(await page.$('#url-notices'), null);
    await page.context().close();
  });

  test('a mouse drags a slider as a native one: press on the track to jump, then drag', async () => {
    const page = await openReport(browser, server.url);
    const cagr = `${sliderId(urlKey('MarketCagr'))}`;
    const box = await page.$eval(`#${cagr}`, (/** @type {HTMLInputElement} */ i) => {
      i.scrollIntoView({ block: 'center' });
      const r = i.getBoundingClientRect();
      return { left: r.left, width: r.width, y: r.top + r.height / 2, min: Number(i.min), max: Number(i.max) };
    });
    await page.mouse.move(box.left + 8 + 0.25 * (box.width - 16), box.y);
    await page.mouse.down();
    await page.waitForFunction((key) => location.search.includes(`${key}=`), urlKey('MarketCagr'));
    const pressed = Number(await page.$eval(`#${cagr}`, (/** @type {HTMLInputElement} */ i) => i.value));
    assert.ok(Math.abs(pressed - (box.min + 0.25 * (box.max - box.min))) <= 1, `jumped to ${pressed}`);
    await page.mouse.move(box.left + 8 + 0.75 * (box.width - 16), box.y, { steps: 8 });
    await page.mouse.up();
    const dragged = Number(await page.$eval(`#${cagr}`, (/** @type {HTMLInputElement} */ i) => i.value));
    assert.ok(Math.abs(dragged - (box.min + 0.75 * (box.max - box.min))) <= 1, `dragged to ${dragged}`);
    assert.equal(await page.evaluate(() => document.activeElement.id), cagr, 'focused, as a native slider');
    await page.context().close();
  });
});

describe('the embed panel', () => {
  test('offers colours, sliders and a transparent background, and the embed honours them', async () => {
    const page = await openReport(browser, server.url);
    await page.$eval('#fig-cloud-market details.embed-dialog', (/** @type {HTMLDetailsElement} */ d) => {
      /** @type {HTMLDetailsElement} */ (d.closest('details.more')).open = true;
      d.open = true;
    });
    await page.check('#fig-cloud-market input[type=radio][value=dark]');
    await page.uncheck('#fig-cloud-market .embed-controls');
    await page.check('#fig-cloud-market .embed-transparent');
    const snippet = await page.$eval('#embed-cloud-market', (/** @type {HTMLTextAreaElement} */ t) => t.value);
    const src = snippet.match(/src="([^"]+)"/)[1];
    assert.match(src, /embed=cloud-market&controls=0&theme=dark&bg=transparent/);
    assert.match(snippet, /color-scheme:dark/);
    const embed = await openReport(browser, src, { width: 700, height: 600, colorScheme: 'light' });
    const seen = await embed.evaluate(() => {
      const c = /** @type {HTMLCanvasElement} */ (document.querySelector('canvas.chart-canvas'));
      return {
        dark: !!document.querySelector('.embed-view[data-theme=dark]'),
        sliders: document.querySelectorAll('.slider').length,
        body: getComputedStyle(document.body).backgroundColor,
        corner: c.getContext('2d').getImageData(1, 1, 1, 1).data[3],
      };
    });
    assert.deepEqual(seen, { dark: true, sliders: 0, body: 'rgba(0, 0, 0, 0)', corner: 0 });
    await embed.context().close();
    await page.context().close();
  });

  test('unknown embed values get the same notice as the report', async () => {
    const page = await openReport(browser, `${server.url}?embed=cloud-market&theme=purple&controls=maybe&bg=plaid`);
    const items = await page.$$eval('.embed-view #url-notices li', (l) => l.map((x) => x.textContent));
    assert.equal(items.length, 3, items.join('\n'));
    assert.match(items.join(' '), /purple.*maybe.*plaid/);
    await page.context().close();
  });
});
