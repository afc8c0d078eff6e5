// @ts-check
// WebDriver sessions for the browser tests that run in every engine (a11y*.test.mjs,
// console.test.mjs): Chromium through chromedriver, Firefox ESR through geckodriver and WebKit
// (WebKitGTK's MiniBrowser on an Xvfb screen) through WebKitWebDriver, with selenium-webdriver and
// the drivers and browsers named explicitly (nothing is ever downloaded); and the checks those
// tests share (axe-core, the page's CSP violations). The page-side functions are lib.mjs's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Builder, Browser } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';
import { DriverService } from 'selenium-webdriver/remote/index.js';
import { findFreePort } from 'selenium-webdriver/net/portprober.js';
import { CHROMIUM, CHROMIUM_ARGS, DIST, serve } from './lib.mjs';
import { CSP_META } from './csp.mjs';

// Selenium Manager (a binary in the npm package that looks for, and downloads, drivers and
// browsers) runs only when a driver's path is not given. Every path is given below; pointing
// SE_MANAGER_PATH at nothing makes any slip fail at once instead of reaching the network.
process.env.SE_MANAGER_PATH = '/nonexistent/selenium-manager-is-not-used';
process.env.SE_OFFLINE = 'true';

/** `name`'s path: $ENV if set, else the first match on PATH, else `fallback`. */
function tool(env, name, fallback) {
  if (process.env[env]) return process.env[env];
  const found = (process.env.PATH || '')
    .split(':')
    .map((d) => path.join(d, name))
    .find((f) => fs.existsSync(f));
  return found || fallback;
}
export const CHROMEDRIVER = tool('CHROMEDRIVER', 'chromedriver', '/usr/bin/chromedriver');
export const GECKODRIVER = tool(
  'GECKODRIVER',
  'geckodriver',
  path.join(process.env.HOME || '/root', '.cargo/bin/geckodriver'),
);
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const WEBKITDRIVER = tool('WEBKITDRIVER', 'WebKitWebDriver', '/usr/bin/WebKitWebDriver');
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = tool('XVFB', 'Xvfb', '/usr/bin/Xvfb');

/**
 * Starts Xvfb on a display number it picks itself (-displayfd: the first free one, written back
 * once the server accepts clients). Returns { display: ':N', stop() }.
 */
