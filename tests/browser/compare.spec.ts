// Japan's view and Russia's view side by side: a divider moved by keyboard, both keys in sight,
// the URL's compare=1, one download of each data file, and two maps stacked on a narrow screen.
import { PALETTES } from '../../src/map/style';
import { axe, drawn, expect, islandColour, near, test } from './fixtures';
import { MapDriver, openMap } from './driver';

const japan = drawn(PALETTES.light.islands.japan);
const russia = drawn(PALETTES.light.islands.russia);

test('compare: the divider moves by keyboard and each side shows its own view', async ({
  page,
}) => {
  // Every full response of the app's data files, by address: the second map's requests are
  // answered from what the browser has (304), never downloaded again.
  const loads = new Map<string, number>();
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (!url.pathname.includes('/data/')) return;
    const { responseBodySize } = await request.sizes();
    if (responseBodySize > 0) loads.set(url.pathname, (loads.get(url.pathname) ?? 0) + 1);
  });
  const map = await openMap(page, '/#lang=en&compare=1');
  const divider = page.getByRole('slider', {
    name: "Divider between Japan's view and Russia's view",
  });
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  await expect(divider).toHaveAttribute('aria-valuetext', "Japan's view 50 %, Russia's view 50 %");
  // Each view's key, open, with its own colour and lines.
  await expect(page.locator('[data-testid="legend"][data-pov="japan"] details')).toHaveAttribute(
    'open',
    '',
  );
  await expect(page.locator('[data-testid="legend"][data-pov="russia"] details')).toHaveAttribute(
    'open',
    '',
  );
  await expect(
    page.locator('[data-pov="russia"] [data-line="line-of-control-1945"]'),
  ).toHaveAttribute('data-kind', 'border');
  await expect(
    page.locator('[data-pov="japan"] [data-line="line-of-control-1945"]'),
  ).toHaveAttribute('data-kind', 'line-of-control');

  // The whole map to Japan's view, then to Russia's, from the keyboard.
  await divider.focus();
  await page.keyboard.press('End');
  await expect(divider).toHaveAttribute('aria-valuenow', '100');
  await map.mapAtRest();
  await expect.poll(async () => near(await islandColour(page, 'iturup'), japan)).toBe(true);
  await page.keyboard.press('Home');
  await expect(divider).toHaveAttribute('aria-valuenow', '0');
  await expect.poll(async () => near(await islandColour(page, 'kunashir'), russia)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(divider).toHaveAttribute('aria-valuenow', '5');

  // A pan of the page's map moves the second with it: Iturup, moved, is in Russia's colour.
  await page.keyboard.press('End');
  const [x, y] = await map.islandPoint('iturup');
  await page.mouse.move(640, 400);
  await page.mouse.down();
  await page.mouse.move(540, 400, { steps: 5 });
  await page.mouse.up();
  await map.mapAtRest();
  await divider.focus();
  await page.keyboard.press('Home');
  const [x2, y2] = await map.islandPoint('iturup');
  expect(Math.round(x2)).toBe(Math.round(x - 100));
  expect(Math.round(y2)).toBe(Math.round(y));
  await expect.poll(async () => near(await islandColour(page, 'iturup'), russia)).toBe(true);

  for (const [path, count] of loads) expect(count, path).toBe(1);
  expect(loads.size).toBeGreaterThan(0);
  expect((await axe(page).analyze()).violations).toEqual([]);
});

test('compare is a key of the link, switched from the bar', async ({ page }) => {
  const map = await openMap(page, '/#lang=en');
  await expect(page.getByTestId('compare-divider')).toHaveCount(0);
  const toggle = await map.barControl({ testId: 'compare-toggle' });
  await toggle.click();
  await expect(page).toHaveURL(/compare=1/);
  await expect(page.getByTestId('compare-divider')).toBeVisible();
  await toggle.click();
  await expect(page).not.toHaveURL(/compare=1/);
  await expect(page.getByTestId('compare-divider')).toHaveCount(0);
});

test('compare on a narrow screen: two maps, one above the other', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, '/#lang=ru&compare=1');
  const maps = page.locator('.maplibregl-canvas');
  await expect(maps).toHaveCount(2);
  const top = (await maps.nth(0).boundingBox())!;
  const bottom = (await maps.nth(1).boundingBox())!;
  expect(top.y + top.height).toBeLessThanOrEqual(bottom.y + 1);
  expect(bottom.height).toBeGreaterThan(300);
  await expect(page.getByRole('main').getByText('Позиция Японии', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText('Позиция России', { exact: true })).toBeVisible();
  expect((await axe(page).analyze()).violations).toEqual([]);

  // The lower map takes a drag, and the upper one follows it.
  const map = new MapDriver(page);
  const before = await map.camera();
  const from = { x: bottom.x + bottom.width / 2, y: bottom.y + bottom.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(from.x - 20 * step, from.y - 10 * step);
  await page.mouse.up();
  await map.mapAtRest();
  const after = await map.camera();
  expect(after.center[0]).toBeGreaterThan(before.center[0]);
  expect(after.center[1]).toBeLessThan(before.center[1]);
});
