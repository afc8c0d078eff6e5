// @ts-check
// The whole report in headless Chromium: every section draws; each slider redraws exactly the
// charts that depend on it and changes only the prose numbers that depend on it; presets and
// reset restore exact values and the same pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  reportFixture,
  allDraws,
  canvasPixels,
  chartIds,
  liveNumbers,
  redrawn,
  setSlider,
  urlKey,
  chartsMovedBy,
  presetTexts,
  openReport,
  sliderSpec,
  manifest,
  sliderId,
} from '../../tools/lib.mjs';

// Every prose number downstream of the CapEx projection.
const CAPEX_DOWNSTREAM = [
  'capex-peak',
  'capex-peak-year',
  'capex-2030',
  'capex-cumulative',
  'capex-band',
  'capex-band-year',
  'inference-passes',
  'inference-2030',
  'training-2030',
  'edge-2030',
  'bet-holds',
  'ratio-peak',
  'ratio-peak-year',
  'ratio-2030',
  'outgrows',
  'exceeds',
  'capex-2035',
  'ratio-2035',
];
const CLOUD_DOWNSTREAM = [
  'azure-passes',
  'share-aws-2030',
  'share-azure-2030',
  'share-gcp-2030',
  'q4-2030',
  'ratio-peak',
  'ratio-peak-year',
  'ratio-2030',
  'outgrows',
  'exceeds',
  'q4-2035',
  'ratio-2035',
];

// Each slider on the page, by its assumption's Rust name (and the suffix of a second slider for
// the same assumption): the value to move to, prose numbers that must change, and those that
// may (depending on the value). The charts that must redraw, exactly, are the ones the build's
// manifest lists as depending on the assumption.
/** @type {[string, string, { to: number, must: string[], may: string[], charts?: string[] }][]} */
const SLIDERS = [
  [
    'CapexGrowth',
    '',
    { to: 60, must: ['capex-2030', 'capex-cumulative', 'inference-2030', 'ratio-peak'], may: CAPEX_DOWNSTREAM },
  ],
  ['CapexSlowdown', '', { to: 15, must: ['capex-2030', 'capex-cumulative'], may: CAPEX_DOWNSTREAM }],
  ['PlateauYear', '', { to: 2031, must: ['capex-2030', 'capex-cumulative'], may: CAPEX_DOWNSTREAM }],
  ['PlateauYear', '-s', { to: 2027, must: ['capex-2030', 'capex-cumulative', 'ratio-2030'], may: CAPEX_DOWNSTREAM }],
  ['PostPlateau', '', { to: -15, must: ['capex-2030', 'capex-cumulative'], may: CAPEX_DOWNSTREAM }],
  ['HuangReading', '', { to: 1, must: ['capex-band', 'capex-band-year'], may: ['capex-annual-2030'] }],
  [
    'Flowback',
    '',
    {
      to: 80,
      must: ['flowback-share', 'flowback-total', 'flowback-amazon', 'flowback-nvidia', 'flowback-amazon-pct'],
      may: [],
    },
  ],
  [
    'AzureFlowback',
    '',
    { to: 20, must: ['flowback-amazon', 'flowback-nvidia', 'flowback-amazon-pct'], may: ['flowback-azure'] },
  ],
  ['AwsGrowth', '', { to: 40, must: ['azure-passes', 'share-aws-2030', 'q4-2030'], may: CLOUD_DOWNSTREAM }],
  ['AzureGrowth', '', { to: 10, must: ['azure-passes', 'share-azure-2030', 'q4-2030'], may: CLOUD_DOWNSTREAM }],
  [
    'GcpGrowth',
    '',
    { to: 50, must: ['share-gcp-2030', 'q4-2030'], may: CLOUD_DOWNSTREAM.filter((n) => n !== 'azure-passes') },
  ],
  [
    'OthersGrowth',
    '',
    { to: 20, must: ['q4-2030', 'share-aws-2030'], may: CLOUD_DOWNSTREAM.filter((n) => n !== 'azure-passes') },
  ],
  ['CloudSlowdown', '', { to: 3, must: ['q4-2030', 'azure-passes'], may: CLOUD_DOWNSTREAM }],
  ['MarketCagr', '', { to: 35, must: ['market-cagr', 'market-2030', 'market-gap'], may: ['market-1t', 'market-2t'] }],
  // The 2030 split is set by the 2030 ratio alone, so today's share moves only the path to it.
  ['InferenceShare', '', { to: 70, must: ['inference-passes'], may: ['bet-holds'] }],
  ['InferenceRatio', '', { to: 2, must: ['inference-2030', 'training-2030'], may: ['inference-passes', 'bet-holds'] }],
  ['EdgeShare', '', { to: 20, must: ['edge-2030', 'inference-2030', 'training-2030'], may: [] }],
];

