// The page's own controls over the map: none hides another that the reader needs at that moment.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openMap } from './driver';

/** Whether the element drawn at each of a few points inside `target` belongs to it. */
async function uncovered(page: Page, target: Locator): Promise<boolean> {
  const box = (await target.boundingBox())!;
  const points = [0.2, 0.5, 0.8].flatMap((fx) =>
    [0.25, 0.75].map((fy) => [box.x + box.width * fx, box.y + box.height * fy]),
  );
  const handle = await target.elementHandle();
  return page.evaluate(
    ({ element, points }) =>
      points.every(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (element === hit || element!.contains(hit));
      }),
    { element: handle, points },
  );
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
]) {
  test(`at ${width}x${height} the history bar stays within reach while measuring`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const map = await openMap(page, '/#lang=en');
    await (await map.barControl({ name: 'Measure' })).click();
    await expect(page.getByRole('region', { name: 'Measure distance' })).toBeVisible();
    const slider = page.getByTestId('history-bar').getByRole('slider');
    await expect(slider).toBeVisible();
    expect(await uncovered(page, slider)).toBe(true);
    expect(await uncovered(page, page.getByRole('region', { name: 'Measure distance' }))).toBe(
      true,
    );
  });

  test(`at ${width}x${height} the trail controls leave the place list uncovered`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const map = await openMap(page, '/#lang=en&trail=all');
    await map.openPlaces();
    await (await map.openHistoryMore()).getByText('Meeting trail').click();
    await expect(page.getByTestId('trail-toggle')).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Islands and venues' });
    await expect(list).toBeVisible();
    expect(await uncovered(page, list)).toBe(true);
  });
}

test('the bar never runs under the zoom buttons: tools that do not fit go behind the menu', async ({
  page,
}) => {
  /** The bar's right edge is left of the zoom buttons, and whether the menu button stands for the tools. */
  const bar = () =>
    page.evaluate(() => {
      const header = document.querySelector('.app-bar')!.getBoundingClientRect();
      const zoom = document.querySelector('.maplibregl-ctrl-top-right')!.getBoundingClientRect();
      return {
        clear: header.right <= zoom.left,
        menu: document.querySelector('[data-testid="menu-toggle"]') !== null,
      };
    });
  await page.setViewportSize({ width: 1280, height: 800 });
  const map = await openMap(page, '/#lang=en');
  expect(await bar()).toEqual({ clear: true, menu: false });
  // Russian's words are longer: at this width the tools take the menu.
  await map.setLang('ru');
  await expect.poll(bar).toEqual({ clear: true, menu: true });
  await expect(page.getByTestId('print-button')).toBeHidden();
  await page.getByTestId('menu-toggle').click();
  await expect(page.getByTestId('print-button')).toBeVisible();
  // With the room they needed, they are back in the bar.
  await page.setViewportSize({ width: 1600, height: 800 });
  await expect.poll(bar).toEqual({ clear: true, menu: false });
  await expect(page.getByTestId('print-button')).toBeVisible();
});
