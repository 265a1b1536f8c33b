// The map gets the screen: how much of it the page's controls leave uncovered, measured from a
// grid of points; the four islands free of any control; selections framed clear of the panel;
// touch targets and no sideways scroll on narrow screens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { expect, test } from './fixtures';
import { openMap, type MapDriver } from './driver';
import { root } from './root';

const islands = JSON.parse(
  readFileSync(join(root, 'public', 'data', 'islands.geojson'), 'utf8'),
) as FeatureCollection<MultiPolygon, { id: string }>;

/**
 * Whether a point shows the map: the element drawn there is the map's canvas or a marker on it
 * (the venues are the map's own symbols), not a control of the page or of MapLibre.
 */
const SHOWS_MAP = `(hit) => hit !== null && (hit.classList.contains('maplibregl-canvas') ||
  hit.closest('.maplibregl-marker') !== null)`;

/** The share of a grid of points (every 8 px) over the window where the map shows. */
async function uncoveredShare(page: Page): Promise<number> {
  return page.evaluate((showsMap) => {
    const shows = eval(showsMap) as (hit: Element | null) => boolean;
    let free = 0;
    let all = 0;
    for (let y = 4; y < window.innerHeight; y += 8) {
      for (let x = 4; x < window.innerWidth; x += 8) {
        all += 1;
        if (shows(document.elementFromPoint(x, y))) free += 1;
      }
    }
    return free / all;
  }, SHOWS_MAP);
}

/**
 * Points of an island on screen: the vertices of its polygons (every few) and a point inside the
 * largest, each moved a few pixels in from the coast, so a neighbouring control is found but the
 * outline's own antialiasing is not.
 */
async function islandScreenPoints(map: MapDriver, id: string): Promise<[number, number][]> {
  const feature = islands.features.find((f) => f.properties.id === id)!;
  const lngLats: [number, number][] = [];
  for (const polygon of feature.geometry.coordinates) {
    const ring = polygon[0];
    const step = Math.max(1, Math.floor(ring.length / 24));
    for (let i = 0; i < ring.length; i += step) lngLats.push(ring[i] as [number, number]);
  }
  const centre = turf.centroid(feature).geometry.coordinates as [number, number];
  const points: [number, number][] = [];
  const [cx, cy] = await map.project(centre);
  for (const lngLat of lngLats) {
    const [x, y] = await map.project(lngLat);
    const d = Math.hypot(cx - x, cy - y) || 1;
    points.push([x + ((cx - x) / d) * 3, y + ((cy - y) / d) * 3]);
  }
  return points;
}

/** The points of the islands given that lie outside the window or under a control. */
async function coveredIslandPoints(map: MapDriver, ids: string[]): Promise<string[]> {
  const covered: string[] = [];
  for (const id of ids) {
    const points = await islandScreenPoints(map, id);
    const hidden = await map.page.evaluate(
      ({ points, showsMap }) => {
        const shows = eval(showsMap) as (hit: Element | null) => boolean;
        return points.filter(
          ([x, y]) =>
            x < 0 ||
            y < 0 ||
            x >= window.innerWidth ||
            y >= window.innerHeight ||
            !shows(document.elementFromPoint(x, y)),
        );
      },
      { points, showsMap: SHOWS_MAP },
    );
    covered.push(...hidden.map(([x, y]) => `${id} at ${Math.round(x)},${Math.round(y)}`));
  }
  return covered;
}

const ALL = ['iturup', 'kunashir', 'shikotan', 'habomai'];
const SCREENS = [
  { width: 1280, height: 800, share: 0.85 },
  { width: 390, height: 844, share: 0.75 },
];

for (const { width, height, share } of SCREENS) {
  for (const lang of ['en', 'ru', 'ja']) {
    test(`at ${width}x${height} (${lang}) the map gets the screen and the islands are uncovered`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const map = await openMap(page, `/#lang=${lang}`);
      await expect(page.getByTestId('history-bar')).toBeVisible();
      await map.mapAtRest();
      expect(await uncoveredShare(page)).toBeGreaterThanOrEqual(share);
      expect(await coveredIslandPoints(map, ALL)).toEqual([]);
    });
  }
}

test('in an embed at 600x400 the islands are uncovered', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  const map = await openMap(page, '/#lang=en&embed=1');
  await map.mapAtRest();
  expect(await coveredIslandPoints(map, ALL)).toEqual([]);
});

