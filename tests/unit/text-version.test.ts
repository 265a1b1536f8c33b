// The Data view's text version and charts: the meetings table's order and filters, and the
// figures the charts draw, held to the data set.
import { describe, expect, it } from 'vitest';
import { dispute } from '../../src/data/dispute';
import { MEETING_FORMATS } from '../../src/data/schema';
import {
  filterMeetings,
  meetingsPerYearByFormat,
  populationTable,
  sortMeetings,
  stacked,
  type MeetingRow,
} from '../../src/download/textVersion';

const rows: MeetingRow[] = [
  { id: 'a', start: '2016-12-15', format: 'summit', city: 'Nagato' },
  { id: 'b', start: '2016-09', format: 'sideline', city: 'Vladivostok' },
  { id: 'c', start: '1956', format: 'treaty-signing', city: 'Moscow' },
  { id: 'd', start: '2019-01-22', format: 'summit', city: 'Moscow' },
];
const byName = (a: string, b: string) => a.localeCompare(b);
const ids = (list: MeetingRow[]) => list.map((row) => row.id);

describe('meetings table', () => {
  it('sorts by date either way, at any precision', () => {
    expect(ids(sortMeetings(rows, 'date', 'ascending', byName))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(sortMeetings(rows, 'date', 'descending', byName))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts by city and by format, ties in date order', () => {
    expect(ids(sortMeetings(rows, 'city', 'ascending', byName))).toEqual(['c', 'd', 'a', 'b']);
    expect(ids(sortMeetings(rows, 'format', 'ascending', byName))).toEqual(['a', 'd', 'b', 'c']);
    expect(ids(sortMeetings(rows, 'format', 'descending', byName))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('filters by year, city and format together', () => {
    expect(ids(filterMeetings(rows, { year: 2016, city: null, format: null }))).toEqual(['a', 'b']);
    expect(ids(filterMeetings(rows, { year: null, city: 'Moscow', format: 'summit' }))).toEqual([
      'd',
    ]);
    expect(filterMeetings(rows, { year: 1900, city: null, format: null })).toEqual([]);
  });
});

describe('meetings per year by format', () => {
  it('counts each meeting once, in its year and format, with every year in between', () => {
    const { years, counts } = meetingsPerYearByFormat(rows);
    expect(years).toEqual(Array.from({ length: 2019 - 1956 + 1 }, (_, i) => 1956 + i));
    expect(counts.summit[2016 - 1956]).toBe(1);
    expect(counts.sideline[2016 - 1956]).toBe(1);
    expect(counts['treaty-signing'][0]).toBe(1);
    expect(counts.summit[2019 - 1956]).toBe(1);
    expect(counts.conference.every((n) => n === 0)).toBe(true);
  });

  it('sums to the data set, year by year', () => {
    const meetings = dispute.meetings.meetings.map((m) => ({
      start: m.date.start,
      format: m.format,
    }));
    const { years, counts } = meetingsPerYearByFormat(meetings);
    const total = MEETING_FORMATS.flatMap((format) => counts[format]).reduce((a, b) => a + b, 0);
    expect(total).toBe(meetings.length);
    for (const [i, year] of years.entries()) {
      const inYear = meetings.filter((m) => m.start.startsWith(String(year)));
      for (const format of MEETING_FORMATS) {
        expect(counts[format][i], `${year} ${format}`).toBe(
          inYear.filter((m) => m.format === format).length,
        );
      }
    }
  });

  it('stacks series as running sums', () => {
    expect(
      stacked([
        [1, 0],
        [2, 3],
        [0, 1],
      ]),
    ).toEqual([
      [1, 0],
      [3, 3],
      [3, 4],
    ]);
  });
});

describe('population by date', () => {
  const table = populationTable(dispute.islands.islands);

  it('has every dated figure of the data set, each at its date and island', () => {
    let dated = 0;
    for (const island of dispute.islands.islands) {
      for (const figure of island.population) {
        if (figure.value === null || figure.asOf === undefined) continue;
        dated++;
        const column = table.dates.findIndex((d) => d.asOf === figure.asOf);
        expect(table.values[island.id]![column]).toBe(figure.value);
        expect(table.dates[column]!.origins).toContain(figure.origin);
      }
    }
    const shown = Object.values(table.values)
      .flat()
      .filter((v) => v !== null).length;
    expect(shown).toBe(dated);
  });

  it('leaves a date without a figure empty, never zero, and keeps figures without a number', () => {
    const values = Object.values(table.values).flat();
    expect(values).toContain(null);
    expect(values).not.toContain(0);
    expect(table.missing.map((f) => f.island)).toEqual(
      dispute.islands.islands.flatMap((island) =>
        island.population.filter((f) => f.value === null || !f.asOf).map(() => island.id),
      ),
    );
  });
});
