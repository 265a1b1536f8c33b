// The meeting cities alongside the islands: the locator inset (every venue, the main map's frame)
// in the first view at each size, and the venue markers with names, counts and groups.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MapDriver, openMap } from './driver';
import { root } from './root';

const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const venues = read('geodata/dispute/venues.json').venues as {
  id: string;
  name: Record<'en' | 'ru' | 'ja', string>;
}[];
const meetings = read('geodata/dispute/meetings.json').meetings as { venue: string }[];
/** Counted here from the record itself, not from the derived file the app reads. */
const meetingsIn = (id: string) => meetings.filter((meeting) => meeting.venue === id).length;
const nameOf = (id: string, lang: 'en' | 'ru' | 'ja') =>
  venues.find((venue) => venue.id === id)!.name[lang];

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hash: '' },
  { name: 'phone', viewport: { width: 390, height: 844 }, hash: '' },
  { name: 'embed', viewport: { width: 600, height: 400 }, hash: '&embed=1' },
];

/** The text is drawn, inside the window and at least 12 px. */
async function expectReadable(page: Page, text: string) {
  const name = page.getByTestId('locator').getByText(text, { exact: true });
  await expect(name).toBeVisible();
  const box = (await name.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const size = await name.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(12);
}

for (const size of SIZES) {
  test(`${size.name}: the first view names Tokyo, Moscow and Osaka in each language, and frames the main view`, async ({
    page,
  }) => {
    await page.setViewportSize(size.viewport);
    for (const lang of ['en', 'ru', 'ja'] as const) {
      await openMap(page, `/#lang=${lang}${size.hash}`);
      for (const id of ['tokyo', 'moscow', 'osaka']) await expectReadable(page, nameOf(id, lang));
      // Every venue has its button in the inset.
      await expect(page.getByTestId('locator').locator('button[data-venue]')).toHaveCount(
        venues.length,
      );
    }
    // The frame of the main view lies round the islands in the default view.
    const frame = (await page.getByTestId('locator-frame').boundingBox())!;
    const islands = (await page.getByTestId('locator').getByRole('img').boundingBox())!;
    const middle = { x: islands.x + islands.width / 2, y: islands.y + islands.height / 2 };
    expect(middle.x).toBeGreaterThan(frame.x);
    expect(middle.x).toBeLessThan(frame.x + frame.width);
    expect(middle.y).toBeGreaterThan(frame.y);
    expect(middle.y).toBeLessThan(frame.y + frame.height);
  });
}

test('every venue of the inset is reached with Tab and opened with Enter', async ({ page }) => {
  await openMap(page, '/#lang=en');
  const inset = page.getByTestId('locator');
  await inset.locator('summary').focus();
  for (const venue of venues) {
    await page.keyboard.press('Tab');
    await expect(inset.locator(`button[data-venue="${venue.id}"]`)).toBeFocused();
  }
  for (const venue of venues) {
    const button = inset.locator(`button[data-venue="${venue.id}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('complementary', { name: `Meeting venue: ${venue.name.en}` }),
    ).toBeVisible();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  }
});

test('the islands’ mark takes the colour of the view', async ({ page }) => {
  const colour = async (pov: string) => {
    await openMap(page, `/#pov=${pov}`);
    return page
      .getByTestId('locator')
      .getByRole('img')
      .evaluate((element) => getComputedStyle(element).color);
  };
  const japan = await colour('japan');
  expect(new Set([japan, await colour('russia'), await colour('neutral')]).size).toBe(3);
  // #e69f00, Japan's colour in the light scheme (src/map/style.ts).
  expect(japan).toBe('rgb(230, 159, 0)');
});

test('the frame follows the main map', async ({ page }) => {
  await openMap(page, '/#lang=en');
  const frame = page.getByTestId('locator-frame');
  const before = (await frame.boundingBox())!;
  await page.goto('/#map=3/50/60&lang=en');
  await new MapDriver(page).mapAtRest();
  await expect
    .poll(async () => (await frame.boundingBox())!.width)
    .toBeGreaterThan(before.width * 4);
  // Centred on 60° E, west of the islands' 146° E.
  await expect.poll(async () => (await frame.boundingBox())!.x).toBeLessThan(before.x);
});

test('each marker names its city in the reader’s language with its number of meetings, sized by it', async ({
  page,
}) => {
  for (const lang of ['en', 'ru', 'ja'] as const) {
    await openMap(page, `/#map=5/40/135&lang=${lang}`);
    // Every marker, shown or held in a group at this scale, names its city and counts.
    for (const venue of venues) {
      const marker = page.locator(`.venue-marker[data-venue="${venue.id}"]`);
      await expect(marker).toHaveAttribute('aria-pressed', 'false');
      await expect(marker.locator('.venue-marker-name')).toHaveText(venue.name[lang]);
      await expect(marker.locator('.venue-marker-count')).toHaveText(
        meetingsIn(venue.id) > 0 ? String(meetingsIn(venue.id)) : '?',
      );
      await expect(marker).toHaveAttribute('aria-label', new RegExp(`^${venue.name[lang]}`));
    }
  }
  await expect(
    page.getByRole('main').getByRole('button', {
      name: `東京（会談地、${meetingsIn('tokyo')}回）`,
      includeHidden: true,
    }),
  ).toHaveCount(1);
  // The dot's size, which the marker sets whether it is shown or held in a group.
  const dot = (id: string) =>
    page
      .locator(`.venue-marker[data-venue="${id}"]`)
      .evaluate((marker) => parseFloat((marker as HTMLElement).style.getPropertyValue('--dot')));
  expect(meetingsIn('tokyo')).toBeGreaterThan(meetingsIn('osaka'));
  expect(await dot('tokyo')).toBeGreaterThan(await dot('osaka'));
});

test('markers that overlap at a small scale form a group, which a click opens', async ({
  page,
}) => {
  await openMap(page, '/#map=2.3/40/110&lang=en');
  const group = page.locator('.venue-group', { has: page.locator('text=Tokyo') });
  await expect(group).toBeVisible();
  const members = (await group.getAttribute('data-venues'))!.split(' ');
  expect(members).toEqual(expect.arrayContaining(['tokyo', 'osaka', 'nagato']));
  await expect(group.locator('.venue-marker-count')).toHaveText(String(members.length));
  await expect(group).toHaveAccessibleName(/Tokyo, .*Osaka|Osaka, .*Tokyo/);
  for (const id of members)
    await expect(page.locator(`[data-venue="${id}"].venue-marker`)).toBeHidden();
  const zoom = () => page.evaluate(() => window.__kurilMapProbe!.camera().zoom);
  const before = await zoom();
  await group.click();
  await new MapDriver(page).mapAtRest();
  expect(await zoom()).toBeGreaterThan(before);
  for (const id of members)
    await expect(page.locator(`[data-venue="${id}"].venue-marker`)).toBeVisible();
  await expect(page.locator('.venue-group', { has: page.locator('text=Tokyo') })).toHaveCount(0);
  // The map wrote the new camera into the address.
  const written = Number(/map=([\d.]+)/.exec(page.url())![1]);
  expect(written).toBeCloseTo(await zoom(), 1);

  // By keyboard: the focus passes to the first city's own marker once the group has opened.
  await openMap(page, '/#map=2.3/40/110&lang=en');
  await group.focus();
  await page.keyboard.press('Enter');
  await new MapDriver(page).mapAtRest();
  await expect(page.locator(`.venue-marker[data-venue="${members[0]}"]`)).toBeFocused();
});
