// @ts-check
// A hostile host page: an embed (`?embed=…`, sized by static/embed.js) sits in a page on another
// origin that posts junk at it and at embed.js (wrong shapes, huge payloads, 10,000 messages a
// second), squeezes it to 0 px and stretches it to 10,000 px, removes it and adds it back, and
// changes its hash. After each, the embed still works (every chart drawn, a slider redraws its
// chart, the iframe follows the content's height), embed.js never throws, and embed.js never
// sets a height outside the range it allows (1 … 20,000 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  serve,
  serveHtml,
  launch,
  waitForCharts,
  chartsDrawn,
  drawCount,
  drawnMoreThan,
  manifest,
  until,
} from '../../tools/lib.mjs';

const CHART = 'capex-projection';
// embed.js's range (its MAX); below 1 px an iframe shows nothing.
const [MIN, MAX] = [1, 20000];
// Heights the host itself gives the iframe; all others are embed.js's.
const HOST_HEIGHTS = ['100px', '0px', '10000px'];

let server, host, browser, page, src;
const errors = [];

before(async () => {
  server = await serve();
  src = `${server.url}?embed=${CHART}`;
  // Records, before embed.js runs: every height the iframe's style is given (a MutationObserver
  // on any element's style), every message the embed sends, and every error thrown on the page
  // (an exception in embed.js's listener reaches window.onerror).
  host = await serveHtml(`<!doctype html><html><head><title>Hostile host</title></head><body style="margin:0">
    <div id="box" style="width:900px"><iframe id="f" src="${src}" title="chart" data-ai-infra-report
      style="width:100%;border:0;height:100px"></iframe></div>
    <iframe id="helper" title="helper" style="display:none"></iframe>
    <iframe id="other" src="${server.url}?embed=cloud-share&controls=0" title="not sized by embed.js"
      style="position:fixed;top:0;right:0;width:400px;border:0;height:50px"></iframe>
    <script>
      window.heights = []; window.fromEmbed = []; window.hostErrors = []; window.atHost = 0; window.fromOther = 0;
      addEventListener('error', (e) => hostErrors.push(String(e.message)));
      addEventListener('message', (e) => {
        atHost++;
        if (e.source === document.getElementById('f').contentWindow) fromEmbed.push(e.data);
        if (e.source === document.getElementById('other').contentWindow) fromOther++;
      });
      new MutationObserver(() => {
        const h = document.getElementById('f').style.height;
        if (heights[heights.length - 1] !== h) heights.push(h);
      }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['style'] });
    </script>
    <script src="${server.url}embed.js"></script></body></html>`);
  assert.notEqual(new URL(host.url).origin, new URL(server.url).origin);
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
  // Console output and uncaught errors of the host and of the embed (Playwright reports the
  // out-of-process iframe's console and errors on its page).
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
  await page.goto(host.url);
  await waitForCharts(await embed());
});
after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
});

/** The embed's frame (a new one after the iframe is added back). */
async function embed() {
  return (await page.$('#f')).contentFrame();
}

