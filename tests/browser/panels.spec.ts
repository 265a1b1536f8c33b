// The island and venue panels: sections, the two sides side by side, sources, names in their
// own languages, meetings grouped by format and newest first in each group.
import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, ISLAND_IDS, test } from './fixtures';
import { openMap, type MapDriver } from './driver';
import { MEETING_FORMATS } from '../../src/data/schema';
import { root } from './root';

const meetingsData: { id: string; venue: string; format: string }[] = JSON.parse(
  readFileSync(join(root, 'geodata', 'dispute', 'meetings.json'), 'utf8'),
).meetings;

const SECTIONS = ['names', 'positions', 'differences', 'facts', 'history'];

/** A click on the island, and its panel. */
async function openIsland(map: MapDriver, id: string): Promise<Locator> {
  const panel = await map.selectIsland(id);
  await expect(panel).toHaveAccessibleName(/^Island:/);
  return panel;
}

async function columns(locator: Locator): Promise<number> {
  return locator.evaluate(
    (element) => getComputedStyle(element).gridTemplateColumns.split(' ').length,
  );
}

for (const id of ISLAND_IDS) {
  test(`the ${id} panel has its sections, both positions side by side and sourced names`, async ({
    page,
  }) => {
    const map = await openMap(page);
    const panel = await openIsland(map, id);

    const headings = panel.getByRole('heading', { level: 3 });
    await expect(headings).toHaveCount(SECTIONS.length);
    for (const name of SECTIONS) {
      await expect(panel.locator(`section[data-section="${name}"] > h3`)).toBeVisible();
    }

    // Two columns on a wide screen, Japan's and Russia's, each with its administration.
    const positions = panel.getByTestId('positions');
    expect(await columns(positions)).toBe(2);
    await expect(positions.locator('[data-side]')).toHaveCount(2);
    await expect(positions.getByRole('heading', { name: "Japan's position" })).toBeVisible();
    await expect(positions.getByRole('heading', { name: "Russia's position" })).toBeVisible();
    await expect(positions.locator('[data-side="japan"] [lang="ja"]').first()).toHaveText('日本');
    await expect(positions.locator('[data-side="russia"] [lang="ru"]').first()).toHaveText(
      'Российская Федерация',
    );

    // Every source link opens in a new tab without handing over the opener, and shows a title.
    const links = panel.locator('.sources a');
    expect(await links.count()).toBeGreaterThan(20);
    const attributes = await links.evaluateAll((anchors) =>
      anchors.map((a) => [a.getAttribute('target'), a.getAttribute('rel'), a.textContent]),
    );
    for (const [target, rel, text] of attributes) {
      expect(target).toBe('_blank');
      expect(rel).toBe('noopener noreferrer');
      expect(text!.length).toBeGreaterThan(3);
    }

    // Names carry their language, transliterations theirs.
    const names = panel.getByTestId('island-names');
    for (const lang of ['en', 'ru', 'ru-Latn', 'ja', 'ja-Latn']) {
      await expect(names.locator(`[lang="${lang}"]`).first()).not.toBeEmpty();
    }
    await expect(panel.locator('[data-section="names"] [lang="ru"]').first()).toHaveText(/[А-яЁё]/);
    await expect(panel.locator('[data-section="names"] [lang="ja"]').first()).toHaveText(
      /[\u3040-\u30ff\u4e00-\u9fff]/,
    );
    // The Ainu origin of the name: katakana and Latin forms tagged as Ainu, each reading sourced.
    const ainu = panel.getByTestId('ainu-origin');
    await expect(ainu.locator('[lang="ain-Kana"]').first()).toHaveText(
      /^[\u30a0-\u30ff\u31f0-\u31ff]+$/,
    );
    await expect(ainu.locator('li').first().locator('.sources a')).not.toHaveCount(0);

    // Facts: official figures next to the computed ones; history oldest first; differences.
    await expect(panel.getByTestId('computed-area')).toContainText('km²');
    await expect(panel.getByTestId('computed-distance')).toContainText('km');
    const dates = await panel
      .locator('[data-testid="history"] > li h4 time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
    await expect(panel.locator('[data-testid="differences"] > li')).not.toHaveCount(0);
    await expect(
      panel.locator('[data-testid="differences"] [data-topic="administration"] [data-side]'),
    ).toHaveCount(2);

    // The body scrolls inside the panel; the page does not.
    const scroll = await panel
      .locator('.panel-body')
      .evaluate((body) => [
        body.scrollHeight > body.clientHeight,
        getComputedStyle(body).overflowY,
      ]);
    expect(scroll).toEqual([true, 'auto']);
  });
}

test('Habomai lists its islets in both systems; the map lacks none of them', async ({ page }) => {
  const map = await openMap(page);
  const panel = await openIsland(map, 'habomai');
  const islets = panel.getByTestId('islet-names');
  await expect(islets.locator('tbody tr')).toHaveCount(8);
  await expect(islets.locator('tbody tr').first().locator('[lang="ru"]')).toHaveText('Сигнальный');
  await expect(islets.locator('tbody tr').first().locator('[lang="ja"]').first()).toHaveText(
    '貝殻島',
  );
  await expect(panel.getByTestId('islet-names')).toBeVisible();
  await expect(panel.getByTestId('missing-islets')).toHaveCount(0);
  const isletAinu = panel.getByTestId('islet-ainu');
  await expect(isletAinu.locator('> li')).toHaveCount(6);
  await expect(isletAinu.locator('[lang="ain-Kana"]').first()).toHaveText('カイ・カ・ラ・イ');
  await expect(panel.getByTestId('ainu-origin').locator('[lang="ain-Latn"]')).toHaveText(
    'Ap-o-mai',
  );
});

test('Kunashir gives both Ainu readings of its name and all three figures for its highest point', async ({
  page,
}) => {
  const map = await openMap(page);
  const panel = await openIsland(map, 'kunashir');
  const ainu = panel.getByTestId('ainu-origin');
  await expect(ainu.locator('[lang="ain-Latn"]')).toHaveText(['kunne-sir', 'kina-sir']);
  await expect(ainu.locator('[lang="ain-Kana"]')).toHaveText(['クンネ・シリ', 'キナ・シリ']);
  await expect(ainu).toContainText('black island');
  await expect(ainu).toContainText('grass island');
  // Where sources disagree, each figure stands: GSI's earlier and revised heights and a third.
  const heights = panel.getByTestId('highest-point');
  for (const height of ['1,822 m', '1,772 m', '1,779 m'])
    await expect(heights).toContainText(height);
});

test('the section buttons move the focus to a section heading', async ({ page }) => {
  const map = await openMap(page);
  const panel = await openIsland(map, 'kunashir');
  await panel.getByRole('button', { name: 'Claim history' }).click();
  await expect(panel.getByRole('heading', { level: 3, name: 'Claim history' })).toBeFocused();
});

test('on a narrow screen the positions collapse to one column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page);
  const panel = await openIsland(map, 'iturup');
  expect(await columns(panel.getByTestId('positions'))).toBe(1);
  const box = (await panel.boundingBox())!;
  expect(box.width).toBeCloseTo(390, 0);
  expect(box.height).toBeLessThan(844 * 0.5);
});