export function startXvfb() {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let err = '';
  xvfb.stderr.on('data', (d) => {
    err += d;
  });
  const exited = new Promise((resolve) => xvfb.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (!out.includes('\n')) return;
      const display = `:${out.trim()}`;
      resolve({
        display,
        stop: () => {
          if (xvfb.exitCode === null) xvfb.kill('SIGTERM');
          return exited;
        },
      });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err}`)));
  });
}

/**
 * Starts a driver for `kind` ('chromium' | 'firefox' | 'webkit') and opens a browser session of
 * the given window size and device pixel ratio; returns selenium-webdriver's WebDriver (its
 * quit() ends the browser and the driver, and for WebKit the Xvfb screen). Headless windows
 * have a minimum width (~490 px), so narrow viewports are tested inside an iframe.
 *
 * WebKit is WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0) driven by WebKitWebDriver
 * (webkit2gtk-driver): it has no headless mode, so it runs on an Xvfb screen started for the
 * session; its device pixel ratio is GTK's window scale (GDK_SCALE, whole numbers only).
 */
export async function webdriver(kind, { width = 1280, height = 900, dpr = 1, bidi = false } = {}) {
  if (kind === 'webkit') return webkit({ width, height, dpr, bidi });
  let builder;
  if (kind === 'firefox') {
    const options = new firefox.Options()
      .setBinary(FIREFOX)
      .addArguments('-headless', `--width=${width}`, `--height=${height}`)
      .setPreference('layout.css.devPixelsPerPx', String(dpr))
      .setPreference('ui.prefersReducedMotion', 1);
    if (bidi) options.enableBidi();
    builder = new Builder()
      .forBrowser(Browser.FIREFOX)
      .setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER));
  } else if (kind === 'chromium') {
    const options = new chrome.Options()
      .setChromeBinaryPath(CHROMIUM)
      .addArguments(
        ...CHROMIUM_ARGS,
        '--headless=new',
        `--window-size=${width},${height}`,
        `--force-device-scale-factor=${dpr}`,
      );
    if (bidi) options.enableBidi();
    builder = new Builder()
      .forBrowser(Browser.CHROME)
      .setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(CHROMEDRIVER));
  } else {
    throw new Error(`no WebDriver set up for ${kind}`);
  }
  const driver = await builder.build();
  driver.kind = kind;
  return driver;
}

async function webkit({ width, height, dpr, bidi }) {
  if (!Number.isInteger(dpr)) throw new Error(`WebKitGTK scales windows by whole numbers only, not ${dpr}`);
  const xvfb = await startXvfb();
  let service;
  try {
    const port = await findFreePort();
    service = new DriverService(WEBKITDRIVER, {
      port,
      args: [`--port=${port}`],
      hostname: '127.0.0.1',
      env: { ...process.env, DISPLAY: xvfb.display, GDK_SCALE: String(dpr), GDK_DPI_SCALE: '1' },
    });
    const url = await service.start();
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        ...(bidi ? { webSocketUrl: true } : {}),
      })
      .build();
    driver.kind = 'webkit';
    const quit = driver.quit.bind(driver);
    const stopped = service;
    service = undefined; // from here on, driver.quit() stops the driver and the screen
    driver.quit = async () => {
      try {
        await quit();
      } finally {
        await stopped.kill();
        await xvfb.stop();
      }
    };
    // The window's outer size; the tests read the viewport they got (innerWidth) where it matters.
    await driver
      .manage()
      .window()
      .setRect({ width, height, x: 0, y: 0 })
      .catch(async (e) => {
        await driver.quit();
        throw e;
      });
    return driver;
  } catch (e) {
    if (service) {
      await service.kill();
      await xvfb.stop();
    }
    throw e;
  }
}

/**
 * WebDriver: waits until the page function `fn(arg)` (see above) is truthy, polling in the page
 * once a frame (no fixed sleeps, no round trip per poll); fails after 20 s.
 */
export async function waitInPage(driver, fn, ...arg) {
  const r = await driver.executeAsyncScript(
    `const done = arguments[arguments.length - 1];
    const args = Array.from(arguments).slice(0, -1);
    const f = (${fn}); const end = performance.now() + 20000;
    (async () => {
      while (!(await f(...args))) {
        if (performance.now() > end) return 'timed out: ' + f;
        await new Promise((r) => requestAnimationFrame(r));
      }
      return true;
    })().then(done, (e) => done(String(e)));`,
    ...arg,
  );
  if (r !== true) throw new Error(`${driver.kind}: ${r}`);
}

// ---- what the tests in every engine share ----

/** The engines to test: $BROWSERS (comma-separated), by default all three. */
export const BROWSERS = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',');

// The page enforces its <meta> policy. The server adds the same directives as a report-only
// header with a report-uri: every violation of the meta policy violates that copy too and is
// POSTed to the server, in every engine — including those during the load, before any listener
// a WebDriver script could add in the page. (A meta policy cannot carry report-uri.)
export const REPORT_ONLY = `${CSP_META}; report-uri /csp-report`;

/** Serves dist/ with the page's own policy as a report-only header too (REPORT_ONLY). */
export const serveReporting = () => serve(DIST, { 'content-security-policy-report-only': REPORT_ONLY });

export { until } from './lib.mjs';

/** In the page: records securitypolicyviolation events from now on in window.__violations. */
export function listenForViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the current page (or frame), in short. */
export async function axe(driver) {
  // Evaluated by the driver, not as a <script> element: the page's CSP allows no inline script.
  if (!(await driver.executeScript('return !!window.axe'))) {
    await driver.executeScript(`${AXE}\n;return !!window.axe;`);
  }
  // The driver's callback is the script's last argument, and here its only one.
  const r = await driver.executeAsyncScript((done) => {
    window.axe.run(document).then(
      (r) =>
        done(
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          })),
        ),
      (e) => done({ error: String(e) }),
    );
  });
  return r;
}

/** The text of the first element matching `css` (undefined if there is none). */
export const text = (driver, css) => driver.executeScript((css) => document.querySelector(css)?.textContent, css);
