// The optional online basemap, against a local stand-in that fails in each way a real one can.
// Nothing leaves the machine: the stand-in is on loopback and the fixtures fail on other requests.
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { PALETTES } from '../../src/map/style';
import { expect, near, test } from './fixtures';
import { openMap } from './driver';
import { BASEMAP_APP_PORT, BASEMAP_FIXTURE_PORT } from './ports';
import { root } from './root';

const FIXTURE = `http://127.0.0.1:${BASEMAP_FIXTURE_PORT}`;
const APP = `http://127.0.0.1:${BASEMAP_APP_PORT}`;
test.use({ baseURL: APP, otherOrigins: [FIXTURE], failingOrigins: [FIXTURE] });
// One fixture server whose behaviour each test sets.
test.describe.configure({ mode: 'serial' });

type Mode = 'ok' | '404' | 'slow' | 'invalid-json' | 'invalid-style' | 'tiles-fail';
let mode: Mode = 'ok';

const TILE_RGB = [46, 125, 50];
const tilePng = (() => {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...TILE_RGB, 255], i);
  return PNG.sync.write(png);
})();
const fixtureStyle = {
  version: 8,
  sources: {
    relief: {
      type: 'raster',
      tiles: ['tiles/{z}/{x}/{y}.png'],
      tileSize: 256,
      attribution: 'Fixture tiles',
    },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#ffffff' } },
    { id: 'relief', type: 'raster', source: 'relief' },
  ],
};

let fixture: Server;
let app: ChildProcess;
test.beforeAll(async () => {
  fixture = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    const path = request.url ?? '';
    if (path === '/style.json') {
      response.setHeader('Content-Type', 'application/json');
      if (mode === '404') response.writeHead(404).end('Not found');
      else if (mode === 'slow')
        setTimeout(() => response.end(JSON.stringify(fixtureStyle)), 20_000);
      else if (mode === 'invalid-json') response.end('{"version": 8, "sources": {');
      else if (mode === 'invalid-style') {
        const layers = [{ id: 'relief', type: 'raster', source: 'nowhere' }];
        response.end(JSON.stringify({ ...fixtureStyle, layers }));
      } else response.end(JSON.stringify(fixtureStyle));
    } else if (path.startsWith('/tiles/') && mode !== 'tiles-fail') {
      response.setHeader('Content-Type', 'image/png');
      response.end(tilePng);
    } else {
      response.writeHead(path.startsWith('/tiles/') ? 500 : 404).end();
    }
  });
  await new Promise<void>((resolve) => fixture.listen(BASEMAP_FIXTURE_PORT, '127.0.0.1', resolve));

  // The built app, served with a config.json naming the fixture's style.
  const config = join(mkdtempSync(join(tmpdir(), 'kuril-basemap-')), 'config.json');
  writeFileSync(
    config,
    JSON.stringify({ basemap: { style: `${FIXTURE}/style.json`, timeoutMs: 1500 } }),
  );
  app = spawn(
    process.execPath,
    ['scripts/serve.mjs', 'dist', '--port', String(BASEMAP_APP_PORT), '--config', config],
    { cwd: root, stdio: 'ignore' },
  );
  await expect
    .poll(() =>
      fetch(`${APP}/`).then(
        (r) => r.ok,
        () => false,
      ),
    )
    .toBe(true);
});
test.afterAll(async () => {
  app.kill();
  fixture.closeAllConnections();
  await new Promise<void>((resolve) => fixture.close(() => resolve()));
});

/** The colour on screen at a pixel. */
async function colourAt(page: Page, [x, y]: [number, number]): Promise<number[]> {
  const png = PNG.sync.read(await page.screenshot());
  const at = (y * png.width + x) * 4;
  return [...png.data.subarray(at, at + 3)];
}
const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
/** The embedded sea: its colour, or a depth band's, or one in between. */
const embeddedSea = (rgb: number[]) =>
  [PALETTES.light.sea, ...PALETTES.light.depths.map(([, colour]) => colour)].some((colour) =>
    near(
      rgb,
      [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)),
    ),
  );
// Open sea in every view used here, clear of the panel, the list, the legend and the notice.
const OPEN_SEA: [number, number] = [600, 560];

test('a configured basemap is drawn under the app’s own layers', async ({ page }) => {
  mode = 'ok';
  const map = await openMap(page, '/#map=6/44.2/146.5&lang=en');
  await expect.poll(() => colourAt(page, OPEN_SEA).then(hex)).toBe(hex(TILE_RGB));
  // The islands are the app's, on top.
  const [x, y] = await map.islandPoint('iturup');
  expect(hex(await colourAt(page, [Math.round(x), Math.round(y)]))).not.toBe(hex(TILE_RGB));
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Fixture tiles');
  await expect(page.getByRole('status').filter({ hasText: 'basemap' })).toHaveCount(0);
});

for (const failure of ['404', 'slow', 'invalid-json', 'invalid-style'] as const) {
  test(`a basemap style that fails (${failure}) leaves the embedded basemap and a notice`, async ({
    page,
  }) => {
    mode = failure;
    const map = await openMap(page, '/#map=6/44.2/146.5&island=kunashir&lang=en');
    const notice = page.getByRole('status').filter({ hasText: 'built-in basemap' });
    await expect(notice).toBeVisible();
    await expect.poll(() => colourAt(page, OPEN_SEA).then(embeddedSea)).toBe(true);
    await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
    expect(await map.islandsOnScreen()).toHaveLength(4);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
}

test('tiles that stop loading bring back the embedded basemap; the reader loses nothing', async ({
  page,
}) => {
  mode = 'ok';
  const map = await openMap(page, '/#map=6/44.2/146.5&island=kunashir&lang=en');
  await expect.poll(() => colourAt(page, OPEN_SEA).then(hex)).toBe(hex(TILE_RGB));
  await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  // Each new style keeps the selection drawn on the map.
  const selected = () => map.selectedIslands();
  await expect.poll(selected).toEqual(['kunashir']);
  mode = 'tiles-fail';
  // New tiles are needed at a new zoom: they fail.
  await map.pasteLink('#map=7/44/147.2&island=kunashir&lang=en');
  const notice = page.getByRole('status').filter({ hasText: 'built-in basemap' });
  await expect(notice).toBeVisible();
  await expect.poll(() => colourAt(page, OPEN_SEA).then(embeddedSea)).toBe(true);
  const camera = await map.camera();
  expect(camera.zoom).toBeCloseTo(7, 5);
  expect(camera.center[0]).toBeCloseTo(147.2, 5);
  await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  await expect.poll(selected).toEqual(['kunashir']);
  expect(page.url()).toContain('island=kunashir');
  await page.screenshot({ path: 'test-results/basemap-fallback.png' });
});
