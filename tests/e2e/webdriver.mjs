// A minimal W3C WebDriver client, so the same tests drive Debian's Chromium (chromedriver)
// and Firefox ESR (geckodriver) — Playwright cannot drive Debian's Firefox.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { CHROMIUM_ARGS } from './lib.mjs';

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/** Starts a driver for `kind` ('chromium' | 'firefox'); resolves once its /status says ready. */
export async function startDriver(kind) {
  const port = await freePort();
  const [cmd, args] = kind === 'firefox'
    ? [process.env.GECKODRIVER || 'geckodriver', ['--port', String(port), '--host', '127.0.0.1']]
    : [process.env.CHROMEDRIVER || 'chromedriver', [`--port=${port}`]];
  const proc = spawn(cmd, args, { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try { if ((await (await fetch(`${base}/status`)).json()).value.ready) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { kind, base, stop: () => proc.kill() };
}

/**
 * Opens a browser session of the given window size and device pixel ratio. Headless windows
 * have a minimum width (~490 px), so narrow viewports are tested inside an iframe.
 */
export async function openSession(driver, { width = 1280, height = 900, dpr = 1 } = {}) {
  const caps = driver.kind === 'firefox'
    ? { browserName: 'firefox', 'moz:firefoxOptions': { binary: process.env.FIREFOX || '/usr/bin/firefox-esr', args: ['-headless', `--width=${width}`, `--height=${height}`], prefs: { 'layout.css.devPixelsPerPx': String(dpr), 'ui.prefersReducedMotion': 1 } } }
    : { browserName: 'chrome', 'goog:chromeOptions': {
      binary: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, '--headless=new', `--window-size=${width},${height}`, `--force-device-scale-factor=${dpr}`, `--user-data-dir=/tmp/wd-chromium-${process.pid}-${Date.now()}`],
    } };
  const call = async (method, path, body) => {
    const res = await fetch(`${driver.base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value && json.value.error) throw new Error(`${driver.kind} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: caps } });
  const s = `/session/${sessionId}`;
  const session = {
    kind: driver.kind,
    go: (url) => call('POST', `${s}/url`, { url }),
    /** Runs `fn(...args)` in the page and returns its (JSON) result. */
    exec: (fn, ...args) => call('POST', `${s}/execute/sync`, { script: `return (${fn}).apply(null, arguments)`, args }),
    /** Runs an async `fn(...args)` in the page and returns what its promise resolves to. */
    execAsync: (fn, ...args) => call('POST', `${s}/execute/async`, {
      script: `const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1))).then(done, (e) => done({ __error: String(e) }));`,
      args,
    }),
    /** Switches into the `index`-th frame of the page (or back to the top with null). */
    frame: (index) => call('POST', `${s}/frame`, { id: index }),
    find: async (css) => Object.values(await call('POST', `${s}/element`, { using: 'css selector', value: css }))[0],
    click: async (css) => call('POST', `${s}/element/${await session.find(css)}/click`, {}),
    keys: async (css, text) => call('POST', `${s}/element/${await session.find(css)}/value`, { text }),
    /** Moves the mouse to viewport CSS pixel (x, y). */
    pointerTo: (x, y) => call('POST', `${s}/actions`, { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) }] }] }),
    /** Waits (polling in the page, no fixed sleeps) until `fn(...args)` is truthy. */
    waitFor: async (fn, ...args) => {
      const r = await session.execAsync(`async function (...a) {
        const f = (${fn}); const end = performance.now() + 20000;
        while (!(await f(...a))) { if (performance.now() > end) return { __error: 'timed out: ' + f }; await new Promise((r) => requestAnimationFrame(r)); }
        return true; }`, ...args);
      if (r && r.__error) throw new Error(`${driver.kind}: ${r.__error}`);
      return r;
    },
    quit: () => call('DELETE', s),
  };
  return session;
}

/** Page-side: all chart canvases have drawn at least `min` times. */
export const chartsDrawn = `function (min) {
  const cs = [...document.querySelectorAll('canvas.chart-canvas')];
  return cs.length > 0 && cs.every((c) => Number(c.dataset.draws || 0) >= (min || 1));
}`;
