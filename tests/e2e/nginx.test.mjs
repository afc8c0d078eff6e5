// @ts-check
// The deploy recipe, for real: dist/ deployed with scripts/deploy.sh and served by Debian's nginx
// with deploy/nginx.conf (tools/deploy-nginx.mjs: a temp prefix, a free port on 127.0.0.1).
// Every file gets the full CSP (tools/csp.mjs) as a header, immutable caching when it is one
// of the build's hashed files and no-cache otherwise, gzip when asked (the pre-compressed copy,
// byte-identical once decoded) and the plain file when not, application/wasm for the wasm, and
// embed.js stays readable from other origins. deploy/_headers (Netlify, Cloudflare Pages) gives
// every file the same headers. The page loads with all its charts and no CSP violation, and an
// embed works from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { DIST, launch, waitForCharts, chartIds, canvasPixels, serveHtml, manifest } from '../../tools/lib.mjs';
import { CSP } from '../../tools/csp.mjs';
import { startNginx } from '../../tools/deploy-nginx.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IMMUTABLE = 'public, max-age=31536000, immutable';
// The headers the recipe manages (what _headers must agree on).
const MANAGED = [
  'content-security-policy',
  'cache-control',
  'x-content-type-options',
  'referrer-policy',
  'cross-origin-resource-policy',
  'access-control-allow-origin',
];

let nginx, browser;
before(async () => {
  nginx = await startNginx({ dist: DIST });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
});

