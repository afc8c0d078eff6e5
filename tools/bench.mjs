// @ts-check
// The report's benchmark: transfer size, paint times, slider latency and memory in headless
// Chromium, Lighthouse (mobile: simulated slow 4G and 4× CPU) against the release build served
// compressed by the deploy recipe (deploy/nginx.conf on Debian's nginx), plus the native
// model/chart timings from `cargo bench`. Writes BENCHMARKS.md, keeping the soak's section
// (tools/soak.mjs) as it is.
// Run through scripts/bench.sh (which builds the release first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve, launch, waitForCharts, chartIds, bandsSettled, CHROMIUM_ARGS, manifest } from './lib.mjs';
import { startNginx } from './deploy-nginx.mjs';
import { settleToBands } from './bench-settle.mjs';
import { soakSection } from './benchmarks-md.mjs';
import { CRITICAL_KB, HTML_KB, READABLE_KB } from './budgets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const LOADS = 10;
const LIGHTHOUSE_RUNS = 3;
const EVENTS = 200;
const EVENTS_SLOW = 60;
const SETTLES = 10;
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { n: s.length, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (v) => `${v.toFixed(2)} ms`;

const server = await serve(dist);
const browser = await launch();
const out = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

// ---- transfer: every file one load requests ----
const loaded = new Set();
{
  const page = await browser.newPage();
  page.on('requestfinished', (r) => loaded.add(new URL(r.url()).pathname));
  await page.goto(server.url);
  await waitForCharts(page);
  // The worker too, which the page starts once it answers its reader.
  await page.waitForFunction(() => document.querySelector('#uncertainty')?.getAttribute('data-runner') === 'worker');
  for (const f of [manifest.worker.script, manifest.worker.script.replace(/\.js$/, '_bg.wasm')]) loaded.add(`/${f}`);
  await page.close();
}
// Bytes as the deploy recipe sends them: the pre-compressed copies scripts/deploy.sh writes
// (zopfli's gzip), or the file itself where it writes none (nginx compresses no images).
// (Its warning, should zopfli be missing, shows: the sizes would then be gzip -9's.)
const deployed = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-infra-deployed-'));
process.on('exit', () => fs.rmSync(deployed, { recursive: true, force: true }));
execFileSync(path.join(root, 'scripts/deploy.sh'), [deployed, dist], { stdio: ['ignore', 'ignore', 'inherit'] });
const sent = (name) => {
  const gzipped = path.join(deployed, `${name}.gz`);
  return fs.statSync(fs.existsSync(gzipped) ? gzipped : path.join(deployed, name)).size;
};
const files = [...loaded].map((p) => {
  const name = p === '/' ? 'index.html' : p.slice(1);
  return { file: `/${name}`, raw: fs.statSync(path.join(dist, name)).size, gz: sent(name) };
});
const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gz: a.gz + f.gz }), { raw: 0, gz: 0 });

// ---- paint: 10 cold loads, each in a fresh context ----
const first = [],
  all = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForCharts(page);
  const t = await page.evaluate(() => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('chart-drawn:'));
    const firstOf = {};
    for (const m of marks) firstOf[m.name] ??= m.startTime;
    const times = Object.values(firstOf);
    return { first: Math.min(...times), all: Math.max(...times) };
  });
  first.push(t.first);
  all.push(t.all);
  await context.close();
}

