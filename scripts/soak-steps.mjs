// Simulated use of the map and memory readings, shared by the soak script (scripts/soak.mjs) and
// its short version in the browser tests (tests/browser/soak.spec.ts).
/* global window, requestAnimationFrame -- functions passed to page.evaluate run in the page */

const FIRST_YEAR = 1855;

/**
 * One round of what a reader does: select an island and a venue from the list, switch the
 * perspective and the language, move the year through the URL, pan and zoom, clear the selection.
 * `round` picks which ones, so that successive rounds cover them all.
 */
export async function useTheMap(page, round) {
  const places = page.locator('.place-list button');
  const count = await places.count();
  // From the keyboard: the list scrolls under the legend on short screens.
  await places.nth(round % count).press('Enter');
  await page.keyboard.press('Escape');
  await page
    .locator('.pov-switch label')
    .nth(round % 3)
    .click();
  // Behind the menu button where the bar's tools do not fit (Russian at 1280 px).
  const language = page.locator('.language-switch select');
  if (!(await language.isVisible())) await page.getByTestId('menu-toggle').click();
  await language.selectOption(['en', 'ru', 'ja'][round % 3]);
  const year = FIRST_YEAR + ((round * 37) % (new Date().getFullYear() - FIRST_YEAR + 1));
  await page.evaluate((value) => {
    const params = window.location.hash
      .slice(1)
      .split('&')
      .filter((p) => !p.startsWith('year='));
    window.location.hash = [...params, `year=${value}`].join('&');
  }, year);
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (round % 2 ? 80 : -80), y + 40, { steps: 4 });
  await page.mouse.up();
  await page.mouse.wheel(0, round % 2 ? -200 : 200);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
}

/** JS heap in use after a full garbage collection, and the DOM nodes and listeners alive. */
export async function measureMemory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
  return {
    heapBytes: value('JSHeapUsedSize'),
    domNodes: value('Nodes'),
    listeners: value('JSEventListeners'),
  };
}
