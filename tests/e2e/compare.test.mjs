// @ts-check
// Pin and compare in headless Chromium: the pinned scenario's lines on the charts it moves
// (named in their tables and descriptions), the answers side by side, the pin in the permalink
// (a reload and an embed show it), and Back undoing the pin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserFixture, openReport, setSlider, urlKey, chartsMovedBy } from '../../tools/lib.mjs';

const f = browserFixture();

const g = urlKey('CapexGrowth');
/** The header of chart `id`'s table. */
const head = (page, id) => page.$$eval(`#fig-${id} details.as-table thead th`, (ths) => ths.map((t) => t.textContent));
/** The comparison's rows: answer, pinned, yours, change. */
const compared = (page) =>
  page.$$eval('#compare tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));

test('a pinned scenario is drawn beside the reader’s, compared, and kept by the permalink', async () => {
  const page = await openReport(f.browser, f.server.url);
  await page.click('#pin');
  await page.waitForFunction(() => location.search === '?pin=article');
  await setSlider(page, g, 55);
  await page.waitForFunction((g) => location.search === `?${g}=55&pin=article`, g);
  const moved = chartsMovedBy('CapexGrowth');
  for (const id of ['capex-projection', 'cloud-revenue']) {
    const pinned = (await head(page, id)).filter((h) => h?.endsWith(', pinned'));
    assert.equal(pinned.length > 0, moved.includes(id), `${id}: ${pinned}`);
    if (pinned.length) {
      const label = await page.getAttribute(`#${id}`, 'aria-label');
      assert.ok(label?.includes(pinned[0]), `${id}: its description names ${pinned[0]}`);
    }
  }
  const rows = await compared(page);
  const capex = rows.find((r) => r[0].startsWith("The five's CapEx"));
  assert.ok(capex?.[3].startsWith('+$'), JSON.stringify(capex));
  assert.equal(rows.find((r) => r[0].startsWith('The cloud market'))?.[3], 'same');
  assert.match((await page.textContent('#compare-levers')) ?? '', /CapEx growth after 2026: 39 % pinned, 55 % yours/);

  // The permalink opens the same comparison; an embed of a chart draws the pinned line too.
  const again = await openReport(f.browser, `${f.server.url}?${g}=55&pin=article`);
  assert.deepEqual(await compared(again), rows);
  await again.context().close();
  const embed = await openReport(f.browser, `${f.server.url}?embed=capex-projection&${g}=55&pin=article`);
  const label = await embed.getAttribute('#capex-projection', 'aria-label');
  assert.match(label ?? '', /pinned \(dotted line\)/);
  await embed.context().close();

  // Back: before the change, then before the pin.
  await page.goBack();
  await page.waitForFunction(() => location.search === '?pin=article');
  await page.goBack();
  await page.waitForFunction(() => location.search === '' && !document.querySelector('#compare table'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
