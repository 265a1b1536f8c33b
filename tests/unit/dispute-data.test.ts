import { describe, expect, it } from 'vitest';
import { dispute, rawDispute } from '../../src/data/dispute';
import { validateDispute } from '../../src/data/validate';
import {
  DisputeData,
  ISLAND_IDS,
  ISLET_IDS,
  LANGS,
  LEADERS_FORMATS,
  SIDES,
} from '../../src/data/schema';

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
    expect(DisputeData.parse(rawDispute)).toStrictEqual(rawDispute);
    expect(dispute).toBe(rawDispute);
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

  it("lists the four 2+2 rounds and the leaders' meetings of the fact sheet", () => {
    const twoPlusTwo = dispute.meetings.meetings.filter((m) => m.format === '2+2');
    expect(twoPlusTwo.map((m) => [m.date.start, m.venue])).toEqual([
      ['2013-11-02', 'tokyo'],
      ['2017-03-20', 'tokyo'],
      ['2018-07-31', 'moscow'],
      ['2019-05-30', 'tokyo'],
    ]);
    const leaders = dispute.meetings.meetings.filter((m) => LEADERS_FORMATS.includes(m.format));
    expect(leaders).toHaveLength(22);
    const sidelines = dispute.meetings.meetings.filter((m) => m.format === 'sideline');
    expect(sidelines.every((m) => m.occasion !== undefined)).toBe(true);
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
  it('knows every islet the island geometry names', async () => {
    const { readFileSync } = await import('node:fs');
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
