// Ready for a CDN: every file the first view fetches comes with the caching the README asks a
// static host for (a year for hashed assets, revalidation for the rest), from scripts/serve.mjs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from '@playwright/test';
import { expect, openMap, test } from './fixtures';
import { root } from './root';

const LONG = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=0, must-revalidate';
// Vite's content hash: a dash and eight URL-safe characters before the extension.
const HASHED = /-[\w-]{8}\.\w+$/;

test('the first view is served with long caching for hashed assets and revalidation for the rest', async ({
  page,
}) => {
  const responses: Response[] = [];
  page.context().on('response', (response) => responses.push(response));
  await openMap(page, '/#island=iturup');
  await expect(page.locator('.panel h2')).toBeVisible();

  const seen = responses.map((response) => new URL(response.url()).pathname);
  // Every kind of file a deployment serves: page, scripts (the map's worker too), styles, fonts,
  // basemap data, and a chunk loaded on demand.
  for (const kind of [
    /^\/$/,
    /^\/assets\/index-.*\.js$/,
    /^\/assets\/maplibre-gl-worker-.*\.js$/,
    /^\/assets\/IslandPanel-.*\.js$/,
    /^\/assets\/.*\.css$/,
    /^\/assets\/.*\.woff2$/,
    /^\/data\/.*\.geojson$/,
  ]) {
    expect(seen, `a response for ${kind}`).toContainEqual(expect.stringMatching(kind));
  }
  for (const response of responses) {
    const path = new URL(response.url()).pathname;
    const hashed = path.startsWith('/assets/');
    expect(response.headers()['cache-control'], path).toBe(hashed ? LONG : SHORT);
    if (hashed) expect(path).toMatch(HASHED);
  }
  const html = responses.find((response) => new URL(response.url()).pathname === '/')!;
  expect(html.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
});

test('unhashed files revalidate with their ETag, and GeoJSON has its media type', async ({
  request,
}) => {
  for (const path of ['/', '/data/islands.geojson', '/favicon.svg']) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expect(first.headers()['cache-control'], path).toBe(SHORT);
    const etag = first.headers()['etag'];
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
  }
  const geojson = await request.get('/data/islands.geojson');
  expect(geojson.headers()['content-type']).toBe('application/geo+json');
});

test('every file the build puts under assets/ has a content hash in its name', () => {
  const assets = readdirSync(join(root, 'dist', 'assets'));
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.filter((name) => !HASHED.test(name))).toEqual([]);
});
