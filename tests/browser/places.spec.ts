// The basemap's place names as the map draws them: in the reader's language, in the view's
// naming on the four islands, and at each scale (the islands, a venue, the world).
import { cameraAtRest, expect, openMap, test } from './fixtures';
import type { Page } from '@playwright/test';

const labels = (page: Page) => page.evaluate(() => window.__kurilMapProbe!.renderedLabels());

/** Waits until the drawn labels include all of `expected`, then returns them. */
async function expectLabels(page: Page, expected: string[]) {
  await cameraAtRest(page);
  await expect
    .poll(() => labels(page), { timeout: 20_000 })
    .toEqual(expect.arrayContaining(expected));
  return labels(page);
}

test.describe('place names', () => {
  test('the first view names the strait, the towns and the other islands in each language', async ({
    page,
  }) => {
    await openMap(page, '/#lang=en');
    const en = await expectLabels(page, ['Catherine Strait', 'Nemuro', 'Rausu', 'Urup']);
    expect(en.some((text) => /[\p{Script=Cyrillic}\p{Script=Han}]/u.test(text))).toBe(false);

    await openMap(page, '/#lang=ru');
    const ru = await expectLabels(page, ['пролив Екатерины', 'Нэмуро', 'Раусу', 'Уруп']);
    expect(ru).not.toContain('Nemuro');

    await openMap(page, '/#lang=ja');
    await expectLabels(page, ['国後水道', '根室', '羅臼', '得撫島']);
  });

  test('settlements of the four islands follow the view', async ({ page }) => {
    const view = 'map=9/43.95/145.75';
    await openMap(page, `/#${view}&lang=en&pov=japan`);
    const japan = await expectLabels(page, ['Furukamappu']);
    expect(japan).not.toContain('Yuzhno-Kurilsk');

    await openMap(page, `/#${view}&lang=en&pov=russia`);
    const russia = await expectLabels(page, ['Yuzhno-Kurilsk']);
    expect(russia).not.toContain('Furukamappu');

    await openMap(page, `/#${view}&lang=ja&pov=neutral`);
    await expectLabels(page, ['古釜布 / ユジノクリリスク']);
    await openMap(page, `/#${view}&lang=ru&pov=neutral`);
    await expectLabels(page, ['Южно-Курильск / Фурукамаппу']);
  });

  test('a view over Tokyo names the city and its neighbours; the world view names countries', async ({
    page,
  }) => {
    await openMap(page, '/#map=4/37/136&lang=en');
    await expectLabels(page, ['Tokyo', 'Japan', 'South Korea']);
    await openMap(page, '/#map=4/37/136&lang=ru');
    await expectLabels(page, ['Токио', 'Япония']);
    await openMap(page, '/#map=4/37/136&lang=ja');
    await expectLabels(page, ['東京', '日本']);

    await openMap(page, '/#map=1.6/20/120&lang=en');
    await expectLabels(page, ['Russia', 'China', 'Moscow', 'Tokyo', 'Da Nang']);
    await openMap(page, '/#map=1.6/20/120&lang=ja');
    await expectLabels(page, ['ロシア', 'モスクワ']);
  });
});