test('the Tokyo venue panel groups its meetings by format, newest first in each', async ({
  page,
}) => {
  // A scale at which Tokyo's marker stands apart from its neighbours'.
  const map = await openMap(page, '/#map=8/35.69/139.7');
  const panel = await map.selectVenue('Tokyo');
  const tokyo = meetingsData.filter((m) => m.venue === 'tokyo');
  await expect(panel.locator('[data-testid="meetings"] > li')).toHaveCount(tokyo.length);
  const groups = panel.locator('.meeting-group');
  const formats = await groups.evaluateAll((items) =>
    items.map((g) => (g as HTMLElement).dataset.format!),
  );
  expect(formats).toEqual(
    MEETING_FORMATS.filter((format) => tokyo.some((m) => m.format === format)),
  );
  for (const format of formats) {
    const items = panel.locator(`.meeting-group[data-format="${format}"] > ol > li`);
    await expect(items).toHaveCount(tokyo.filter((m) => m.format === format).length);
    const dates = await items.evaluateAll((list) =>
      list.map((li) => (li as HTMLElement).dataset.date!),
    );
    expect(dates).toEqual([...dates].sort().reverse());
  }
  const first = panel.locator('.meeting-group[data-format="2+2"] > ol > li').first();
  await expect(first.getByRole('heading', { level: 5 })).toContainText('30 May 2019');
  await expect(first.getByRole('heading', { level: 5 })).toContainText('2+2');
  await expect(first.locator('[data-side]')).toHaveCount(2);
  await expect(first).toContainText('Sergey Lavrov');
  await expect(first).toContainText('Press report confirmed');
  await expect(first.locator('.sources a').first()).toHaveAttribute('target', '_blank');
});