// ---- slider latency and memory ----
const context = await browser.newContext();
await context.addInitScript(() =>
  addEventListener('TrunkApplicationStarted', (/** @type {CustomEvent} */ e) => {
    window.__wasm = e.detail.wasm;
  }),
);
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.__wasm);
await waitForCharts(page);
const memLoad = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
// One event first, on its own: what the first interaction claims, apart from what repeats.
const memFirst = await page.evaluate(async () => {
  const el = /** @type {HTMLInputElement} */ (document.querySelector('input[type=range]'));
  el.value = String(+el.min + +el.step);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  return window.__wasm.memory.buffer.byteLength;
});
const charts = (await chartIds(page)).length;
const sliders = await page.$$eval('input[type=range]', (/** @type {HTMLInputElement[]} */ is) =>
  is.map((i) => ({ id: i.id, min: +i.min, max: +i.max, step: +i.step })),
);
const latency = [];
let events = 0;
// Per slider: `n` input events, alternating between two values, each given a frame and a
// macrotask to render and redraw in.
const measure = async (s, n) => {
  // As a reader starts a drag: on a page at rest, the bands of the last change refined.
  await page.waitForFunction(bandsSettled, manifest.uncertainty.paths, { timeout: 60000 });
  const r = await page.evaluate(
    async ({ s, n }) => {
      const el = /** @type {HTMLInputElement} */ (document.getElementById(s.id));
      const a = s.min + s.step,
        b = s.max - s.step;
      const times = [],
        redrawn = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        performance.mark('slider-input');
        el.value = String(i % 2 ? a : b);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // Give the render and its redraws a frame and a macrotask to land; the latency is the
        // time of the last redraw's mark, not the time we waited.
        await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
        const drawn = performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('chart-drawn:') && m.startTime >= t0);
        redrawn.push(drawn.length);
        if (drawn.length) {
          const end = Math.max(...drawn.map((m) => m.startTime));
          performance.measure(`slider:${s.id}`, { start: t0, end });
          times.push(end - t0);
        }
        performance.clearMarks();
        performance.clearMeasures();
      }
      return { times, redrawn };
    },
    { s, n },
  );
  return {
    id: s.id,
    ...stats(r.times),
    charts: [...new Set(r.redrawn.filter(Boolean))].sort().join('/'),
    none: r.redrawn.filter((k) => !k).length,
  };
};
for (const s of sliders) {
  latency.push(await measure(s, EVENTS));
  events += EVENTS;
}
const memAfter = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
// A second pass of the same events: growth that stops is allocator warm-up, growth that goes on is a leak.
for (const s of sliders) {
  await page.evaluate(
    async ({ s, n }) => {
      const el = /** @type {HTMLInputElement} */ (document.getElementById(s.id));
      for (let i = 0; i < n; i++) {
        el.value = String(i % 2 ? s.min + s.step : s.max - s.step);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((res) => setTimeout(res, 0));
      }
    },
    { s, n: EVENTS },
  );
}
const memAfter2 = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
// A mid-range phone: the same events at 4× CPU throttle (CDP), fewer of them.
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const slow = [];
for (const s of sliders) slow.push(await measure(s, EVENTS_SLOW));
// Still at 4×: from a change's settling to the bands drawn from the worker's answer.
const settled = await settleToBands(page, SETTLES);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();
await server.close();

