// @ts-check
// Share: permalinks, a drag that writes the address once, Cite this, bad links, PNG/CSV/dataset
// downloads, the one-file build from file://, and the copy buttons. (Embeds: embed.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  serve,
  launch,
  openReport,
  bandsSettled,
  canvasPixels,
  chartIds,
  liveNumbers,
  setSlider,
  DIST,
  urlKey,
  sliderSpec,
  manifest,
  joinRegExp,
  sliderId,
} from '../../tools/lib.mjs';

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// The URL keys of the sliders these tests move, from the build's manifest.
const [g, py, cagr, aws, inf] = ['CapexGrowth', 'PlateauYear', 'MarketCagr', 'AwsGrowth', 'InferenceShare'].map(urlKey);

const sliderValues = (page) =>
  page.$$eval('.slider output', (os) => Object.fromEntries(os.map((o) => [o.id, o.textContent])));
const pixels = async (page) => {
  const ids = await chartIds(page);
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await canvasPixels(page, id)).hash])));
};

test('permalink round trip: same values, same numbers, same pixels', async () => {
  const page = await openReport(browser, server.url);
  await setSlider(page, g, 60);
  await setSlider(page, py, 2031);
  await setSlider(page, cagr, 31.5);
  await page.waitForFunction((q) => location.search === q, `?${g}=60&${py}=2031&${cagr}=31.5`);
  await page.waitForFunction((id) => document.getElementById(id).textContent === '31.5 %', `${sliderId(cagr)}-value`);
  await page.waitForFunction(bandsSettled, manifest.uncertainty.paths);
  const url = page.url();
  const [values, live, px] = [await sliderValues(page), await liveNumbers(page), await pixels(page)];
  const again = await openReport(browser, url);
  assert.deepEqual(await sliderValues(again), values);
  assert.deepEqual(await liveNumbers(again), live);
  assert.deepEqual(await pixels(again), px);
  assert.equal(await again.$('#url-notices'), null);
  assert.deepEqual([...page.errors, ...again.errors], []);
  await page.context().close();
  await again.context().close();
});

test('a drag writes the address once, when it settles, not at every step', async () => {
  const page = await openReport(browser, server.url);
  const writes = await page.evaluate(async (key) => {
    const writes = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      writes.push(String(args[2]));
      return replace(...args);
    };
    // 40 steps, one per task, as a drag delivers them.
    const el = /** @type {HTMLInputElement} */ (document.getElementById(key));
    for (let i = 1; i <= 40; i++) {
      el.value = String(+el.min + i * +el.step);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((res) => setTimeout(res, 0));
    }
    return writes;
  }, sliderId(g));
  assert.deepEqual(writes, [], 'the address was written during the drag');
  await page.waitForFunction((key) => new RegExp(`[?&]${key}=`).test(location.search), g);
  const last = await page.$eval(`#${sliderId(g)}`, (/** @type {HTMLInputElement} */ el) => el.value);
  assert.equal(new URL(page.url()).searchParams.get(g), last);
  assert.deepEqual(page.errors, []);
});

test('Cite this: APA and BibTeX name the permalink of the scenario on the page, and follow it', async () => {
  const page = await openReport(browser, server.url);
  await page.click('#cite > summary');
  const addresses = () => page.$$eval('.cite-address', (els) => els.map((e) => e.textContent));
  // Filled in once the app has settled: the page's own address, in APA and in BibTeX.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.cite-address')].every((e) => e.textContent === location.href),
  );
  assert.equal((await addresses()).length, 2);
  assert.match(
    await page.$eval('#cite pre', (e) => e.textContent),
    joinRegExp(
      /^@misc\{ai_infra_race_2026,\n {2}title {2}= \{\{The trillion-dollar AI infrastructure race: /,
      /an explorable report\}\},[\s\S]*url {4}= \{http[^}]*\}\n\}$/,
    ),
  );
  await setSlider(page, cagr, 30);
  await page.waitForFunction(
    (key) => [...document.querySelectorAll('.cite-address')].every((e) => e.textContent.includes(`${key}=30`)),
    cagr,
  );
  assert.deepEqual(await addresses(), [page.url(), page.url()]);
  // Opened on a phone, the citation wraps instead of widening the page, even the long address
  // of a scenario that moves every assumption.
  await page.click('#preset-bear');
  await page.waitForFunction(() => document.querySelector('.cite-address').textContent.split('&').length > 5);
  await page.setViewportSize({ width: 360, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a broken link is clamped, explained in a notice, and never rendered as HTML', async () => {
  const payload = encodeURIComponent('<img src=x onerror="window.pwned=1">');
  const page = await openReport(browser, `${server.url}?${g}=abc&${aws}=1e9&${inf}=NaN&${payload}=1&embed=${payload}`);
  assert.equal(await page.textContent(`#${sliderId(aws)}-value`), `${sliderSpec('AwsGrowth').max} %`);
  assert.equal(await page.textContent(`#${sliderId(g)}-value`), sliderSpec('CapexGrowth').defaultText);
  const notice = await page.textContent('#url-notices');
  assert.match(notice, /not a number/);
  assert.match(notice, /out of range/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.$$eval('img', (i) => i.length), 0);
  assert.equal((await chartIds(page)).length, manifest.charts.length);
  await page.context().close();
});