/** The iframe's height and its content's, in px. */
async function sizes() {
  const frame = await embed();
  const outer = await page.$eval('#f', (f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() =>
    Math.ceil(document.querySelector('.embed-view').getBoundingClientRect().height),
  );
  return { outer, inner };
}

/**
 * The embed works: every chart has drawn, moving a slider redraws the chart, the iframe is
 * as tall as its content, nothing was thrown or logged, and no height was out of range.
 */
async function stillWorks(what) {
  const frame = await embed();
  await frame.waitForFunction(chartsDrawn);
  const n = await frame.evaluate(drawCount, CHART);
  const slider = await frame.$eval('input[type=range]', (el) => {
    el.value = String(el.value === el.min ? el.max : el.min);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return el.id;
  });
  await frame.waitForFunction(drawnMoreThan, [CHART, n]);
  await until(
    async () => {
      const s = await sizes();
      return Math.abs(s.outer - s.inner) <= 2;
    },
    async () => `${what}: iframe not as tall as its content after moving ${slider}: ${JSON.stringify(await sizes())}`,
  );
  const state = await page.evaluate(() => ({ heights, hostErrors, sent: fromEmbed.map((m) => JSON.stringify(m)) }));
  assert.deepEqual(state.hostErrors, [], what);
  assert.deepEqual(errors, [], what);
  for (const h of state.heights.filter((x) => !HOST_HEIGHTS.includes(x))) {
    const px = Number(/^(\d+)px$/.exec(h)?.[1]);
    assert.ok(px >= MIN && px <= MAX, `${what}: embed.js set the height to ${JSON.stringify(h)}`);
  }
  for (const m of state.sent) assert.match(m, /^\{"aiInfraReportHeight":\d+\}$/, `${what}: the embed sent ${m}`);
}

/** In a page: junk of every shape, including the right key with wrong values. */
function junk() {
  const many = {};
  for (let i = 0; i < 100000; i++) many[`k${i}`] = i;
  /** @type {{ aiInfraReportHeight: unknown }} */
  let deep = { aiInfraReportHeight: 500 };
  for (let i = 0; i < 1000; i++) deep = { aiInfraReportHeight: deep };
  return [
    null,
    undefined,
    0,
    -1,
    NaN,
    true,
    '',
    '{"aiInfraReportHeight":500}',
    'x'.repeat(16 << 20),
    [],
    [500],
    [{ aiInfraReportHeight: 500 }],
    {},
    { aiInfraReportHeight: -500 },
    { aiInfraReportHeight: 0 },
    { aiInfraReportHeight: NaN },
    { aiInfraReportHeight: Infinity },
    { aiInfraReportHeight: 1e9 },
    { aiInfraReportHeight: 20001 },
    { aiInfraReportHeight: '500' },
    { aiInfraReportHeight: null },
    { aiInfraReportHeight: [500] },
    { aiInfraReportHeight: { valueOf: 500 } },
    { aiInfraReportHeight: 500n },
    { aiInfraReportHeight: 500, extra: 1 },
    { AIINFRAREPORTHEIGHT: 500 },
    { height: 500 },
    many,
    deep,
    new ArrayBuffer(1 << 20),
    new Uint8Array([1, 2, 3]),
    new Map([['aiInfraReportHeight', 500]]),
    new Set([500]),
    new Date(0),
    /aiInfraReportHeight/,
    new Error('junk'),
    Object.assign(Object.create(null), { aiInfraReportHeight: 500 }),
    new Blob(['aiInfraReportHeight']),
  ];
}

test('junk posted at the embed and at embed.js changes nothing', async () => {
  const frame = await embed();
  // Counts what reaches the embed's window, to know the junk arrived.
  await frame.evaluate(() => {
    window.junkIn = 0;
    addEventListener('message', () => {
      window.junkIn++;
    });
  });
  const before = await page.$eval('#f', (f) => f.style.height);
  const sent = await page.evaluate((source) => {
    // junk()'s source, evaluated in the page (an indirect eval: global scope), so that the junk
    // is built of the page's own objects.
    // biome-ignore lint/security/noGlobalEval: the test's own function, sent as source to the page
    const items = globalThis.eval(`(${source})`)();
    const f = /** @type {HTMLIFrameElement} */ (document.getElementById('f'));
    // A function of the helper frame's realm: what it posts comes from that window.
    const helper = /** @type {HTMLIFrameElement} */ (document.getElementById('helper'));
    const helperWindow = /** @type {Window & typeof globalThis} */ (helper.contentWindow);
    const fromHelper = helperWindow.Function('m', "parent.postMessage(m, '*')");
    let n = 0;
    for (const m of items) {
      f.contentWindow.postMessage(m, '*');
      // At embed.js: from the host itself, and from another frame of the host (right shape,
      // wrong window).
      window.postMessage(m, '*');
      fromHelper(m);
      n++;
    }
    window.postMessage({ aiInfraReportHeight: 500 }, '*');
    fromHelper({ aiInfraReportHeight: 500 });
    return n;
  }, junk.toString());
  // Everything was delivered: the embed got each item, the host each item twice (+ 2).
  await frame.waitForFunction((n) => window.junkIn >= n, sent);
  await page.waitForFunction((n) => window.atHost >= 2 * n + 2, sent);
  // Another embed of the same origin, one the page did not mark for sizing, reports its own
  // (new) height: right shape, right origin, wrong window. (It is kept on screen: Chromium
  // does not run an off-screen cross-origin frame's ResizeObserver.)
  const other = await page.evaluate(() => fromOther);
  await page.$eval('#other', (o) => {
    o.style.width = '250px';
  });
  await page.waitForFunction((k) => window.fromOther > k, other);
  assert.equal(await page.$eval('#f', (f) => f.style.height), before, 'a junk message moved the iframe');
  await stillWorks('after junk messages');
});

test('10,000 messages a second, at the embed and at embed.js, for two seconds', async () => {
  const frame = await embed();
  const inBefore = await frame.evaluate(() => window.junkIn);
  const atHostBefore = await page.evaluate(() => window.atHost);
  const before = await page.$eval('#f', (f) => f.style.height);
  // 10 messages a millisecond to each, kept up by the clock (a late timer posts what is due:
  // on a busy machine the flood comes in bursts, never slower); the slider is moved during it.
  const flood = page.evaluate(
    () =>
      new Promise((resolve) => {
        const f = /** @type {HTMLIFrameElement} */ (document.getElementById('f'));
        const shapes = [{ aiInfraReportHeight: 1 }, { aiInfraReportHeight: 'x' }, 'junk', [1, 2], { a: 1 }, 42];
        const t0 = performance.now();
        let n = 0;
        const tick = () => {
          const elapsed = Math.min(performance.now() - t0, 2000);
          for (; n < Math.floor(elapsed * 10); n++) {
            f.contentWindow.postMessage(shapes[n % shapes.length], '*');
            window.postMessage(shapes[n % shapes.length], '*');
          }
          if (elapsed < 2000) setTimeout(tick, 1);
          else resolve({ n });
        };
        tick();
      }),
  );
  const n = await frame.evaluate(drawCount, CHART);
  await frame.$eval('input[type=range]', (el) => {
    el.value = String(el.value === el.min ? el.max : el.min);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await frame.waitForFunction(drawnMoreThan, [CHART, n]);
  // Two seconds' worth to each window, everything delivered.
  const { n: posted } = await flood;
  assert.equal(posted, 20000);
  await frame.waitForFunction((k) => window.junkIn >= k, inBefore + posted);
  await page.waitForFunction((k) => window.atHost >= k, atHostBefore + posted);
  assert.equal(await page.$eval('#f', (f) => f.style.height), before, 'a flood message moved the iframe');
  await stillWorks('after the flood');
});

test('squeezed to 0 px and stretched to 10,000 px, wide and tall', async () => {
  for (const width of ['0px', '10000px', '900px']) {
    await page.$eval(
      '#box',
      (b, w) => {
        b.style.width = w;
      },
      width,
    );
    if (width !== '0px') await stillWorks(`box ${width} wide`);
  }
  // The host sets the iframe's own height: the embed is unharmed, and its next size change
  // (a narrower box) puts the height back to the content's.
  for (const h of ['0px', '10000px']) {
    await page.$eval(
      '#f',
      (f, v) => {
        f.style.height = v;
      },
      h,
    );
    const frame = await embed();
    await frame.waitForFunction((v) => innerHeight === v, Number.parseInt(h, 10));
    await page.$eval('#box', (b) => {
      b.style.width = b.style.width === '900px' ? '700px' : '900px';
    });
    await stillWorks(`iframe ${h} tall`);
  }
});

test('removed and added back, twenty times in a row', async () => {
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => {
      const f = document.getElementById('f');
      const box = f.parentNode;
      f.remove();
      box.appendChild(f);
    });
  }
  const frame = await embed();
  await waitForCharts(frame);
  assert.equal(await frame.$$eval('canvas', (cs) => cs.map((c) => c.id).join()), CHART);
  assert.equal(
    await frame.$$eval('input[type=range]', (i) => i.length),
    manifest.charts.find((c) => c.id === CHART).inputs.length,
  );
  await stillWorks('after being removed and added back');
});

test('a new hash: the embed keeps working, and keeps the hash when a slider moves', async () => {
  // Back to the address the host gave (the slider moves above rewrote the embed's query).
  await page.$eval(
    '#f',
    (f, s) => {
      f.src = s;
    },
    src,
  );
  let frame = await embed();
  await frame.waitForFunction((s) => location.href === s, src);
  await waitForCharts(frame);
  // Only the hash differs from the embed's address: the same document scrolls, no reload.
  await frame.evaluate(() => {
    window.sameDocument = true;
  });
  await page.$eval(
    '#f',
    (f, s) => {
      f.src = `${s}#x`;
    },
    src,
  );
  await frame.waitForFunction(() => location.hash === '#x');
  assert.equal(await frame.evaluate(() => window.sameDocument), true, 'the embed reloaded for a new hash');
  await stillWorks('hash #x');
  // The address follows the slider once it settles, with the hash kept.
  await frame.waitForFunction(() => /\?embed=capex-projection&[^#]+#x$/.test(location.href));
  // Now the embed's query differs from the src: a new hash is a new load of the src.
  for (const hash of ['#%3Cscript%3Ealert(1)%3C/script%3E', `#${'h'.repeat(100000)}`, '#top', '#']) {
    await page.$eval(
      '#f',
      (f, [s, h]) => {
        f.src = s + h;
      },
      [src, hash],
    );
    frame = await embed();
    await frame.waitForFunction(([s, h]) => location.href === s + h, [src, hash]);
    await stillWorks(`hash ${hash.slice(0, 40)}`);
    // The slider rewrote the query; the hash the host gave is still there (an empty one,
    // `#`, is no hash: location.hash is '' for it).
    // It does so once the slider settles.
    await frame.waitForFunction((s) => location.href.startsWith(`${s}&`), src);
    const after = await frame.evaluate(() => location.href);
    const kept = hash === '#' ? !after.includes('#') : after.endsWith(hash);
    assert.ok(kept, `${hash.slice(0, 40)}: ${after.slice(0, 120)}`);
  }
});