// ---- Lighthouse: mobile (its default: simulated slow 4G, 4× CPU slowdown), against the build
// served as a host would serve it: nginx with the deploy recipe, gzip (an uncompressed server
// moves LCP by about a second). Offline: the page asks for nothing from other hosts.
const nginx = await startNginx({ dist });
const lighthouse = [];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let lighthouseVersion = '';
try {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const out = path.join(os.tmpdir(), `ai-infra-lighthouse-${process.pid}-${i}.json`);
    execFileSync(
      path.join(root, 'node_modules/.bin/lighthouse'),
      [
        nginx.url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${flags}`,
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out);
    if (r.runtimeError) throw new Error(`Lighthouse: ${r.runtimeError.code} ${r.runtimeError.message}`);
    lighthouseVersion = r.lighthouseVersion;
    const score = (c) => Math.round(r.categories[c].score * 100);
    lighthouse.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcp: r.audits['first-contentful-paint'].numericValue,
      lcp: r.audits['largest-contentful-paint'].numericValue,
      tbt: r.audits['total-blocking-time'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue,
      si: r.audits['speed-index'].numericValue,
      settings: r.configSettings,
      // The document as sent: gzip body and headers.
      doc: r.audits['network-requests'].details.items.find((x) => x.resourceType === 'Document')?.transferSize,
    });
  }
} finally {
  await nginx.stop();
}
const kinds = { html: [], css: [], js: [], wasm: [], worker: [] };
for (const f of files) {
  const name = f.file.slice(1);
  const ext = name.startsWith(manifest.worker.script.replace(/\.js$/, '')) ? 'worker' : path.extname(name).slice(1);
  if (kinds[ext]) kinds[ext].push(name);
}
const bytesOf = (...ks) => ks.flatMap((k) => kinds[k]).reduce((a, f) => a + sent(f), 0);

// ---- native ----
const native = execSync('cargo bench --quiet --bench native 2>/dev/null', { cwd: root, encoding: 'utf8' });

// ---- report ----
const cpu = (os.cpus()[0]?.model || 'unknown CPU').trim();
const chromium = execSync('chromium --version', { encoding: 'utf8' }).trim();
say('# Benchmarks');
say('');
say(
  `Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${chromium} (headless). Command: \`./scripts/bench.sh\`.`,
);
say('');
say('## Transfer (everything one page load requests)');
say('');
say('| file | raw bytes | gzip bytes as sent |');
say('|---|---:|---:|');
for (const f of files.sort((a, b) => b.gz - a.gz))
  say(`| ${f.file.replace(/-[0-9a-f]{1,16}/, '-…')} | ${f.raw} | ${f.gz} |`);
say(`| **total** | **${total.raw}** | **${total.gz}** (${(total.gz / 1024).toFixed(1)} KiB) |`);
say('');
const f = stats(first),
  a = stats(all);
say(`## Paint (${LOADS} cold loads, navigation start → chart drawn)`);
say('');
say('| | median | max |');
say('|---|---:|---:|');
say(`| first chart | ${ms(f.p50)} | ${ms(f.max)} |`);
say(`| all ${charts} charts | ${ms(a.p50)} | ${ms(a.max)} |`);
say('');
say(`## Slider latency (${EVENTS} input events per slider; event → last redraw done)`);
say('');
say(
  `The last two columns: ${EVENTS_SLOW} events per slider at 4× CPU throttle ` +
    '(CDP Emulation.setCPUThrottlingRate), as on a mid-range phone.',
);
say('');
say('| slider | p50 | p95 | max | charts redrawn per event | events with no redraw | p50 at 4× CPU | p95 at 4× CPU |');
say('|---|---:|---:|---:|---:|---:|---:|---:|');
latency.forEach((l, i) => {
  const cells = [l.id, ms(l.p50), ms(l.p95), ms(l.max), l.charts, l.none, ms(slow[i].p50), ms(slow[i].p95)];
  say(`| ${cells.join(' | ')} |`);
});
const allT = stats(latency.flatMap((l) => [l.p95]));
say('');
say(`Worst per-slider p95: ${ms(allT.max)} (budget 8 ms); at 4× CPU: ${ms(stats(slow.map((l) => l.p95)).max)}.`);
say('');
const st = stats(settled.first);
const sr = stats(settled.refined);
const { firstPaths, paths } = manifest.uncertainty;
say(
  `Settle → bands drawn from the worker's first answer (${firstPaths} paths), at 4× CPU: ` +
    `p50 ${ms(st.p50)}, max ${ms(st.max)} over ${st.n} changes, half of them made while the worker ` +
    `still refined the change before (budget 150 ms). To its refined answer (${paths} paths): ` +
    `p50 ${ms(sr.p50)}, max ${ms(sr.max)} over ${sr.n} changes.`,
);
say('');
say('## Memory (WebAssembly.Memory byteLength)');
say('');
const growth = (a, b) => (a === b ? 'no growth' : `grew by ${a - b}`);
say('| after | bytes | change |');
say('|---|---:|---:|');
say(`| load | ${memLoad} | |`);
say(`| the first slider event | ${memFirst} | ${growth(memFirst, memLoad)} |`);
say(`| ${events} more slider events | ${memAfter} | ${growth(memAfter, memFirst)} |`);
say(`| ${events} more again | ${memAfter2} | ${growth(memAfter2, memAfter)} |`);
say('');
const lh = (k) => median(lighthouse.map((r) => r[k]));
const t = lighthouse[0].settings.throttling;
say(`## Lighthouse (${lighthouseVersion}, mobile, median of ${LIGHTHOUSE_RUNS} runs)`);
say('');
say(
  `Simulated throttling: ${t.rttMs} ms RTT, ${(t.throughputKbps / 1024).toFixed(1)} Mbit/s, ` +
    `${t.cpuSlowdownMultiplier}× CPU slowdown; the release build served by deploy/nginx.conf (gzip) on 127.0.0.1.`,
);
say('');
say('Budget: performance ≥ 99 (LCP ≤ 1.0 s, TBT ≤ 50 ms, CLS 0); accessibility, best practices and SEO 100.');
say('');
say(`| | median | runs |`);
say('|---|---:|---:|');
for (const [k, label] of [
  ['performance', 'performance score'],
  ['accessibility', 'accessibility score'],
  ['best-practices', 'best-practices score'],
  ['seo', 'SEO score'],
]) {
  say(`| ${label} | ${lh(k)} | ${lighthouse.map((r) => r[k]).join(', ')} |`);
}
const sec = (v) => `${(v / 1000).toFixed(2)} s`;
/** @type {[string, string, (v: number) => string][]} */
const timings = [
  ['fcp', 'First Contentful Paint', sec],
  ['lcp', 'Largest Contentful Paint', sec],
  ['tbt', 'Total Blocking Time', (v) => `${Math.round(v)} ms`],
  ['cls', 'Cumulative Layout Shift', (v) => v.toFixed(3)],
  ['si', 'Speed Index', sec],
];
for (const [k, label, fmt] of timings) {
  say(`| ${label} | ${fmt(lh(k))} | ${lighthouse.map((r) => fmt(r[k])).join(', ')} |`);
}
say('');
say('## Size budgets (gzip as sent: the zopfli copies scripts/deploy.sh writes)');
say('');
say('| what | files | gzip bytes |');
say('|---|---|---:|');
// The budgets of the size: the prerendered page reads with HTML + CSS alone; the app is
// wasm + JS + CSS (the chart images of the prerendered page load lazily, as they are seen).
const budget = (v, max) => `${v} (${v <= max * 1000 ? 'within' : '**over**'} the budget of ${max} KB)`;
say(
  `| HTML + CSS: the prerendered report, readable before any script runs | ` +
    `${[...kinds.html, ...kinds.css].length} | ${budget(bytesOf('html', 'css'), READABLE_KB)} |`,
);
say(`| HTML alone (the prerendered report) | ${kinds.html.length} | ${budget(bytesOf('html'), HTML_KB)} |`);
say(
  `| Critical: HTML + CSS + JS + the page's wasm, all the page needs until its sliders answer | ` +
    `${[...kinds.html, ...kinds.css, ...kinds.js, ...kinds.wasm].length} | ` +
    `${budget(bytesOf('html', 'css', 'js', 'wasm'), CRITICAL_KB)} |`,
);
say(
  `| The worker (its JS and wasm), fetched once the page answers its reader | ${kinds.worker.length} | ` +
    `${bytesOf('worker')} |`,
);
say('');
// A first TCP round trip carries 10 segments (14,600 bytes); Lighthouse's simulation adds a
// whole round trip (150 ms) to FCP and LCP when the HTML is larger (measured 2026-12-03:
// 14,637 bytes put LCP at 1.16 s, 14,561 at 0.99 s).
const doc = lighthouse[0].doc;
say(
  `The HTML as sent (gzip body and headers, from Lighthouse): ${doc} bytes ` +
    `(${doc <= 14600 ? 'within' : '**over**'} the first round trip's 14,600).`,
);
say('');
say('## Native (`cargo bench --bench native`, release build)');
say('');
say(native.trim());
// The soak's section (tools/soak.mjs, ~20 min) is kept as it was last written.
const md = path.join(root, 'BENCHMARKS.md');
const soak = fs.existsSync(md) ? soakSection(fs.readFileSync(md, 'utf8')) : '';
fs.writeFileSync(md, `${out.join('\n')}\n${soak ? `\n${soak}\n` : ''}`);
