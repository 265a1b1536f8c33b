// The basemap's place names as the map draws them: in the reader's language, in the view's
// naming on the four islands, and at each scale (the islands, a venue, the world).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openMap } from './driver';

/** Opens a link and waits until the drawn labels include all of `expected`; returns them. */
async function labelsOf(page: Page, link: string, expected: string[]) {
  const map = await openMap(page, link);
  await map.mapAtRest();
  await expect
    .poll(() => map.labels(), { timeout: 20_000 })
    .toEqual(expect.arrayContaining(expected));
  return map.labels();
}

test.describe('place names', () => {
  test('the first view names the strait, the towns and the other islands in each language', async ({
    page,
  }) => {
    const en = await labelsOf(page, '/#lang=en', ['Catherine Strait', 'Nemuro', 'Rausu', 'Urup']);
    expect(en.some((text) => /[\p{Script=Cyrillic}\p{Script=Han}]/u.test(text))).toBe(false);

    const ru = await labelsOf(page, '/#lang=ru', ['пролив Екатерины', 'Нэмуро', 'Раусу', 'Уруп']);
    expect(ru).not.toContain('Nemuro');

    await labelsOf(page, '/#lang=ja', ['国後水道', '根室', '羅臼', '得撫島']);
  });

  test('settlements of the four islands follow the view', async ({ page }) => {
    const view = 'map=9/43.95/145.75';
    const japan = await labelsOf(page, `/#${view}&lang=en&pov=japan`, ['Furukamappu']);
    expect(japan).not.toContain('Yuzhno-Kurilsk');

    const russia = await labelsOf(page, `/#${view}&lang=en&pov=russia`, ['Yuzhno-Kurilsk']);
    expect(russia).not.toContain('Furukamappu');

    await labelsOf(page, `/#${view}&lang=ja&pov=neutral`, ['古釜布 / ユジノクリリスク']);
    await labelsOf(page, `/#${view}&lang=ru&pov=neutral`, ['Южно-Курильск / Фурукамаппу']);
  });

  test('a view over Tokyo names the city and its neighbours; the world view names countries', async ({
    page,
  }) => {
    await labelsOf(page, '/#map=4/37/136&lang=en', ['Tokyo', 'Japan', 'South Korea']);
    await labelsOf(page, '/#map=4/37/136&lang=ru', ['Токио', 'Япония']);
    await labelsOf(page, '/#map=4/37/136&lang=ja', ['東京', '日本']);

    await labelsOf(page, '/#map=1.6/20/120&lang=en', [
      'Russia',
      'China',
      'Moscow',
      'Tokyo',
      'Da Nang',
    ]);
    await labelsOf(page, '/#map=1.6/20/120&lang=ja', ['ロシア', 'モスクワ']);
  });

  test('each name is drawn once: a venue’s own label gives way to its marker’s', async ({
    page,
  }) => {
    const views: [string, string[]][] = [
      ['/#map=2.3/40/110&lang=en', ['Tokyo', 'Beijing', 'Vladivostok']],
      ['/#map=5/40/135&lang=ru', ['Токио', 'Владивосток']],
      ['/#map=6.5/44/145.5&lang=ja', ['根室', '羅臼']],
    ];
    for (const [link, names] of views) {
      const labels = await labelsOf(page, link, names);
      expect(labels.filter((text, index) => labels.indexOf(text) !== index)).toEqual([]);
    }
  });

  test('a venue opened from a link is shown in its country, with the country named', async ({
    page,
  }) => {
    // Links without a camera: the venue's own view.
    await labelsOf(page, '/#venue=osaka&lang=en', ['Japan', 'Nagoya']);
    await labelsOf(page, '/#venue=da-nang&lang=ja', ['ベトナム']);
  });

  test('a venue far from its country’s world-scale name is shown with the country and a neighbouring town', async ({
    page,
  }) => {
    // The country's name at a venue's scale (kind venue-country) and the towns build-places.mjs
    // names around each venue.
    const views: [string, Record<'en' | 'ru' | 'ja', string[]>][] = [
      ['moscow', { en: ['Russia', 'Tula'], ru: ['Россия', 'Тула'], ja: ['ロシア', 'トゥーラ'] }],
      [
        'irkutsk',
        { en: ['Russia', 'Ulan-Ude'], ru: ['Россия', 'Улан-Удэ'], ja: ['ロシア', 'ウラン・ウデ'] },
      ],
      [
        'washington',
        {
          en: ['United States', 'Philadelphia'],
          ru: ['Соединенные Штаты', 'Филадельфия'],
          ja: ['アメリカ合衆国', 'フィラデルフィア'],
        },
      ],
    ];
    for (const [venue, byLang] of views) {
      for (const [lang, expected] of Object.entries(byLang)) {
        await labelsOf(page, `/#venue=${venue}&lang=${lang}`, expected);
      }
    }
    await labelsOf(page, '/#venue=beijing&lang=en', ['China', 'Tianjin']);
  });
});
