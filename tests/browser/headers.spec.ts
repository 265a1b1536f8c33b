// Ready for a CDN: every file the first view fetches comes with the caching the README asks a
// static host for (a year for hashed assets, revalidation for the rest), from scripts/serve.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { openMap } from './driver';
import { root } from './root';

const LONG = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=0, must-revalidate';
// Vite's content hash: a dash and eight URL-safe characters before the extension (and before the
// .br or .gz of a precompressed copy).
const HASHED = /-[\w-]{8}\.\w+(\.br|\.gz)?$/;
// Text the first view fetches: the page, scripts, styles and basemap data.
const TEXT = /(^\/$|\.(js|css|geojson)$)/;

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
  // Text comes compressed (Chromium asks for brotli only over HTTPS, so gzip here).
  const text = responses.filter((response) => TEXT.test(new URL(response.url()).pathname));
  expect(text.length).toBeGreaterThan(6);
  for (const response of text) {
    const path = new URL(response.url()).pathname;
    const encoding = response.headers()['content-encoding'];
    if (encoding === undefined) {
      // A file of a few bytes that no compression makes smaller is served as it is.
      const body = await response.body();
      expect(gzipSync(body, { level: 9 }).length, path).toBeGreaterThanOrEqual(body.length);
    } else expect(encoding, path).toMatch(/^(br|gzip)$/);
    expect(response.headers()['vary'], path).toBe('Accept-Encoding');
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

test('text files go out precompressed in the encoding asked for, and decode to the built file', async ({
  request,
}) => {
  const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
  const script = html.match(/src="(\/assets\/index-[\w-]+\.js)"/)![1];
  const style = html.match(/href="(\/assets\/index-[\w-]+\.css)"/)![1];
  for (const path of ['/', script, style, '/data/islands.geojson']) {
    const file = readFileSync(join(root, 'dist', path === '/' ? 'index.html' : path));
    const asked: [string, string | undefined][] = [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ];
    for (const [accept, encoding] of asked) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': accept } });
      const what = `${path} for ${accept}`;
      expect(response.status(), what).toBe(200);
      expect(response.headers()['content-encoding'], what).toBe(encoding);
      expect(response.headers()['vary'], what).toBe('Accept-Encoding');
      expect(Number(response.headers()['content-length']), what)[
        encoding ? 'toBeLessThan' : 'toBe'
      ](file.length);
      expect((await response.body()).equals(file), what).toBe(true);
    }
  }
});
