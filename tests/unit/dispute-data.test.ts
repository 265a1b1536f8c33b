import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispute, rawDispute } from '../../src/data/dispute';
import { validateDispute } from '../../src/data/validate';
import { DisputeData, ISLAND_IDS, ISLET_IDS, LANGS, SIDES } from '../../src/data/schema';

/** The non-empty texts of the data set, per language: objects with a key per language. */
function countTexts(node: unknown, counts = { en: 0, ru: 0, ja: 0 }) {
  if (Array.isArray(node)) node.forEach((child) => countTexts(child, counts));
  else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    for (const lang of LANGS) {
      const text = record[lang];
      if (typeof text === 'string' && text.trim() !== '') counts[lang] += 1;
    }
    Object.values(record).forEach((child) => countTexts(child, counts));
  }
  return counts;
}

describe('dispute data set', () => {
  it('passes the schema and every cross-reference check', () => {
    expect(validateDispute(rawDispute)).toEqual([]);
  });

  it('comes out of the schema unchanged, so the app can use the JSON without parsing it', () => {
    // The files as they are on disk, parsed: the schema may add, drop or rewrite nothing
    // (no defaults, transforms or coercions), since the app reads the JSON without zod.
    const parsed = DisputeData.parse(
      Object.fromEntries(
        Object.keys(rawDispute).map((file) => [
          file,
          JSON.parse(readFileSync(join('geodata', 'dispute', `${file}.json`), 'utf8')),
        ]),
      ),
    );
    expect(dispute).toStrictEqual(parsed);
  });

  it('holds every island unit, every Habomai islet and a claim per island and side', () => {
    expect(dispute.islands.islands.map((i) => i.id).sort()).toEqual([...ISLAND_IDS].sort());
    expect(dispute.islands.islets.map((i) => i.id).sort()).toEqual([...ISLET_IDS].sort());
    for (const island of ISLAND_IDS) {
      for (const side of SIDES) {
        expect(
          dispute.claims.claims.filter((c) => c.island === island && c.side === side),
        ).toHaveLength(1);
      }
    }
  });

  it('keeps the source keys of the fact sheet and adds GN, NE, GSHHG and ETOPO5', () => {
    const ids = new Set(dispute.sources.sources.map((s) => s.id));
    for (const id of [
      'S1',
      'S2',
      'S31',
      'T1',
      'T11',
      'T28',
      'M1',
      'M6',
      'A1',
      'A6',
      'C1',
      'C12',
      'G1',
      'G10',
      'P1',
      'P6',
      'D1',
      'D6',
      'GN',
      'NE',
      'GSHHG',
      'ETOPO5',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('keeps disagreeing figures side by side, each with its own source', () => {
    const iturup = dispute.islands.islands.find((i) => i.id === 'iturup')!;
    expect(iturup.area.map((f) => f.value)).toEqual([3166.6, 3139, 3174.71]);
    expect(iturup.highestPoint.map((f) => f.value)).toEqual([1634, 1629]);
    const kunashir = dispute.islands.islands.find((i) => i.id === 'kunashir')!;
    expect(kunashir.highestPoint.find((f) => f.value === 1822)?.superseded).toBe(true);
    const habomai = dispute.islands.islands.find((i) => i.id === 'habomai')!;
    expect(habomai.highestPoint.every((f) => f.confirmed === false)).toBe(true);
  });

  it("shows all three figures for Kunashir's highest point, and who gives each", () => {
    const kunashir = dispute.islands.islands.find((i) => i.id === 'kunashir')!;
    const byValue = new Map(kunashir.highestPoint.map((f) => [f.value, f]));
    expect(byValue.get(1822)?.sources).toEqual(['S28']);
    expect(byValue.get(1772)?.sources).toEqual(['S28']);
    expect(byValue.get(1779)?.sources).toEqual(['K1']);
    expect(byValue.get(1779)?.note?.en).toContain('does not say who measured it or when');
  });

  it('gives each island unit the Ainu origin of its name, every reading with a source', () => {
    for (const island of dispute.islands.islands) {
      expect(island.ainu.readings.length, island.id).toBeGreaterThan(0);
      expect(
        island.ainu.readings.some((r) => r.kana !== undefined || r.latin !== undefined),
        `${island.id} has an Ainu form in katakana or Latin script`,
      ).toBe(true);
      for (const reading of island.ainu.readings) {
        expect(reading.sources.length, island.id).toBeGreaterThan(0);
      }
    }
    // Sources that disagree are all kept: none of the readings is chosen over the others.
    const kunashir = dispute.islands.islands.find((i) => i.id === 'kunashir')!;
    expect(kunashir.ainu.readings.map((r) => r.latin)).toEqual(['kunne-sir', 'kina-sir']);
    expect(kunashir.ainu.caveats?.[0].sources).toEqual(['AN2']);
    const iturup = dispute.islands.islands.find((i) => i.id === 'iturup')!;
    expect(iturup.ainu.readings.length).toBeGreaterThan(1);
    // Habomai islets whose Ainu origin the sources give.
    const withAinu = dispute.islands.islets.filter((i) => i.ainu).map((i) => i.id);
    expect(withAinu.sort()).toEqual(
      ['anuchina', 'polonskogo', 'signalny', 'tanfilyeva', 'yuri', 'zelyony'].sort(),
    );
  });

  it("lists the four 2+2 rounds, the foreign ministers' rounds of 2019–2020 and the leaders' meetings", () => {
    const twoPlusTwo = dispute.meetings.meetings.filter((m) => m.format === '2+2');
    expect(twoPlusTwo.map((m) => [m.date.start, m.venue])).toEqual([
      ['2013-11-02', 'tokyo'],
      ['2017-03-20', 'tokyo'],
      ['2018-07-31', 'moscow'],
      ['2019-05-30', 'tokyo'],
    ]);
    const ministers = dispute.meetings.meetings.filter((m) => m.format === 'foreign-ministers');
    expect(ministers.map((m) => [m.date.start, m.venue])).toEqual([
      ['2019-01-14', 'moscow'],
      ['2019-02-16', 'munich'],
      ['2019-05-10', 'moscow'],
      ['2019-05-31', 'tokyo'],
      ['2019-09-25', 'new-york'],
      ['2019-11-22', 'nagoya'],
      ['2019-12-19', 'moscow'],
      ['2020-02-15', 'munich'],
    ]);
    expect(dispute.meetings.meetings.length).toBeGreaterThanOrEqual(85);
    const sidelines = dispute.meetings.meetings.filter((m) => m.format === 'sideline');
    expect(sidelines.every((m) => m.occasion !== undefined)).toBe(true);
  });

  it('holds the treaty and conference venues of the record', () => {
    const held = (venue: string, year: string) =>
      dispute.meetings.meetings.some((m) => m.venue === venue && m.date.start.startsWith(year));
    for (const [venue, year] of [
      ['shimoda', '1855'],
      ['saint-petersburg', '1875'],
      ['portsmouth', '1905'],
      ['moscow', '1941'],
      ['yalta', '1945'],
      ['san-francisco', '1951'],
      ['london', '1955'],
      ['moscow', '1956'],
      ['tokyo', '1993'],
      ['irkutsk', '2001'],
      ['moscow', '2003'],
    ]) {
      expect(held(venue, year), `${venue} ${year}`).toBe(true);
    }
  });

  it('records the press errors as corrections that follow the primary sources', () => {
    const june = dispute.meetings.corrections.find((c) => c.id === 'latest-2plus2-date')!;
    expect(june.verdict).toBe('error');
    expect(june.sources).toEqual(['M1', 'M2']);
    expect(june.meetings).toEqual(['2plus2-2018-moscow']);
    const suzuki = dispute.meetings.corrections.find((c) => c.id === 'suzuki-title')!;
    expect(suzuki.verdict).toBe('error');
    expect(suzuki.finding.en).toContain('Miyakoshi');
  });

  it('has texts in all three languages in equal number', () => {
    const counts = countTexts(rawDispute);
    expect(counts.en).toBeGreaterThan(300);
    expect(counts.ru).toBe(counts.en);
    expect(counts.ja).toBe(counts.en);
  });
});

describe('dispute data and the map geometry', () => {
  it('knows every islet the island geometry names', () => {
    const geo = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8')) as {
      features: { properties: { id: string; islets?: (string | null)[] } }[];
    };
    const ids = new Set(dispute.islands.islets.map((i) => i.id));
    const named = geo.features
      .flatMap((f) => f.properties.islets ?? [])
      .filter((id) => id !== null);
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(ids.has(id as never), id as string).toBe(true);
    expect(geo.features.map((f) => f.properties.id).sort()).toEqual([...ISLAND_IDS].sort());
  });
});
