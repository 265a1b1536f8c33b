import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { administeringSide, administrationOn } from '../../src/data/administration';
import { dispute, meetingsInOrder, venueById } from '../../src/data/dispute';
import { ISLAND_IDS, LEADERS_FORMATS } from '../../src/data/schema';
import { inForceOn } from '../../src/data/dates';
import { EVENT_YEARS, eventsUpTo, stepYear } from '../../src/history/timeline';
import { dateOfYear } from '../../src/data/years';
import { trailFeatures, trailMeetings, type TrailFilter } from '../../src/history/trail';
import { arc, measure } from '../../src/measure/measure';
import { buildStyle } from '../../src/map/style';
import { DEFAULT_STYLE_OPTIONS } from './support/styleOptions';
import type { FilterSpecification } from 'maplibre-gl';
import type { Position } from 'geojson';

const dayBefore = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};

const administrationChanges = dispute.events.events.flatMap((e) => e.administrationChanges ?? []);
const lineChanges = dispute.events.events.flatMap((e) => e.lineChanges ?? []);

describe('status of an island on a date', () => {
  it('has as many changes as the record holds', () => {
    // Shimoda 1855 gave all four to Japan; the Soviet offensive of 1945 took each one.
    expect(administrationChanges).toHaveLength(8);
  });

  it.each(administrationChanges.map((c) => [c.island, c.date, c.to] as const))(
    '%s: the day before %s it is not yet %s, that day it is',
    (island, date, to) => {
      expect(administeringSide(island, dayBefore(date))).not.toBe(to);
      expect(administeringSide(island, date)).toBe(to);
      expect(administrationOn(date)[island]).toBe(to);
    },
  );

  it('knows no administration before 1855 and the Soviet one from September 1945', () => {
    expect(administrationOn('1854-12-31')).toEqual({
      iturup: null,
      kunashir: null,
      shikotan: null,
      habomai: null,
    });
    expect(administrationOn('1945-09-03')).toEqual({
      iturup: 'russia',
      kunashir: 'russia',
      shikotan: 'russia',
      habomai: 'russia',
    });
    expect(administrationOn('1945-08-31')).toEqual({
      iturup: 'russia',
      kunashir: 'japan',
      shikotan: 'japan',
      habomai: 'japan',
    });
  });
});

describe('lines in force on a date', () => {
  // The rule the legend filters with.
  const linesOn = (day: string) =>
    dispute.lines.lines.filter((line) => inForceOn(line, day)).map((line) => line.id);

  it.each(lineChanges.map((c) => [c.line, c.change, c.date] as const))(
    '%s: %s on %s, not the day before',
    (line, change, date) => {
      expect(linesOn(dayBefore(date)).includes(line)).toBe(change === 'end');
      expect(linesOn(date).includes(line)).toBe(change === 'start');
    },
  );

  // The map filters lines with a style expression; it must agree with the pure rule.
  const style = (date: string) => buildStyle({ ...DEFAULT_STYLE_OPTIONS, fontsReady: false, date });
  const drawn = (date: string) => {
    const layers = style(date).layers.filter((layer) => layer.id.startsWith('line-'));
    return dispute.lines.lines
      .filter((line) =>
        layers.some((layer) => {
          const filter = featureFilter((layer as { filter: FilterSpecification }).filter, 'id');
          const properties = { kind: line.kind, validFrom: line.validFrom, validTo: line.validTo };
          return filter.filter({ zoom: 5 }, { type: 2, properties } as never);
        }),
      )
      .map((line) => line.id);
  };
  it.each(lineChanges.flatMap((c) => [c.date, dayBefore(c.date)]))(
    'the map draws the lines in force on %s',
    (date) => expect(drawn(date)).toEqual(linesOn(date)),
  );

  it.each(['1615-12-31', '1789-12-31', '1854-12-31', '1855-02-06'])(
    'draws no line on %s, before the first treaty',
    (date) => expect(drawn(date)).toEqual([]),
  );
});

describe('the year control', () => {
  it('steps from event to event and on to today', () => {
    // From the record's first event: the Ainu of Menashi at Matsumae, about 1615.
    expect(EVENT_YEARS[0]).toBe(1615);
    expect(EVENT_YEARS).toContain(1945);
    // 1811: the Golovnin incident; 1855: Shimoda.
    expect(stepYear(1811, 1, 2026)).toBe(1855);
    // 1869: Chishima Province; 1875: Saint Petersburg; 1899: the Ainu act; 1905: Portsmouth.
    expect(stepYear(1855, 1, 2026)).toBe(1869);
    expect(stepYear(1869, 1, 2026)).toBe(1875);
    expect(stepYear(1875, -1, 2026)).toBe(1869);
    expect(stepYear(1855, -1, 2026)).toBe(1811);
    expect(stepYear(1615, -1, 2026)).toBe(1615);
    expect(stepYear(1900, 1, 2026)).toBe(1905);
    expect(stepYear(1900, -1, 2026)).toBe(1899);
    expect(stepYear(null, -1, 2026)).toBe(EVENT_YEARS.at(-1));
    expect(stepYear(EVENT_YEARS.at(-1)!, 1, 2026)).toBeNull();
    expect(stepYear(null, 1, 2026)).toBeNull();
  });

  it('takes the last day of a year, and today for this year', () => {
    expect(dateOfYear(1945, '2026-11-23')).toBe('1945-12-31');
    expect(dateOfYear(2026, '2026-11-23')).toBe('2026-11-23');
    expect(dateOfYear(null, '2026-11-23')).toBe('2026-11-23');
  });

  it('lists the events up to a date, newest first', () => {
    const ids = eventsUpTo('1956-12-31').map((e) => e.id);
    expect(ids[0]).toBe('joint-declaration-1956');
    expect(ids.at(-1)).toBe('menashi-ainu-matsumae-1615');
    expect(ids).toContain('matsumae-map-1644');
    expect(ids).not.toContain('soviet-memorandum-1960');
  });
});

