// @ts-check
// Full-page screenshots of the release build: node tools/screenshot.mjs [out-dir] [query]
// Writes desktop.png and desktop-dark.png (1440 px), phone.png and phone-dark.png (390 px, touch,
// devicePixelRatio 3).
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, openReport } from './lib.mjs';

const out = path.resolve(process.argv[2] || 'tests/e2e/artifacts');
const query = process.argv[3] || '';
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  const phone = { width: 390, height: 844, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
  /** @type {[string, import('./lib.mjs').ReportOptions][]} */
  const shots = [
    ['desktop', { width: 1440, height: 900 }],
    ['desktop-dark', { width: 1440, height: 900, colorScheme: 'dark' }],
    ['phone', phone],
    ['phone-dark', { ...phone, colorScheme: 'dark' }],
  ];
  for (const [name, options] of shots) {
    const page = await openReport(browser, server.url + query, options);
    const width = options.width;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
    console.log(`${name}.png: ${width} px wide, horizontal overflow ${overflow} px, errors ${page.errors.length}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
