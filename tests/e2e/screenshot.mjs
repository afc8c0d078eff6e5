// Full-page screenshots of the release build: node tests/e2e/screenshot.mjs [out-dir] [query]
// Writes desktop.png (1440 px), mobile.png (360 px) and mobile-dark.png.
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, openReport } from './lib.mjs';

const out = path.resolve(process.argv[2] || 'tests/e2e/artifacts');
const query = process.argv[3] || '';
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [name, width, scheme] of [['desktop', 1440, 'light'], ['mobile', 360, 'light'], ['mobile-dark', 360, 'dark']]) {
    const page = await openReport(browser, server.url + query, { width, height: 800 });
    if (scheme === 'dark') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await page.waitForFunction(() => [...document.querySelectorAll('canvas.chart-canvas')].every((c) => +c.dataset.draws >= 1));
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    console.log(`${name}.png: ${width} px wide, horizontal overflow ${overflow} px, errors ${page.errors.length}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