describe('the meeting trail', () => {
  const all: TrailFilter = { format: 'all', period: null, until: '2026-11-23' };
  const coordinates = (venue: string) => venueById(venue)!.coordinates as Position;
  const meetings = meetingsInOrder();

  it('has a feature for every meeting, an arc wherever the city changes', () => {
    const { features } = trailFeatures(trailMeetings(meetings, all), coordinates);
    expect(features.map((f) => f.properties.meeting)).toEqual(meetings.map((m) => m.id));
    features.forEach((feature, i) => {
      const changed = i > 0 && meetings[i - 1].venue !== meetings[i].venue;
      expect(feature.geometry.type).toBe(changed ? 'LineString' : 'Point');
      expect(feature.properties.from).toBe(changed ? meetings[i - 1].venue : null);
    });
    expect(features.filter((f) => f.geometry.type === 'LineString').length).toBeGreaterThan(15);
  });

  it('filters by format, period and the year shown', () => {
    const twoPlusTwo = trailMeetings(meetings, { ...all, format: '2plus2' });
    expect(twoPlusTwo.map((m) => m.format)).toEqual(['2+2', '2+2', '2+2', '2+2']);
    // `summit`, as shared links have it: every meeting of the two leaders, whatever its format.
    const summits = trailMeetings(meetings, { ...all, format: 'summit' });
    expect(new Set(summits.map((m) => m.format))).toEqual(
      new Set(['official-visit', 'summit', 'sideline']),
    );
    expect(summits).toHaveLength(meetings.filter((m) => LEADERS_FORMATS.includes(m.format)).length);
    // The formats added since: one each.
    for (const format of [
      'official-visit',
      'sideline',
      'foreign-ministers',
      'treaty-signing',
      'conference',
    ] as const) {
      const kept = trailMeetings(meetings, { ...all, format });
      expect(kept.length, format).toBeGreaterThan(0);
      expect(
        kept.every((m) => m.format === format),
        format,
      ).toBe(true);
    }
    expect(trailMeetings(meetings, { ...all, format: 'foreign-ministers' })).toHaveLength(8);
    const nineties = trailMeetings(meetings, { ...all, period: [1991, 1999] });
    expect(nineties.map((m) => m.date.start.slice(0, 4))).toEqual([
      '1991',
      '1992',
      '1993',
      '1993',
      '1996',
      '1997',
      '1997',
      '1998',
      '1998',
      '1999',
    ]);
    // Up to 1956: the treaties and conferences from Shimoda on, and the Moscow talks of 1956.
    expect(trailMeetings(meetings, { ...all, until: '1956-12-31' })).toHaveLength(8);
  });

  it('joins the ends of each arc to their venues', () => {
    const { features } = trailFeatures(meetings, coordinates);
    for (const feature of features) {
      if (feature.geometry.type !== 'LineString') continue;
      const line = feature.geometry.coordinates;
      const [fromLng, fromLat] = coordinates(feature.properties.from!);
      const [toLng, toLat] = coordinates(feature.properties.to);
      expect(line[0][0]).toBeCloseTo(fromLng, 6);
      expect(line[0][1]).toBeCloseTo(fromLat, 6);
      // The end may lie one world to the east or west, never anywhere else.
      expect(((line.at(-1)![0] - toLng) % 360) + 0).toBeCloseTo(0, 6);
      expect(line.at(-1)![1]).toBeCloseTo(toLat, 6);
    }
  });

  it('keeps arcs across the antimeridian unbroken (Lima, Buenos Aires)', () => {
    const { features } = trailFeatures(meetings, coordinates);
    const crossing = features.filter((f) =>
      ['lima', 'buenos-aires'].some((v) => f.properties.from === v || f.properties.to === v),
    );
    expect(crossing.length).toBeGreaterThanOrEqual(4);
    // No step of an arc jumps a world: each is a short hop (arcs over the pole, as Bangkok to Sea
    // Island, take wide steps in longitude but short ones on the ground).
    for (const feature of features) {
      if (feature.geometry.type !== 'LineString') continue;
      const line = feature.geometry.coordinates;
      for (let i = 1; i < line.length; i++) {
        expect(Math.abs(line[i][0] - line[i - 1][0])).toBeLessThan(180);
        expect(
          measure(line[i - 1] as [number, number], line[i] as [number, number]).km,
        ).toBeLessThan(500);
      }
    }
    // Vladivostok to Lima runs east across the Pacific, not west across Asia and Africa.
    const toLima = crossing.find(
      (f) => f.properties.from === 'vladivostok' && f.properties.to === 'lima',
    )!;
    const lngs = (toLima.geometry as { coordinates: Position[] }).coordinates.map((p) => p[0]);
    expect(Math.max(...lngs)).toBeGreaterThan(180);
  });

  it('draws a short arc between near cities as a great circle', () => {
    const line = arc([139.69, 35.69], [37.62, 55.75]);
    expect(line).toHaveLength(64);
    // The great circle from Tokyo to Moscow bulges north of both cities.
    expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(60);
  });
});

it('covers every island id', () => {
  expect(Object.keys(administrationOn('2000-01-01'))).toEqual([...ISLAND_IDS]);
});