test('the Yalta venue panel names the third powers and says Japan was not a party', async ({
  page,
}) => {
  await openMap(page, '/#venue=yalta&lang=en');
  const panel = page.getByRole('complementary', { name: 'Meeting venue: Yalta' });
  const yalta = panel.locator('li[data-meeting="yalta-1945-02"]');
  await expect(yalta.locator('[data-side]')).toHaveCount(3);
  await expect(yalta.locator('[data-side="japan"]')).toContainText('Not a party');
  await expect(yalta.locator('[data-side="other"]')).toContainText('Winston Churchill');
});

// These read lang, pov and island from the URL hash (PRODUCT.md, "Public contracts").
// The positions render a frame after the panel opens: wait for both sides before reading them.
async function sideOrder(panel: Locator): Promise<(string | undefined)[]> {
  const sides = panel.getByTestId('positions').locator('[data-side]');
  await expect(sides).toHaveCount(2);
  return sides.evaluateAll((columns) => columns.map((c) => (c as HTMLElement).dataset.side));
}

test('the perspective puts its side first, in the reader’s language', async ({ page }) => {
  await openMap(page, '/#map=6/44.5/146.5&lang=ru&pov=japan&island=iturup');
  const panel = page.getByRole('complementary', { name: /^Остров:/ });
  await expect(panel).toBeVisible();
  expect(await sideOrder(panel)).toEqual(['japan', 'russia']);
  await expect(panel.getByRole('heading', { level: 4, name: 'Позиция Японии' })).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3, name: 'История притязаний' })).toBeVisible();
  await expect(panel.locator('[data-event="shimoda-1855"] time')).toHaveText('7 февраля 1855 г.');

  await openMap(page, '/#map=6/44.5/146.5&lang=ja&pov=russia&island=kunashir');
  const ja = page.getByRole('complementary', { name: /^島：/ });
  expect(await sideOrder(ja)).toEqual(['russia', 'japan']);
  await expect(ja.getByRole('heading', { level: 4, name: 'ロシアの立場' })).toBeVisible();
  await expect(ja.locator('[data-event="shimoda-1855"] time')).toHaveText('1855年2月7日');
});

test('the neutral view orders the sides by their names in the reader’s language', async ({
  page,
}) => {
  await openMap(page, '/#map=6/44.5/146.5&lang=en&island=shikotan');
  expect(await sideOrder(page.getByRole('complementary', { name: /^Island:/ }))).toEqual([
    'japan',
    'russia',
  ]);
  await openMap(page, '/#map=6/44.5/146.5&lang=ru&island=shikotan');
  // Россия comes before Япония.
  expect(await sideOrder(page.getByRole('complementary', { name: /^Остров:/ }))).toEqual([
    'russia',
    'japan',
  ]);
});

test('switching the perspective keeps the focus where it was', async ({ page }) => {
  const map = await openMap(page);
  await openIsland(map, 'iturup');
  const japanView = page.getByRole('radio', { name: "Japan's view" });
  await japanView.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('complementary', { name: 'Island: Etorofu' })).toBeVisible();
  await expect(japanView).toBeFocused();
});
