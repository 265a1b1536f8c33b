// Shared browser-test fixtures: every test fails on a console error, an uncaught exception, a
// Content-Security-Policy violation or a request that leaves the app's own origin.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './root';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { PNG } from 'pngjs';
import { PALETTES } from '../../src/map/style';

interface Watch {
  errors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

// Chromium's console text for a blocked load or eval (in the page or in a worker).
const CSP_CONSOLE_MESSAGE = /Content Security Policy/i;

export const test = base.extend<{
  watch: Watch;
  otherOrigins: string[];
  failingOrigins: string[];
}>({
  // Origins a test means to use besides the app's own (a host page that embeds the map).
  otherOrigins: [[], { option: true }],
  // Origins whose failed loads a test provokes on purpose: Chromium's console errors about them
  // are expected.
  failingOrigins: [[], { option: true }],
  watch: [
    async ({ page, baseURL, otherOrigins, failingOrigins }, use) => {
      const watch: Watch = { errors: [], cspViolations: [], foreignRequests: [] };
      const origins = [new URL(baseURL!).origin, ...otherOrigins];
      // Every frame reports each violation it sees, whatever its origin.
      await page.exposeBinding('__reportCspViolation', ({ frame }, text: string) =>
        watch.cspViolations.push(`${frame.url()}: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            const report = (window as unknown as { __reportCspViolation(t: string): void })
              .__reportCspViolation;
            report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
          },
          true,
        );
      });
      const expectedFailure = (url: string) =>
        url.startsWith('http') && failingOrigins.includes(new URL(url).origin);
      page.on('console', (message) => {
        if (CSP_CONSOLE_MESSAGE.test(message.text())) watch.cspViolations.push(message.text());
        else if (message.type() === 'error' && !expectedFailure(message.location().url)) {
          watch.errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => watch.errors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          !origins.includes(new URL(url).origin)
        ) {
          watch.foreignRequests.push(url);
        }
      });
      await use(watch);
      expect(watch.errors, 'console errors').toEqual([]);
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(watch.foreignRequests, 'requests off the origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * An accessibility check of the page. Every rule runs; only the violations are gathered in full
 * (axe keeps one example of each pass), which the checks read and which is much faster.
 */
export const axe = (page: Page) =>
  new AxeBuilder({ page }).options({ resultTypes: ['violations'] });

const islands = JSON.parse(
  readFileSync(join(root, 'public', 'data', 'islands.geojson'), 'utf8'),
) as FeatureCollection<MultiPolygon, { id: string }>;

export const ISLAND_IDS = islands.features.map((feature) => feature.properties.id);

/** A point well inside an island's largest polygon, in screen pixels. */
export async function islandPoint(page: Page | Frame, id: string): Promise<[number, number]> {
  const feature = islands.features.find((f) => f.properties.id === id)!;
  const largest = turf.polygon(feature.geometry.coordinates[0]);
  const inside = turf.centerOfMass(largest);
  const point = turf.booleanPointInPolygon(inside, largest) ? inside : turf.pointOnFeature(largest);
  const lngLat = point.geometry.coordinates as [number, number];
  return page.evaluate((position) => window.__kurilMapProbe!.project(position), lngLat);
}

/** The colour drawn at a point of an island, as [r, g, b]. */
export async function islandColour(page: Page, id: string): Promise<number[]> {
  const [x, y] = await islandPoint(page, id);
  const shot = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  const { data } = PNG.sync.read(shot);
  return [data[0], data[1], data[2]];
}

/** The fill of a palette colour as the map draws it: 85 % over the sea. */
export function drawn(hex: string): number[] {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const sea = rgb(PALETTES.light.sea);
  return rgb(hex).map((c, i) => Math.round(c * 0.85 + sea[i] * 0.15));
}

export const near = (a: number[], b: number[]) => a.every((c, i) => Math.abs(c - b[i]) <= 10);