/** GET `p` from nginx with raw node:http (no transparent decoding): status, headers, body bytes. */
function get(p, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(p, nginx.url), { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

// Every file of dist/, the prerendered charts (charts/*.svg) included.
const files = /** @type {string[]} */ (fs.readdirSync(DIST, { recursive: true })).filter((f) =>
  fs.statSync(path.join(DIST, f)).isFile(),
);
const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
// The build's content-hashed files are exactly what index.html references; nothing else is.
// (The wasm is named by the loader, boot-….js, not by index.html.)
const boot = fs.readFileSync(
  path.join(
    DIST,
    files.find((f) => f.startsWith('boot-')),
  ),
  'utf8',
);
const hashed = new Set(files.filter((f) => html.includes(`./${f}"`) || boot.includes(`./${f}'`)));
const paths = ['/', ...files.map((f) => `/${f}`)];

test('every file: the full CSP, caching by kind, gzip when asked, the right type', async () => {
  assert.ok(hashed.size >= 5, [...hashed].join());
  for (const p of paths) {
    const file = p === '/' ? 'index.html' : p.slice(1);
    const bytes = fs.readFileSync(path.join(DIST, file));
    const gz = await get(p, { 'accept-encoding': 'gzip' });
    const plain = await get(p);
    assert.equal(gz.status, 200, p);
    for (const r of [gz, plain]) {
      assert.equal(r.headers['content-security-policy'], CSP, p);
      assert.equal(r.headers['cache-control'], hashed.has(file) ? IMMUTABLE : 'no-cache', p);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', p);
    }
    if (file.endsWith('.png')) {
      // Compressed already: sent as it is.
      assert.equal(gz.headers['content-encoding'], undefined, p);
      assert.equal(gz.headers['content-type'], 'image/png', p);
    } else {
      assert.equal(gz.headers['content-encoding'], 'gzip', p);
      assert.equal(gz.headers.vary, 'Accept-Encoding', p);
      assert.ok(gz.body.length < bytes.length, `${p}: ${gz.body.length} gzip bytes for ${bytes.length}`);
      assert.ok(zlib.gunzipSync(gz.body).equals(bytes), `${p}: gzip body decodes to the file`);
      // The deploy's zopfli copy, not nginx's own compression nor gzip -9: smaller than either
      // (checked where there is something to win: the wasm, the page, the downloads).
      const level9 = zlib.gzipSync(bytes, { level: 9 }).length;
      if (bytes.length > 8000)
        assert.ok(gz.body.length < level9, `${p}: ${gz.body.length} bytes sent, gzip -9 makes ${level9}`);
    }
    assert.equal(plain.headers['content-encoding'], undefined, p);
    assert.ok(plain.body.equals(bytes), `${p}: plain body is the file`);
    const cross = file === 'embed.js';
    assert.equal(gz.headers['cross-origin-resource-policy'], cross ? 'cross-origin' : 'same-origin', p);
    assert.equal(gz.headers['access-control-allow-origin'], cross ? '*' : undefined, p);
  }
  const type = async (p) => (await get(p)).headers['content-type'];
  const wasm = files.find((f) => f.endsWith('.wasm'));
  assert.equal(await type(`/${wasm}`), 'application/wasm');
  assert.equal(await type('/'), 'text/html; charset=utf-8');
  assert.equal(await type('/embed.js'), 'application/javascript; charset=utf-8');
  assert.equal(await type('/manifest.json'), 'application/json; charset=utf-8');
  assert.match(await type(`/${files.find((f) => f.endsWith('.csv'))}`), /^text\/csv/);
  // index.html, manifest.json, the downloads and embed.js are revalidated, never cached blind.
  const { downloads } = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  for (const f of ['index.html', 'manifest.json', 'embed.js', downloads.csv, downloads.json]) {
    assert.equal((await get(`/${f}`)).headers['cache-control'], 'no-cache', f);
  }
  const missing = await get('/no-such-file.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], CSP);
});

/** deploy/_headers as rules: [{ pattern, headers: { lower-case name: value } }]. */
function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const m = line.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    assert.ok(m && rules.length, `_headers: cannot read "${line}"`);
    rules.at(-1).headers[m[1].toLowerCase()] = m[2];
  }
  return rules;
}

/** A _headers path pattern (`*` is a splat matching anything) as a RegExp. */
const patternRegExp = (p) =>
  new RegExp(
    `^${p
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .join('.*')}$`,
  );

test('deploy/_headers sends what nginx sends, for every file', async () => {
  const rules = parseHeadersFile(fs.readFileSync(path.join(root, 'deploy/_headers'), 'utf8'));
  assert.ok(rules.length > 1);
  for (const p of paths) {
    const expected = {};
    for (const rule of rules.filter((r) => patternRegExp(r.pattern).test(p))) {
      for (const [name, value] of Object.entries(rule.headers)) {
        // Hosts join the values of a header set by two matching rules: the file must not do that.
        assert.equal(expected[name], undefined, `${p}: ${name} set by two rules of _headers`);
        expected[name] = value;
      }
    }
    const got = (await get(p)).headers;
    const fromNginx = Object.fromEntries(MANAGED.filter((h) => got[h] !== undefined).map((h) => [h, got[h]]));
    assert.deepEqual(expected, fromNginx, p);
  }
});

test('through nginx the page draws all its charts, compressed, with no CSP violation', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors = [];
  const encodings = {};
  const seen = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) =>
    seen.push(
      r.allHeaders().then((h) => {
        encodings[new URL(r.url()).pathname] = h['content-encoding'];
      }),
    ),
  );
  await page.goto(nginx.url);
  await waitForCharts(page);
  const ids = await chartIds(page);
  assert.equal(ids.length, manifest.charts.length);
  for (const id of ids) assert.ok((await canvasPixels(page, id)).inked > 0.01, id);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.waitForLoadState('load');
  await Promise.all(seen);
  const wasm = files.find((f) => f.endsWith('.wasm'));
  assert.equal(encodings[`/${wasm}`], 'gzip', JSON.stringify(encodings));
  assert.equal(encodings['/'], 'gzip');
  await context.close();
});

test('an embed from nginx works on another origin, embed.js loaded cross-origin with CORS', async () => {
  // crossorigin="anonymous": the script loads only if nginx allows other origins to read it.
  const host = await serveHtml(`<!doctype html><html><body>
    <iframe id="f" src="${nginx.url}?embed=cloud-market" title="Cloud market" data-ai-infra-report
      width="100%" height="100"></iframe>
    <script src="${nginx.url}embed.js" crossorigin="anonymous"></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    assert.notEqual(new URL(host.url).origin, new URL(nginx.url).origin);
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const embedJs = page.waitForResponse((r) => r.url() === `${nginx.url}embed.js`);
    await page.goto(host.url);
    assert.equal((await embedJs).status(), 200);
    const frame = await (await page.$('#f')).contentFrame();
    await waitForCharts(frame);
    assert.deepEqual(await frame.$$eval('canvas', (c) => c.map((x) => x.id)), ['cloud-market']);
    // embed.js ran: it sets the iframe's height to the embed's content (from 100 px).
    await page.waitForFunction(() => document.getElementById('f').style.height !== '');
    assert.ok(await page.$eval('#f', (f) => f.getBoundingClientRect().height > 300));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await host.close();
  }
});
