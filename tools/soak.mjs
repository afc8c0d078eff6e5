// @ts-check
// Soak: 100,000 slider input events across every slider of one report page, in headless
// Chromium. After a warm-up, the WebAssembly memory and the JS heap (after a forced GC) must
// stay flat, nothing may reach the console (console API, uncaught errors, the browser's own
// messages through CDP's Log domain), and every chart must still be drawn: inked, and drawn
// exactly as a fresh load of the final permalink draws it.
//
// Writes its section of BENCHMARKS.md (between the soak markers; tools/bench.mjs keeps it when
// it rewrites the rest) and exits non-zero if any of the above fails.
// Run through scripts/soak.sh (which builds the release first), or `node tools/soak.mjs` on
// an existing dist/. EVENTS=… for a shorter run (then BENCHMARKS.md is left alone).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SOAK_START as START, SOAK_END as END, withSoakSection } from './benchmarks-md.mjs';
import { serve, launch, waitForCharts, chartIds, canvasPixels, chartsDrawn, DIST } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVENTS = Number(process.env.EVENTS || 100000);
const CHECKPOINT = Math.max(1, Math.round(EVENTS / 10));
const WARMUP = CHECKPOINT; // the first tenth
// "Flat": after the warm-up the wasm memory does not grow at all, and the JS heap after a
// forced GC stays within this band (V8's own code and inline caches move by a few KB).
// DOM nodes depend on the values shown (a sentence appears with a plateau, say), so the count at
// the end is compared with a fresh load of the final permalink, not with the start.
const HEAP_BAND = 512 * 1024;

