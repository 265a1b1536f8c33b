import { PNG } from 'pngjs';
import type { Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './root';
import { PALETTES } from '../../src/map/style';
import { expect, ISLAND_IDS, test } from './fixtures';
import { openMap } from './driver';
import { share } from './pixels';

const venues = JSON.parse(
  readFileSync(join(root, 'geodata', 'dispute', 'venues.json'), 'utf8'),
) as { venues: { id: string; name: { en: string }; coordinates: [number, number] }[] };
const confirmedMeetings = JSON.parse(
  readFileSync(join(root, 'geodata', 'dispute', 'meetings.json'), 'utf8'),
).meetings as { venue: string }[];

test('the default view draws sea, land and the four islands', async ({ page }) => {
  const map = await openMap(page);
  const png = PNG.sync.read(await page.locator('canvas.maplibregl-canvas').screenshot());
  // The sea is tinted by depth: its colour and those of its depth bands.
  const { sea, depths } = PALETTES.light;
  expect(share(png, [sea, ...depths.map(([, colour]) => colour)]), 'sea').toBeGreaterThan(0.3);
  expect(share(png, '#f4f1ea'), 'land').toBeGreaterThan(0.01);
  expect(share(png, '#9994bc', 30), 'islands').toBeGreaterThan(0.008);
  expect((await map.islandsOnScreen()).sort()).toEqual([...ISLAND_IDS].sort());
});

const BEYOND_REGION = ['world.geojson', 'borders.geojson'];

test('a first view of the islands is drawn without the land beyond the region, which follows', async ({
  page,
}) => {
  // Held: a first view that waited for them would never be drawn.
  const held: Route[] = [];
  for (const file of BEYOND_REGION)
    await page.route(`**/data/${file}`, (route) => held.push(route));
  await openMap(page, '/#map=6.62/44.49/146.189');
  await expect
    .poll(() => held.map((route) => route.request().url().split('/').pop()))
    .toEqual(expect.arrayContaining(BEYOND_REGION));
  for (const route of held) await route.continue();
});

test('a first view beyond the region waits for the land there', async ({ page }) => {
  let readyWhenAsked: boolean | null = null;
  await page.route('**/data/world.geojson', async (route) => {
    // While this is held, the map cannot have been drawn.
    readyWhenAsked = await page.evaluate(() =>
      document.documentElement.hasAttribute('data-map-ready'),
    );
    await route.continue();
  });
  await openMap(page, '/#map=4/55.75/37.6');
  expect(readyWhenAsked).toBe(false);
});

test('the bar, the list of places and the key are styled in the frame they first appear in', async ({
  page,
}) => {
  // Their rules come with the page's code (src/app/*.css, src/map/Legend.css), not the map's: the
  // page must not be built before they are in. A mutation is seen before the next paint.
  await page.addInitScript(() => {
    const positions: Record<string, string> = {};
    (window as unknown as { __firstPositions: typeof positions }).__firstPositions = positions;
    new MutationObserver(() => {
      for (const selector of ['.app-bar', '.place-list', '[data-testid="legend"]']) {
        const element = document.querySelector(selector);
        if (element && !(selector in positions)) {
          positions[selector] = getComputedStyle(element).position;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openMap(page);
  const positions = await page.evaluate(
    () => (window as unknown as { __firstPositions: Record<string, string> }).__firstPositions,
  );
  expect(positions).toEqual({
    '.app-bar': 'absolute',
    '.place-list': 'absolute',
    '[data-testid="legend"]': 'absolute',
  });
});

test('labels are drawn and the page has a title, favicon and credits', async ({ page }) => {
  const map = await openMap(page);
  await expect(page).toHaveTitle('Kuril Islands dispute map');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/);
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toContainText('GSHHG');
  await expect(attribution).toContainText('Natural Earth');
  // The faces of the first view's labels load with it; Noto Sans JP with the first Japanese label.
  const loadedFaces = (family: string) =>
    page.evaluate(
      (name) =>
        [...document.fonts].filter(
          (f) => f.family.replace(/"/g, '') === name && f.status === 'loaded',
        ).length,
      family,
    );
  await expect.poll(() => loadedFaces('Noto Sans')).toBeGreaterThan(0);
  expect(await loadedFaces('Noto Sans JP')).toBe(0);
  await map.setLang('ja');
  await expect.poll(() => loadedFaces('Noto Sans JP')).toBeGreaterThan(0);
  await expect
    .poll(() =>
      page.evaluate(() => document.fonts.check('16px "Noto Sans JP"', '択捉島国後島色丹島')),
    )
    .toBe(true);
});

for (const id of ISLAND_IDS) {
  test(`clicking ${id} selects it and Escape clears it`, async ({ page }) => {
    const map = await openMap(page);
    const [x, y] = await map.islandPoint(id);
    await page.mouse.move(x, y);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('canvas')!.style.cursor))
      .toBe('pointer');
    await page.mouse.click(x, y);
    const panel = page.getByRole('complementary', { name: /^Island:/ });
    await expect(panel).toBeVisible();
    // The island ends beside the panel: left where it was, or brought out from under it.
    const panelLeft = (await panel.boundingBox())!.x;
    await expect.poll(async () => (await map.islandPoint(id))[0]).toBeLessThan(panelLeft);
    const names = panel.getByTestId('island-names');
    await expect(names.locator('[lang="ru"]').first()).not.toBeEmpty();
    await expect(names.locator('[lang="ja"]').first()).not.toBeEmpty();
    await map.closePanel();
  });
}

test('each island panel names it in English, Russian and Japanese', async ({ page }) => {
  const map = await openMap(page);
  const expected: Record<string, [string, string, string]> = {
    iturup: ['Iturup / Etorofu', 'Итуруп', '択捉島'],
    kunashir: ['Kunashir / Kunashiri', 'Кунашир', '国後島'],
    shikotan: ['Shikotan', 'Шикотан', '色丹島'],
  };
  for (const [id, [english, russian, japanese]] of Object.entries(expected)) {
    const panel = await map.selectIsland(id);
    await expect(panel).toHaveAccessibleName(/^Island:/);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(english);
    await expect(panel.locator('[lang="ru"]').first()).toHaveText(russian);
    await expect(panel.locator('[lang="ja"]').first()).toHaveText(japanese);
    await map.closePanel();
  }
});

test('the venues are markers with accessible names, and a click opens one', async ({ page }) => {
  // Around Tokyo, at a scale where its marker stands apart from Yokohama's (tests/browser/
  // locator.spec.ts groups markers at smaller scales).
  const map = await openMap(page, '/#map=8/35.69/139.7');
  const markers = page.locator('.venue-marker:not(.venue-group)');
  await expect(markers).toHaveCount(venues.venues.length);
  const main = page.getByRole('main');
  for (const venue of venues.venues) {
    // A marker grouped with its neighbours at this scale is hidden but keeps its name; a venue
    // of reported meetings only says that none is confirmed.
    const counted = confirmedMeetings.some((meeting) => meeting.venue === venue.id);
    await expect(
      main.getByRole('button', {
        name: new RegExp(
          `^${venue.name.en}: ${counted ? 'meeting venue, \\d+ meetings?' : 'a meeting was reported here, none confirmed'}$`,
        ),
        includeHidden: true,
      }),
    ).toHaveCount(1);
  }
  await map.selectVenue('Tokyo');
});

test('a venue the panel comes down over is panned out from under it', async ({ page }) => {
  const tokyo = venues.venues.find((venue) => venue.id === 'tokyo')!.coordinates;
  // Tokyo some 400 px right of the middle, where the docked panel opens, at a scale where its
  // marker stands apart from Yokohama's.
  const map = await openMap(page, '/#map=8/35.69/138.6');
  const tokyoX = async () => (await map.project(tokyo))[0];
  const before = await tokyoX();
  const panel = await map.selectVenue('Tokyo');
  const panelLeft = (await panel.boundingBox())!.x;
  expect(before).toBeGreaterThan(panelLeft);
  await expect.poll(tokyoX).toBeLessThan(panelLeft);
});

/** The page's window while a test records the cameras it shows. */
type CameraRecorder = Window & { seenCameras?: Set<string> };

test('reduced motion asked for after the page opened: a pan out from under the panel is a jump', async ({
  page,
}) => {
  const map = await openMap(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Iturup, the farthest east, lies where the docked panel opens.
  const [x, y] = await map.islandPoint('iturup');
  // Every camera the map shows, one per frame, from before the click until it is at rest again.
  await page.evaluate(
    () =>
      new Promise<void>((started) => {
        const seen = new Set<string>();
        (window as CameraRecorder).seenCameras = seen;
        const record = () => {
          seen.add(JSON.stringify(window.__kurilMapProbe!.camera()));
          started();
          requestAnimationFrame(record);
        };
        record();
      }),
  );
  await page.mouse.click(x, y);
  const panel = page.getByRole('complementary', { name: /^Island:/ });
  await expect(panel).toBeVisible();
  const panelLeft = (await panel.boundingBox())!.x;
  expect(x).toBeGreaterThan(panelLeft);
  await expect.poll(async () => (await map.islandPoint('iturup'))[0]).toBeLessThan(panelLeft);
  await map.mapAtRest();
  // Where it was and where it jumped to; an animation would pass through many.
  expect(await page.evaluate(() => (window as CameraRecorder).seenCameras!.size)).toBe(2);
});

test('the hash follows the camera and a reload keeps the view', async ({ page }) => {
  const map = await openMap(page);
  await expect(page).toHaveURL(/#map=[\d.]+\/[\d.]+\/[\d.]+/);
  const before = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => new URL(page.url()).hash).not.toBe(before);
  const zoomed = new URL(page.url()).hash;
  const { zoom } = await map.camera();
  await map.reload();
  expect(new URL(page.url()).hash).toBe(zoomed);
  expect((await map.camera()).zoom).toBeCloseTo(zoom, 1);
});

test('a narrow screen shows the panel as a bottom sheet that leaves most of the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page);
  const panel = await map.selectIsland('iturup');
  await expect(panel).toHaveAccessibleName(/^Island:/);
  const box = (await panel.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(844, 0);
  expect(box.height).toBeLessThan(844 * 0.5);
  expect(box.width).toBeCloseTo(390, 0);
});