// A preset as the sliders show it, the second plateau slider included.
const shownPreset = (id) => {
  const texts = presetTexts(id);
  return { ...texts, [`${urlKey('PlateauYear')}-s`]: texts[urlKey('PlateauYear')] };
};

let page;
reportFixture((p) => {
  page = p;
});

const sliderValues = () =>
  page.$$eval(
    '.slider output',
    (os, prefix) =>
      Object.fromEntries(os.map((o) => [o.id.slice(prefix.length).replace(/-value$/, ''), o.textContent])),
    manifest.sliderIdPrefix,
  );
const allPixels = async () => {
  const ids = await chartIds(page);
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await canvasPixels(page, id)).hash])));
};

/** Waits until the render that follows an action has drawn `id` again (`before`: allDraws). */
const drawnAgain = (id, before) => redrawn(page, id, before[id]);

test("every section is on the page, in the article's order, with its charts drawn", async () => {
  const sections = await page.$$eval('main section', (ss) => ss.map((s) => s.id));
  assert.deepEqual(sections, [
    'week',
    'funding',
    'capex',
    'cloud',
    'market',
    'compute',
    'sustainability',
    'must',
    'scorecard',
    'cards',
    'method',
  ]);
  assert.equal(await page.$$eval('.timeline li', (l) => l.length), 5);
  const charts = await chartIds(page);
  assert.equal(charts.length, manifest.charts.length);
  for (const id of charts) assert.ok((await canvasPixels(page, id)).inked > 0.01, id);
  assert.ok((await page.$$eval('.card', (c) => c.length)) >= 10);
  assert.equal(await page.$$eval('.assumptions tbody tr', (r) => r.length), manifest.sliders.length);
});

test('each slider redraws only its charts and changes only the numbers that depend on it', async () => {
  assert.equal(
    SLIDERS.length,
    await page.$$eval('.slider input[type=range]', (is) => is.length),
    'every slider is tried',
  );
  for (const [key, suffix, spec] of SLIDERS) {
    const id = urlKey(key) + suffix;
    // In the change's frame: the tornado, drawn from the worker once a change settles, waits.
    spec.charts = chartsMovedBy(key).filter((c) => !manifest.charts.find((m) => m.id === c)?.onSettle);
    assert.ok(spec.charts.length > 0, key);
    const draws0 = await allDraws(page);
    const live0 = await liveNumbers(page);
    const shown0 = await page.textContent(`#${sliderId(id)}-value`);
    await setSlider(page, id, spec.to);
    await drawnAgain(spec.charts[0], draws0);
    const draws1 = await allDraws(page);
    const redrew = Object.keys(draws1)
      .filter((c) => draws1[c] !== draws0[c])
      .sort();
    assert.deepEqual(redrew, [...spec.charts].sort(), `slider ${id}: redrawn charts`);
    assert.ok(
      Object.values(draws1).every((n, i) => n - Object.values(draws0)[i] <= 1),
      `slider ${id}: a chart drew twice`,
    );
    const live1 = await liveNumbers(page);
    const changed = Object.keys(live1).filter((k) => live1[k] !== live0[k]);
    for (const name of spec.must)
      assert.ok(changed.includes(name), `slider ${id}: ${name} did not change (${live0[name]})`);
    const allowed = new Set([...spec.must, ...spec.may]);
    for (const name of changed)
      assert.ok(
        allowed.has(name),
        `slider ${id}: ${name} changed (${live0[name]} → ${live1[name]}) but does not depend on it`,
      );
    assert.notEqual(await page.textContent(`#${sliderId(id)}-value`), shown0, `slider ${id}: value label`);
    // Back to the article's value with the slider's own reset button.
    await page.click(`.slider:has(#${sliderId(id)}) .reset`);
    await drawnAgain(spec.charts[0], draws1);
    assert.deepEqual(await liveNumbers(page), live0, `slider ${id}: its reset restores every number`);
  }
});

test('presets set exact values and reset-all restores the article view, pixels included', async () => {
  const live0 = await liveNumbers(page);
  const pixels0 = await allPixels();
  assert.deepEqual(await sliderValues(), shownPreset('article'));
  assert.equal(await page.getAttribute('#preset-article', 'aria-pressed'), 'true');
  let draws = await allDraws(page);
  await page.click('#preset-bear');
  await drawnAgain('capex-projection', draws);
  assert.deepEqual(await sliderValues(), shownPreset('bear'));
  assert.equal(await page.getAttribute('#preset-bear', 'aria-pressed'), 'true');
  assert.match(await page.textContent('[data-live=capex-band]'), /does not reach/);
  draws = await allDraws(page);
  await page.click('#preset-bull');
  await drawnAgain('capex-projection', draws);
  assert.equal(
    await page.textContent(`#${sliderId(urlKey('PlateauYear'))}-value`),
    presetTexts('bull')[urlKey('PlateauYear')],
  );
  assert.match(presetTexts('bull')[urlKey('PlateauYear')], /^none by \d{4}$/);
  draws = await allDraws(page);
  await page.click('#reset-all');
  await drawnAgain('capex-projection', draws);
  assert.deepEqual(await sliderValues(), shownPreset('article'));
  assert.deepEqual(await liveNumbers(page), live0);
  assert.deepEqual(await allPixels(), pixels0);
  assert.equal(await page.isDisabled('#reset-all'), true);
  assert.deepEqual(page.errors, []);
});

