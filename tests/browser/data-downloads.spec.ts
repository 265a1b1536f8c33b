// The Data view: each file is downloaded through the page as a reader would, parsed, and held to
// the data set the map reads (counts) and to the committed file (bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import type { Locator, Page } from '@playwright/test';
import { axe, expect, test } from './fixtures';
import { openMap } from './driver';
import { root } from './root';

const readRoot = (path: string) => readFileSync(join(root, path), 'utf8');
const dataset = (name: string) => JSON.parse(readRoot(`geodata/dispute/${name}.json`));
const islands = dataset('islands');
const claims = dataset('claims');
const meetings = dataset('meetings');

/** How many records each file must hold, from the data set's own files. */
const EXPECTED: Record<string, number> = {
  islands: islands.islands.length,
  'island-figures': islands.islands.reduce(
    (sum: number, island: Record<string, unknown[]>) =>
      sum + island.area!.length + island.highestPoint!.length + island.population!.length,
    0,
  ),
  claims: claims.claims.length,
  arguments: claims.arguments.length,
  events: dataset('events').events.length,
  meetings: meetings.meetings.length,
  venues: dataset('venues').venues.length,
  sources: dataset('sources').sources.length,
  'islands-map': islands.islands.length,
  'venues-map': dataset('venues').venues.length,
  'lines-map': dataset('lines').lines.length,
};

/** Clicks a link and returns the name and text of the file the browser downloads. */
async function download(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return {
    name: file.suggestedFilename(),
    text: readFileSync((await file.path())!, 'utf8'),
  };
}

/** The number of records in a downloaded file, parsed by its format. */
function recordsIn(name: string, text: string): number {
  if (name.endsWith('.csv')) {
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors, name).toEqual([]);
    return parsed.data.length;
  }
  if (name.endsWith('.geojson')) {
    const collection = JSON.parse(text) as FeatureCollection;
    expect(collection.type).toBe('FeatureCollection');
    for (const feature of collection.features) expect(feature.geometry, name).toBeTruthy();
    return collection.features.length;
  }
  return (JSON.parse(text) as { records: unknown[] }).records.length;
}

// Chromium lets one page download ten files in a row before it stops without a prompt a test
// can answer: each format is downloaded from a page of its own.
for (const format of ['csv', 'json', 'geojson']) {
  test(`every ${format} file of the Data view downloads, parses and holds each record of the data set`, async ({
    page,
  }) => {
    const map = await openMap(page, '/#lang=en');
    const dialog = await map.openData();
    const seen: string[] = [];
    for (const group of await dialog.locator('[data-group]').all()) {
      const id = (await group.getAttribute('data-group'))!;
      for (const link of await group.locator(`a[download$=".${format}"]`).all()) {
        const { name, text } = await download(page, link);
        seen.push(name);
        // The file as the build committed it, byte for byte.
        expect(text, name).toBe(readRoot(`public/data/download/${name}`));
        if (id === 'record') {
          const record = JSON.parse(text);
          expect(record.meetings.meetings).toHaveLength(meetings.meetings.length);
          expect(record.licences.length).toBeGreaterThan(0);
        } else {
          expect(recordsIn(name, text), name).toBe(EXPECTED[id]);
        }
      }
    }
    const manifest = JSON.parse(readRoot('public/data/download/manifest.json'));
    expect(seen.sort()).toEqual(
      manifest.files
        .filter((file: { format: string }) => file.format === format)
        .map((file: { name: string }) => file.name)
        .sort(),
    );
    expect(seen).toHaveLength({ csv: 8, json: 9, geojson: 3 }[format]!);
  });
}

test('the Data view gives the licences, a credit line and a README of the files', async ({
  page,
}) => {
  const map = await openMap(page, '/#lang=en');
  const dialog = await map.openData();
  await expect(dialog).toContainText('MIT');
  await expect(dialog).toContainText('LGPL 3.0 or later');
  await expect(dialog).toContainText('CC BY 4.0');
  await expect(dialog.locator('[data-group="lines-map"]')).toContainText(
    'LGPL 3.0 or later (geometry: GSHHG)',
  );
  await expect(dialog.locator('[data-group="venues"]')).toContainText(
    'CC BY 4.0 (coordinates: GeoNames)',
  );
  const readme = await download(page, dialog.getByRole('link', { name: 'README.txt' }));
  expect(readme.text).toContain('kuril-meetings.csv');
});

test('the Data view is read and left by keyboard and screen reader', async ({ page }) => {
  const map = await openMap(page, '/#lang=en');
  const dialog = await map.openData();
  await expect(dialog).toHaveAccessibleName("The map's data");
  // Each link says which data it is, its format and size.
  await expect(dialog.getByRole('link', { name: /^Meetings, CSV, \d+ KB$/ })).toBeVisible();
  await expect(dialog.getByText(`${meetings.meetings.length} records`)).toBeVisible();
  expect((await axe(page).include('.data-dialog').analyze()).violations).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('data-button')).toBeFocused();
});

test('on a phone the Data view opens from the menu, in Japanese, and fits the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page, '/#lang=ja');
  const dialog = await map.openData();
  await expect(dialog).toHaveAccessibleName('地図のデータ');
  await expect(dialog.getByRole('link', { name: /^会談, CSV, \d+ KB$/ })).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const { records } = await download(page, dialog.locator('a[download="kuril-claims.csv"]')).then(
    ({ name, text }) => ({ records: recordsIn(name, text) }),
  );
  expect(records).toBe(EXPECTED.claims);
});
