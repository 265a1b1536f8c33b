// Hostile links: every hash of the corpus opens the map in its default state, runs nothing and
// throws nothing (the fixtures fail a test on any console error or uncaught exception).
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openMap, type MapDriver } from './driver';
import { root } from './root';

interface HostileLink {
  hash: string;
  note: string;
  repeat?: number;
  suffix?: string;
  suffixRepeat?: number;
  freshLoad?: boolean;
}

const corpus = (
  JSON.parse(
    readFileSync(join(root, 'tests', 'browser', 'data', 'hostile-links.json'), 'utf8'),
  ) as { links: HostileLink[] }
).links;
const hashOf = (link: HostileLink) =>
  link.hash.repeat(link.repeat ?? 1) + (link.suffix ?? '').repeat(link.suffixRepeat ?? 0);
// Keys of the contract that the default view leaves out of its link (lang is always written).
const NON_DEFAULT_KEYS = ['island', 'venue', 'pov', 'year', 'embed'];

type Camera = { zoom: number; center: [number, number] };

/** Nothing a payload would do has happened: no flag set, no element it would inject. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        '[onerror], [onload], script:not([src]), iframe:not(.share-preview)',
      ),
    ].map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(injected, 'elements a payload would inject').toEqual([]);
}

/** The default view: nothing selected, neutral, English, not embedded, the default camera. */
async function expectDefaultView(map: MapDriver, note: string, defaultCamera: Camera) {
  const { page } = map;
  await expect(page.getByRole('complementary'), note).toHaveCount(0);
  await expect(page.locator('html'), note).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('radio', { name: 'Neutral' }), note).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Language' }), note).toHaveValue('en');
  await expect(page.getByRole('link', { name: 'Open the full map' }), note).toHaveCount(0);
  const now = await map.camera();
  expect(now.zoom, note).toBeCloseTo(defaultCamera.zoom, 2);
  expect(now.center[0], note).toBeCloseTo(defaultCamera.center[0], 3);
  expect(now.center[1], note).toBeCloseTo(defaultCamera.center[1], 3);
}

/** The state as the app parsed it, written out by the share dialog, has only defaults. */
async function expectDefaultLink(map: MapDriver, note: string) {
  const { page } = map;
  await map.openShare();
  const link = await page.locator('.share-link').inputValue();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const keys = new URL(link).hash
    .slice(1)
    .split('&')
    .map((part) => part.split('=', 1)[0]);
  expect(
    keys.filter((key) => NON_DEFAULT_KEYS.includes(key)),
    note,
  ).toEqual([]);
  expect(new URL(link).hash, note).toContain('lang=en');
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test(`${corpus.length} hostile hashes, as hash changes, leave the default view`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(corpus.length).toBeGreaterThanOrEqual(50);
  const dialogs = watchDialogs(page);
  const map = await openMap(page, '/');
  const defaultCamera = await map.camera();
  for (const link of corpus) {
    await map.pasteLink(hashOf(link));
    await expectDefaultView(map, link.note, defaultCamera);
    await expectNothingRan(page, dialogs);
  }
  // The map still answers: a click on an island selects it.
  const panel = await map.choose('Kunashir / Kunashiri');
  await expect(panel).toHaveAccessibleName(/Kunashir/);
});

test('hostile hashes opened as new pages leave the default view', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs = watchDialogs(page);
  const defaultCamera = await (await openMap(page, '/')).camera();
  for (const link of corpus.filter((item) => item.freshLoad)) {
    await page.goto('about:blank');
    const map = await openMap(page, `/#${hashOf(link)}`);
    await expectDefaultView(map, link.note, defaultCamera);
    await expectDefaultLink(map, link.note);
    await expectNothingRan(page, dialogs);
  }
});