/** Each island and the one next to it, as selecting it must leave them in view. */
const NEIGHBOURS: [string, string][] = [
  ['iturup', 'kunashir'],
  ['kunashir', 'iturup'],
  ['shikotan', 'habomai'],
  ['habomai', 'shikotan'],
];

for (const { width, height } of SCREENS) {
  for (const [island, neighbour] of NEIGHBOURS) {
    test(`at ${width}x${height} selecting ${island} from the list or a link keeps it and ${neighbour} clear of the panel`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      const map = await openMap(page, `/#lang=en&island=${island}`);
      await expect(map.panel).toBeVisible();
      await map.mapAtRest();
      expect(await coveredIslandPoints(map, [island, neighbour])).toEqual([]);

      await map.closePanel();
      await map.pasteLink('#lang=en&map=4/40/140');
      await map.mapAtRest();
      await map.chooseIsland(island);
      await map.mapAtRest();
      expect(await coveredIslandPoints(map, [island, neighbour])).toEqual([]);
    });
  }

  test(`at ${width}x${height} clicking an island keeps it and its neighbour clear of the panel`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const map = await openMap(page, '/#lang=en');
    await map.selectIsland('iturup');
    expect(await coveredIslandPoints(map, ['iturup', 'kunashir'])).toEqual([]);
  });

  test(`at ${width}x${height} a venue chosen from the list lies clear of the panel`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const map = await openMap(page, '/#lang=en');
    await map.choose('Osaka');
    await map.mapAtRest();
    const marker = page.getByRole('main').getByRole('button', { name: /^Osaka: meeting venue/ });
    const box = (await marker.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('.maplibregl-marker') !== null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe(true);
  });
}

test('at 390x844 the panel is a sheet with three heights, and the island stays above it at two', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page, '/#lang=en&island=kunashir');
  const sheet = map.panel;
  await expect(sheet).toBeVisible();
  const size = page.getByRole('button', { name: /^Panel size/ });
  const heights: Record<string, number> = {};
  for (let i = 0; i < 3; i += 1) {
    const snap = (await sheet.getAttribute('data-snap'))!;
    await map.mapAtRest();
    heights[snap] = (await sheet.boundingBox())!.height;
    if (snap !== 'full') expect(await coveredIslandPoints(map, ['kunashir'])).toEqual([]);
    await size.focus();
    await page.keyboard.press('Enter');
    await expect(sheet).not.toHaveAttribute('data-snap', snap);
  }
  expect(Object.keys(heights).sort()).toEqual(['full', 'half', 'peek']);
  expect(heights.peek).toBeLessThan(heights.half);
  expect(heights.half).toBeLessThan(heights.full);
});

for (const width of [320, 390]) {
  test(`at ${width} px wide nothing scrolls sideways and every control is at least 44 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    const map = await openMap(page, '/#lang=ru');
    await expect(page.getByTestId('history-bar')).toBeVisible();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBe(0);
    // Controls in view, but not links in running text, nor the locator's venues, which are
    // dots on a small overview (each is a 44 px marker on the map and a button in the list), nor
    // inputs drawn by their label (the perspective's), which is measured instead.
    const small = () =>
      page.evaluate(() =>
        [
          ...document.querySelectorAll(
            'button:not(.locator-venue), select, input:not([type="radio"]), summary, label:has(> input[type="radio"]), a:not(p a, li a, dd a)',
          ),
        ]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            const inView =
              box.width > 0 &&
              box.right > 0 &&
              box.bottom > 0 &&
              box.left < window.innerWidth &&
              box.top < window.innerHeight;
            return inView && (box.width < 44 || box.height < 44);
          })
          .map((element) => element.outerHTML.slice(0, 80)),
      );
    expect(await small()).toEqual([]);
    // The map's own controls (zoom, credits) stand wholly in the window, not cut by its edge.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('.maplibregl-ctrl button, .maplibregl-ctrl summary')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return (
            box.width > 0 &&
            (box.left < 0 ||
              box.top < 0 ||
              box.right > window.innerWidth ||
              box.bottom > window.innerHeight)
          );
        })
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(cut).toEqual([]);
    await map.chooseIsland('iturup');
    expect(await overflow()).toBe(0);
    expect(await small()).toEqual([]);
  });
}