test('a typed value is read like the address: clamped, snapped and explained with the same notice', async () => {
  const aws = urlKey('AwsGrowth');
  const field = `#${sliderId(aws)}-exact`;
  await page.fill(field, '1e9');
  await page.press(field, 'Enter');
  await page.waitForFunction(
    ([id, text]) => document.getElementById(id).textContent === text,
    [`${sliderId(aws)}-value`, `${sliderSpec('AwsGrowth').max} %`],
  );
  const typed = await page.textContent(`.slider:has(${field}) .slider-notice`);
  const viaAddress = await openReport(page.context().browser(), `${page.url().split('?')[0]}?${aws}=1e9`);
  assert.equal(await viaAddress.textContent('#url-notices li'), typed);
  await viaAddress.context().close();
  await page.fill(field, 'abc');
  await page.press(field, 'Enter');
  await page.waitForFunction(
    (f) => /not a number/.test(document.querySelector(`.slider:has(${f}) .slider-notice`).textContent),
    field,
  );
  assert.equal(await page.inputValue(field), String(sliderSpec('AwsGrowth').max), 'kept the value it had');
  await page.click('#reset-all');
  await page.waitForFunction(
    ([id, text]) => document.getElementById(id).textContent === text,
    [`${sliderId(aws)}-value`, sliderSpec('AwsGrowth').defaultText],
  );
  assert.equal(await page.$$eval('.slider-notice', (n) => n.length), 0, 'a notice goes once its value does');
});

test('print: controls hidden, every chart printed with its numbers', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    const shown = await page.evaluate(() => ({
      sliders: [...document.querySelectorAll('.sliders, .presets, .figure-actions')].filter(
        (e) => getComputedStyle(e).display !== 'none',
      ).length,
      numbers: [...document.querySelectorAll('.print-numbers')].filter(
        (e) => getComputedStyle(e).display !== 'none' && /\$|%/.test(e.textContent),
      ).length,
    }));
    assert.deepEqual(shown, { sliders: 0, numbers: manifest.charts.length });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('each chart\'s actions take one row at every width from 320 px: \
Listen, Table and "⋯ More", which opens the rest', async () => {
  const viewport = page.viewportSize();
  for (const width of [320, 390, 768, 1440, 2560]) {
    await page.setViewportSize({ width, height: 900 });
    for (const chart of manifest.charts) {
      const tops = await page.$$eval(
        `#fig-${chart.id} .figure-actions > .button, #fig-${chart.id} .figure-actions > details > summary`,
        (els) => els.map((e) => [e.textContent.trim(), Math.round(e.getBoundingClientRect().top)]),
      );
      assert.deepEqual(
        tops.map(([t]) => t),
        ['Listen', 'Table', '⋯ More'],
        chart.id,
      );
      assert.equal(new Set(tops.map(([, top]) => top)).size, 1, `${width} px, ${chart.id}: ${JSON.stringify(tops)}`);
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = manifest.charts[0].id;
  // "More", opened from the keyboard, shows the rest on a row of its own below; Escape, from
  // inside it, closes it and gives focus back to its summary.
  await page.focus(`#fig-${id} details.more > summary`);
  await page.keyboard.press('Enter');
  const more = await page.$$eval(
    `#fig-${id} .more-items > .button, #fig-${id} .more-items > details > summary`,
    (els) => els.map((e) => [e.textContent.trim(), Math.round(e.getBoundingClientRect().top)]),
  );
  assert.deepEqual(
    more.map(([t]) => t),
    ['PNG', 'CSV', 'CSV (table only)', 'Outline', 'Embed'],
  );
  const listen = await page.$eval(`#fig-${id} .listen`, (e) => e.getBoundingClientRect().bottom);
  assert.ok(
    more.every(([, top]) => top >= listen),
    'below the row',
  );
  await page.focus(`#fig-${id} .more-items .png`);
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval(`#fig-${id} details.more`, (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.closest('details.more > summary') !== null), true);
  // An opened table takes a row of its own below the actions, which keep theirs.
  await page.click(`#fig-${id} details.as-table > summary`);
  const [button, table] = await page.$$eval(`#fig-${id} .listen, #fig-${id} details.as-table table`, (els) =>
    els.map((e) => e.getBoundingClientRect()),
  );
  assert.ok(table.top > button.bottom, 'the table opens below the row');
  await page.click(`#fig-${id} details.as-table > summary`);
  await page.setViewportSize(viewport);
});
