// @ts-check
// Each chart's canvas as its own PNG, at a width and theme: node tools/chart-shots.mjs out/ 390 dark [query]
// (the release build in dist/; for looking at the charts and for docs/ screenshots).
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, openReport } from './lib.mjs';

const [out = 'tests/e2e/artifacts', width = '1440', scheme = 'light', query = ''] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  const w = Number(width);
  const phone = w < 600 ? { deviceScaleFactor: 3, hasTouch: true, isMobile: true } : {};
  const colorScheme = /** @type {'light' | 'dark'} */ (scheme);
  const page = await openReport(browser, server.url + query, { width: w, height: 900, colorScheme, ...phone });
  for (const id of await page.$$eval('canvas.chart-canvas', (cs) => cs.map((c) => c.id))) {
    const canvas = await page.$(`#${id}`);
    await canvas.scrollIntoViewIfNeeded();
    await canvas.screenshot({ path: path.join(out, `${id}-${w}-${scheme}.png`) });
  }
  console.log(`errors: ${JSON.stringify(page.errors)}`);
  await page.context().close();
} finally {
  await browser.close();
  await server.close();
}
