// Takes screenshots of the built app for a person to look at.
// Usage: node scripts/screenshots.mjs <base-url> <out-dir> [name=path?query#hash@WIDTHxHEIGHT ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const [base, out, ...shots] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const shot of shots) {
  const name = shot.slice(0, shot.indexOf('='));
  const rest = shot.slice(shot.indexOf('=') + 1);
  const [path, size = '1280x800'] = rest.split('@');
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height } });
  page.on(
    'console',
    (m) => m.type() === 'error' && console.log(`${name}: console error: ${m.text()}`),
  );
  await page.goto(new URL(path, base).href);
  await page.waitForSelector('html[data-map-ready]', { timeout: 90_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.close();
}
await browser.close();
