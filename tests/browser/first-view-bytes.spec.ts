// The first view's data, fonts included, stays under 400 KB gzip in each language: what the page
// requests before the map is first idle, and the labels' fonts, which may follow it (counted as
// `npm run bench` counts them; scripts are counted apart there).
import type { Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const BUDGET_BYTES = 400 * 1024;

for (const lang of ['en', 'ru', 'ja']) {
  test(`the first view in ${lang} fetches less than 400 KB gzip of data and fonts`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement.hasAttribute('data-map-ready')) return;
        (window as unknown as { __firstIdle: number }).__firstIdle =
          performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-map-ready'],
      });
    });
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(`/#lang=${lang}`);
    await page.waitForSelector('html[data-map-ready]');
    await page.waitForLoadState('networkidle');
    const firstIdle = await page.evaluate(
      () => (window as unknown as { __firstIdle: number }).__firstIdle,
    );
    const counted: Record<string, number> = {};
    for (const response of responses) {
      const path = new URL(response.url()).pathname;
      const font = /\.woff2?$/.test(path);
      if (response.status() !== 200 || path.endsWith('.js')) continue;
      if (!font && response.request().timing().startTime >= firstIdle) continue;
      counted[path] = gzipSync(await response.body()).length;
    }
    const total = Object.values(counted).reduce((sum, bytes) => sum + bytes, 0);
    expect(total, JSON.stringify(counted, null, 1)).toBeLessThan(BUDGET_BYTES);
    const fonts = Object.keys(counted).filter((path) => /\.woff2?$/.test(path));
    // The labels' faces are in the count: Noto Sans always, the Japanese face in Japanese.
    expect(fonts.some((path) => path.includes('noto-sans-jp-labels'))).toBe(lang === 'ja');
    expect(fonts.length).toBeGreaterThan(0);
  });
}