test('a link with hundreds of bad settings gives a short notice that counts the rest', async () => {
  const junk = Array.from({ length: 300 }, (_, i) => `junk${i}=1`).join('&');
  const page = await openReport(browser, `${server.url}?${g}=60&${junk}`);
  assert.equal(await page.textContent(`#${sliderId(g)}-value`), '60 %');
  const items = await page.$$eval('#url-notices li', (li) => li.map((x) => x.textContent));
  assert.equal(items.length, 9, items.join('\n'));
  assert.match(items[0], /unknown setting “junk0”/);
  assert.equal(items[8], '…and 292 more settings that could not be used.');
  await page.context().close();
});

test('downloads: a 2× PNG, a CSV with its assumptions, and the dataset as CSV and JSON', async () => {
  const page = await openReport(browser, `${server.url}?${g}=50`, { width: 1000 });
  const read = async (selector) => {
    // PNG and CSV sit behind the figure's "⋯ More".
    await page.$eval(selector, (b) => {
      const more = b.closest('details.more');
      if (more) more.open = true;
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    const file = await download.path();
    return { name: download.suggestedFilename(), body: fs.readFileSync(file) };
  };
  const png = await read('#fig-capex-projection .png');
  assert.equal(png.name, 'capex-projection.png');
  assert.equal(png.body.subarray(1, 4).toString(), 'PNG');
  const shown = await page.$eval('#capex-projection', (c) => [c.clientWidth, c.clientHeight]);
  assert.deepEqual([png.body.readUInt32BE(16), png.body.readUInt32BE(20)], [shown[0] * 2, shown[1] * 2]);
  const csv = await read('#fig-capex-projection .csv');
  assert.equal(csv.name, 'capex-projection.csv');
  const text = csv.body.toString();
  // The chart's headline (it follows the model: "CapEx of the five peaks at … in …").
  const headline = await page.$eval('#fig-capex-projection table caption', (c) => c.firstChild.textContent);
  assert.match(headline, /^CapEx of the five /);
  assert.ok(text.startsWith(`# ${headline}\n# Source: `), text.slice(0, 120));
  assert.match(text, /CapEx growth after 2026 = 50 % \(article, read our way\);/);
  // The central line, then the bands' p10, p50 and p90 (a year of data has one value in every
  // run), then what was reported: its low and high (a year before the projection has those alone).
  assert.match(
    text,
    joinRegExp(
      /\nyear,Five companies' CapEx \(USD bn\),Five companies' CapEx p10 \(USD bn\),/,
      /Five companies' CapEx p50 \(USD bn\),Five companies' CapEx p90 \(USD bn\),/,
      /Reported [^,]* low \(USD bn\),Reported [^,]* high \(USD bn\)\n2024,,,,,[\d.]+,[\d.]+\n/,
      /2025,255\.4,255\.4,255\.4,255\.4,[\d.]+,[\d.]+\n2026,355,355,355,355,[\d.]+,[\d.]+\n/,
      /2027,532\.5,[^\n]*,,\n/,
    ),
  );
  const dataset = await read('#download-dataset-csv');
  assert.equal(dataset.name, manifest.downloads.csv);
  const dataCsv = dataset.body.toString();
  assert.match(dataCsv, /^file,table,record,field,value,unit,source,as_of,quote\n/);
  assert.match(
    dataCsv,
    joinRegExp(
      /\ncapex,companies,coreweave,capex_2025,15\.4,USD bn,article,2026-03-02,/,
      /\| CoreWeave \| \$15\.4B \| \$30B\+ \| ~95% \|\n/,
    ),
  );
  const json = JSON.parse((await read('#download-dataset-json')).body.toString());
  assert.equal(json.capex.companies.length, 5);
  assert.equal(json.cloud.q4_2025.revenue, 119);
  // For analysts: a row per record, a README, the chart and the projections as plain tables.
  const wide = await read('#download-dataset-wide');
  assert.equal(wide.name, manifest.downloads.wide);
  const rows = wide.body.toString().trim().split('\n');
  assert.match(rows[0], /^file,table,record,/);
  const header = rows[0].split(',');
  const amazon = rows.find((r) => r.startsWith('capex,companies,amazon,'))?.split(',');
  const cell = (name) => amazon[header.indexOf(name)];
  assert.deepEqual(['capex_2025', 'capex_2026', 'at_least_2026', 'unit'].map(cell), ['75', '100', 'true', 'USD bn']);
  assert.ok(
    rows.some((r) => r.startsWith('funding,rounds.investors,openai-2026-02/amazon,')),
    'investors as records',
  );
  assert.doesNotMatch(wide.body.toString(), /[{}]|\[\[/, 'no TOML in a cell');
  const readme = await read('#download-dataset-readme');
  assert.equal(readme.name, manifest.downloads.readme);
  assert.match(readme.body.toString(), /Columns of the wide CSV/);
  const plain = (await read('#fig-capex-projection .csv-plain')).body.toString();
  assert.match(
    plain,
    /^year,Five companies' CapEx \(USD bn\),[^\n]*high \(USD bn\)\n2024,,,,,[\d.]+,[\d.]+\n2025,255\.4,/,
  );
  const projections = (await read('#download-projections')).body.toString();
  assert.match(projections, /^# Projections of /);
  assert.match(projections, /\n# CapEx growth after 2026 = 50 % \(article, read our way\)\n/);
  const table = (await read('#download-projections-plain')).body.toString().trim().split('\n');
  assert.match(table[0], /^year,CapEx of the five \(USD bn\),/);
  assert.deepEqual(
    table.slice(1).map((r) => r.split(',')[0]),
    Array.from({ length: 11 }, (_, i) => String(2025 + i)),
  );
  await page.context().close();
});

test('the one-file build renders from file://', async () => {
  const file = path.resolve(DIST, '../dist-single/ai-infra-report.html');
  assert.ok(fs.existsSync(file), 'run tools/single-file.mjs first');
  const html = fs.readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /(src|href)="\.\//);
  const page = await openReport(browser, pathToFileURL(file).href);
  assert.deepEqual(page.errors, []);
  // The dataset downloads travel inside the file too.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-dataset-csv')]);
  assert.match(
    fs.readFileSync(await download.path(), 'utf8'),
    /^file,table,record,field,value,unit,source,as_of,quote\n/,
  );
  assert.deepEqual(
    page.requests.filter((u) => !/^(file|data|blob):/.test(u)),
    [],
  );
  for (const id of await chartIds(page)) {
    assert.ok((await canvasPixels(page, id)).inked > 0.01, id);
  }
  await page.context().close();
});

test('"Copy link" copies the permalink; "Copy snippet" copies the embed code', async () => {
  const page = await openReport(browser, `${server.url}?${g}=44&${aws}=30`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.click('#copy-link');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) === location.href);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(`\\?${g}=44&${aws}=30$`));
  // Copied right after a change, before the address has followed it: the new scenario.
  const written = await page.evaluate(async (key) => {
    const el = /** @type {HTMLInputElement} */ (document.getElementById(key));
    el.value = String(+el.min);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    const before = location.search;
    document.getElementById('copy-link').click();
    return { before, value: el.value };
  }, sliderId(g));
  assert.match(written.before, new RegExp(`${g}=44`), 'the address had already followed the change');
  await page.waitForFunction(
    (v) => navigator.clipboard.readText().then((t) => t.endsWith(v)),
    `?${g}=${written.value}&${aws}=30`,
  );
  await page.click('#fig-cloud-share details.more > summary');
  await page.click('#fig-cloud-share .embed-dialog summary');
  await page.click('#fig-cloud-share .embed-dialog .button');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).startsWith('<iframe'));
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  const title = await page.$eval('#fig-cloud-share table caption', (c) => c.firstChild.textContent);
  // The chart's own assumptions only: AWS growth moves the cloud shares, CapEx growth does not.
  assert.ok(snippet.includes(`?embed=cloud-share&${aws}=30" title="${title}"`), snippet.slice(0, 160));
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=cloud-share&/);
  assert.match(
    snippet,
    /data-ai-infra-report><\/iframe>\n<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/,
  );
  await page.context().close();
});
