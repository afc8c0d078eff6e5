// @ts-check
// The release build, served on 127.0.0.1, in headless Chromium: it loads cleanly, every
// canvas draws, and the CapEx growth slider redraws the projection live.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import {
  DIST,
  reportFixture,
  canvasPixels,
  chartIds,
  draws,
  redrawn,
  setSlider,
  urlKey,
  sliderSpec,
  sliderId,
} from '../../tools/lib.mjs';

let page;
reportFixture((p) => {
  page = p;
});

test('page loads with zero console errors and zero failed requests', async () => {
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.failed, []);
  assert.match(await page.title(), /AI infrastructure race/);
  assert.match(await page.textContent('h1'), /trillion-dollar AI infrastructure race/);
  assert.match(await page.textContent('.kicker'), /Mar 2, 2026/);
});

test('every canvas has drawn something', async () => {
  const ids = await chartIds(page);
  assert.ok(ids.includes('capex-bars') && ids.includes('capex-projection'), ids.join());
  for (const id of ids) {
    const px = await canvasPixels(page, id);
    assert.ok(px.inked > 0.01, `${id}: only ${(px.inked * 100).toFixed(2)} % of pixels inked`);
  }
});

test('moving the CapEx growth slider redraws the projection and its value', async () => {
  const before = await canvasPixels(page, 'capex-projection');
  const n = await draws(page, 'capex-projection');
  const g = urlKey('CapexGrowth');
  assert.equal(await page.textContent(`#${sliderId(g)}-value`), sliderSpec('CapexGrowth').defaultText);
  await setSlider(page, g, 60);
  await redrawn(page, 'capex-projection', n);
  assert.equal(await page.textContent(`#${sliderId(g)}-value`), '60 %');
  const after = await canvasPixels(page, 'capex-projection');
  assert.notEqual(after.hash, before.hash, 'projection pixels unchanged');
  assert.deepEqual(page.errors, []);
});

test(
  'the release build is post-processed: short import and export names, ' +
    "no tools' sections, minified glue, matching integrity",
  async () => {
    const files = fs.readdirSync(DIST);
    const glueFile = files.find((f) => /^ai-infra-report-[0-9a-f]+\.js$/.test(f));
    const wasm = fs.readFileSync(path.join(DIST, glueFile.replace(/\.js$/, '_bg.wasm')));
    const glue = fs.readFileSync(path.join(DIST, glueFile), 'utf8');
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
    assert.ok(imports.length > 100, `${imports.length} imports`);
    for (const { module, name } of imports) {
      assert.equal(module, 'w');
      assert.match(name, /^[a-z]{1,2}$/);
      assert.match(glue, new RegExp(`[{,]${name}:`), `import ${name} has no function in the glue`);
    }
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/);
    // The calls into the wasm too (`Z` + a short name), and no tools' custom sections.
    const module = new WebAssembly.Module(wasm);
    const exported = WebAssembly.Module.exports(module).map((e) => e.name);
    assert.ok(exported.filter((n) => /^Z[a-z]{1,2}$/.test(n)).length >= 10, exported.join());
    const used = (n) => new RegExp(`\\.${n.replace(/\$/g, '\\$')}\\b`).test(glue);
    assert.deepEqual(
      exported.filter((n) => /^(__|wasm_bindgen)/.test(n) && used(n)),
      [],
      'a long name the glue calls',
    );
    for (const n of exported.filter((x) => x.startsWith('Z'))) assert.match(glue, new RegExp(`\\.${n}\\b`), n);
    assert.doesNotMatch(glue, /wasm_bindgen__convert__closures|__wbindgen_malloc/);
    for (const section of ['producers', 'target_features']) {
      assert.equal(WebAssembly.Module.customSections(module, section).length, 0, section);
    }
    assert.ok(glue.split('\n').length < 20, 'the glue is minified');
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const hashed = files.filter(
      (x) => html.includes(`./${x}"`) && /\.(js|wasm|css|svg)$/.test(x) && !x.startsWith('boot-'),
    );
    // The glue, the stylesheet and the favicon; the wasm is not preloaded (the prerendered page
    // must not wait for it), the loader asks for it.
    assert.equal(hashed.length, 3, hashed.join());
    assert.ok(!html.includes('_bg.wasm'), 'a preload of the wasm');
    const boot = fs.readFileSync(
      path.join(
        DIST,
        files.find((x) => x.startsWith('boot-')),
      ),
      'utf8',
    );
    assert.ok(boot.includes(`./${glueFile.replace(/\.js$/, '_bg.wasm')}'`), 'the loader names the wasm');
    // Browsers check integrity on scripts and stylesheets, not on icons: the icon goes without.
    const icon = hashed.find((x) => x.endsWith('.svg'));
    assert.doesNotMatch(
      html.match(new RegExp(`<link rel="icon"[^>]*${icon.replace('.', '\\.')}[^>]*>`))[0],
      /integrity/,
    );
    for (const f of hashed.filter((x) => x !== icon)) {
      const sri = html.match(new RegExp(`${f.replace('.', '\\.')}"[^>]*integrity="([^"]+)"`))?.[1];
      const hash = `sha384-${crypto
        .createHash('sha384')
        .update(fs.readFileSync(path.join(DIST, f)))
        .digest('base64')}`;
      assert.equal(sri, hash, `${f}: integrity`);
    }
  },
);