const server = await serve(DIST);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() =>
  addEventListener('TrunkApplicationStarted', (/** @type {CustomEvent} */ e) => {
    window.__wasm = e.detail.wasm;
  }),
);
const page = await context.newPage();
const consoleLines = [];
page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e}`));
const cdp = await context.newCDPSession(page);
cdp.on('Log.entryAdded', ({ entry }) => consoleLines.push(`${entry.level} (${entry.source}): ${entry.text}`));
await cdp.send('Log.enable');
await cdp.send('Performance.enable');

await page.goto(server.url);
await page.waitForFunction(() => window.__wasm);
await waitForCharts(page);
const ids = await chartIds(page);
const sliders = await page.$$eval('input[type=range]', (/** @type {HTMLInputElement[]} */ is) =>
  is.map((i) => ({ id: i.id, min: +i.min, max: +i.max, step: +i.step })),
);

/** After a forced GC: wasm bytes, JS heap, DOM nodes (in the document and Blink's counter), listeners. */
async function sample(events, seconds) {
  // Twice: Blink sweeps (and counts down) the first collection's garbage lazily.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const page_ = await page.evaluate(() => ({
    wasm: window.__wasm.memory.buffer.byteLength,
    // Nodes in the document (Blink's own node counter also counts garbage not yet swept).
    live: (() => {
      const w = document.createTreeWalker(document);
      let n = 1;
      while (w.nextNode()) n++;
      return n;
    })(),
    draws: [...document.querySelectorAll('canvas.chart-canvas')].reduce(
      (a, /** @type {HTMLCanvasElement} */ c) => a + Number(c.dataset.draws || 0),
      0,
    ),
  }));
  return {
    events,
    seconds,
    live: page_.live,
    wasm: page_.wasm,
    heap: usedSize,
    nodes: m.Nodes,
    listeners: m.JSEventListeners,
    draws: page_.draws,
  };
}

const t0 = Date.now();
const samples = [await sample(0, 0)];
let seed = 12345;
for (let done = 0; done < EVENTS; ) {
  const n = Math.min(CHECKPOINT, EVENTS - done);
  // In the page: n input events, round-robin over the sliders, each to a pseudo-random step of
  // its range, each in its own task (a MessageChannel message: no timer clamping), so every
  // one is handled, rendered and redrawn as a drag's events are.
  seed = await page.evaluate(
    async ({ sliders, n, seed, start }) => {
      const els = sliders.map((s) => /** @type {HTMLInputElement} */ (document.getElementById(s.id)));
      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise((r) => {
          channel.port1.onmessage = r;
          channel.port2.postMessage(0);
        });
      let x = seed;
      for (let i = 0; i < n; i++) {
        const k = (start + i) % sliders.length;
        const s = sliders[k];
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        const steps = Math.round((s.max - s.min) / s.step);
        els[k].value = String(s.min + (x % (steps + 1)) * s.step);
        els[k].dispatchEvent(new Event('input', { bubbles: true }));
        await nextTask();
      }
      channel.port1.close();
      return x;
    },
    { sliders, n, seed, start: done },
  );
  done += n;
  samples.push(await sample(done, (Date.now() - t0) / 1000));
  process.stdout.write(`${done} events, ${samples.at(-1).seconds.toFixed(0)} s\n`);
}
const seconds = (Date.now() - t0) / 1000;

// Every chart still drawn, and drawn as a fresh load of the same permalink draws it; the same
// page reloaded at that permalink is also the reference for DOM nodes and listeners (content
// differs with the values, so their count is compared state for state, not to the start).
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
const drawnAll = await page.evaluate(chartsDrawn);
const soaked = {};
for (const id of ids) soaked[id] = await canvasPixels(page, id);
const last = samples.at(-1);
// The performance timeline keeps every mark until it is cleared (read once, at the end: reading
// it makes a JS object per entry).
const marks = await page.evaluate(() => performance.getEntries().length);
const url = page.url();
await page.goto(url);
await page.waitForFunction(() => window.__wasm);
await waitForCharts(page);
const fresh = await sample(0, 0);
const mismatched = [];
for (const id of ids) {
  const p = await canvasPixels(page, id);
  if (p.hash !== soaked[id].hash) mismatched.push(id);
}
const blank = ids.filter((id) => soaked[id].inked < 0.01);
await browser.close();
await server.close();

// ---- verdict ----
const warm = samples.filter((s) => s.events >= WARMUP);
const spread = (k) => Math.max(...warm.map((s) => s[k])) - Math.min(...warm.map((s) => s[k]));
const checks = [
  [`no console output (${consoleLines.length} lines)`, consoleLines.length === 0],
  ['WebAssembly memory flat after the warm-up (no growth at all)', spread('wasm') === 0],
  [
    `JS heap after GC flat after the warm-up ` +
      `(within ${HEAP_BAND / 1024} KiB: ${(spread('heap') / 1024).toFixed(1)} KiB)`,
    spread('heap') <= HEAP_BAND,
  ],
  [
    `DOM nodes as many as a fresh load of the final permalink has (${last.live} vs ${fresh.live})`,
    last.live === fresh.live,
  ],
  [
    `JS event listeners flat (${last.listeners} vs ${fresh.listeners} on a fresh load)`,
    last.listeners === fresh.listeners && spread('listeners') === 0,
  ],
  [`performance timeline entries bounded (${marks} at the end)`, marks <= 2000],
  [`every chart drawn (${ids.length})`, drawnAll && blank.length === 0],
  ['every chart as a fresh load of the final permalink draws it', mismatched.length === 0],
];

const out = [];
const say = (l = '') => {
  console.log(l);
  out.push(l);
};
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const chromium = execSync('chromium --version', { encoding: 'utf8' }).trim();
say(START);
say(`## Soak (${EVENTS.toLocaleString('en')} slider events in one page)`);
say('');
say(
  `Run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${(os.cpus()[0]?.model || '').trim()}, ` +
    `${chromium} (headless). Command: \`./scripts/soak.sh\`. ${sliders.length} sliders, round-robin, ` +
    "each event a pseudo-random step of its slider's range in its own task; " +
    `${seconds.toFixed(0)} s in all (${((seconds * 1000) / EVENTS).toFixed(2)} ms per event, handling, rendering and ` +
    'redrawing included). Memory is read after a forced GC (CDP HeapProfiler.collectGarbage); ' +
    `the first ${WARMUP.toLocaleString('en')} events are the warm-up.`,
);
say('');
say(
  '| events | wasm memory | JS heap (after GC) | DOM nodes (Blink counter) | JS event listeners | chart draws so far |',
);
say('|---:|---:|---:|---:|---:|---:|');
for (const s of samples)
  say(
    `| ${s.events.toLocaleString('en')} | ${s.wasm} | ${kib(s.heap)} | ${s.live} (${s.nodes}) | ${s.listeners} | ` +
      `${s.draws.toLocaleString('en')} |`,
  );
say('');
for (const [what, ok] of checks) say(`- ${ok ? '✓' : '✗'} ${what}`);
if (consoleLines.length)
  say(
    `- console: ${consoleLines
      .slice(0, 5)
      .map((l) => `\`${l.slice(0, 200)}\``)
      .join('; ')}`,
  );
if (mismatched.length) say(`- drawn unlike a fresh load: ${mismatched.join(', ')}`);
if (blank.length) say(`- blank: ${blank.join(', ')}`);
say(END);

if (!process.env.EVENTS) {
  const file = path.join(root, 'BENCHMARKS.md');
  const md = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  fs.writeFileSync(file, withSoakSection(md, out.join('\n')));
}
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
