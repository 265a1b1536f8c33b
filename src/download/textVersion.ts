// Pure rules of the Data view's text version and charts: the meetings table's order and filters,
// meetings per year by format, and the islands' population by date and origin.
import { firstDay } from '../data/dates';
import { MEETING_FORMATS, type MeetingFormat } from '../data/meetingFormats';
import type { Figure } from '../data/schema';

/** The fields of a meeting the table sorts and filters by. */
export interface MeetingRow {
  id: string;
  /** ISO date of any precision. */
  start: string;
  format: MeetingFormat;
  /** The city's name in the reader's language. */
  city: string;
}

export const MEETING_SORT_KEYS = ['date', 'city', 'format'] as const;
export type MeetingSortKey = (typeof MEETING_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface MeetingFilter {
  year: number | null;
  city: string | null;
  format: MeetingFormat | null;
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4));

export function filterMeetings<T extends MeetingRow>(
  rows: readonly T[],
  filter: MeetingFilter,
): T[] {
  return rows.filter(
    (row) =>
      (filter.year === null || yearOf(row.start) === filter.year) &&
      (filter.city === null || row.city === filter.city) &&
      (filter.format === null || row.format === filter.format),
  );
}

/**
 * The rows in the order asked for. Cities sort by the reader's collation, formats in the order of
 * MEETING_FORMATS; ties keep date order, so each city's or format's meetings read in time.
 */
export function sortMeetings<T extends MeetingRow>(
  rows: readonly T[],
  key: MeetingSortKey,
  direction: SortDirection,
  compareNames: (a: string, b: string) => number,
): T[] {
  const byDate = (a: T, b: T) => firstDay(a.start).localeCompare(firstDay(b.start));
  const primary: Record<MeetingSortKey, (a: T, b: T) => number> = {
    date: byDate,
    city: (a, b) => compareNames(a.city, b.city),
    format: (a, b) => MEETING_FORMATS.indexOf(a.format) - MEETING_FORMATS.indexOf(b.format),
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * primary[key](a, b) || byDate(a, b));
}

export interface MeetingsPerYear {
  /** Every year from the first meeting's to the last's, none left out. */
  years: number[];
  /** For each format, the number of meetings in each of `years`. */
  counts: Record<MeetingFormat, number[]>;
}

/** Meetings per calendar year (of their first day), by format. */
export function meetingsPerYearByFormat(
  meetings: readonly Pick<MeetingRow, 'start' | 'format'>[],
): MeetingsPerYear {
  const meetingYears = meetings.map((meeting) => yearOf(meeting.start));
  const first = Math.min(...meetingYears);
  const years =
    meetings.length === 0
      ? []
      : Array.from({ length: Math.max(...meetingYears) - first + 1 }, (_, i) => first + i);
  const counts = Object.fromEntries(
    MEETING_FORMATS.map((format) => [format, years.map(() => 0)]),
  ) as Record<MeetingFormat, number[]>;
  meetings.forEach((meeting, i) => counts[meeting.format][meetingYears[i]! - first]!++);
  return { years, counts };
}

/** Running sums of the series, in order: what a stacked bar chart draws for each. */
export function stacked(series: readonly (readonly number[])[]): number[][] {
  const sums: number[][] = [];
  series.forEach((values, i) =>
    sums.push(values.map((value, j) => value + (i === 0 ? 0 : sums[i - 1]![j]!))),
  );
  return sums;
}

export interface PopulationFigure {
  island: string;
  /** The figure's date as the data gives it (a year, or a day). */
  asOf: string;
  /** null: the source gives no number. */
  value: number | null;
  origin: Figure['origin'];
  label: Figure['label'];
  sources: string[];
}

export interface PopulationTable {
  /** The dates with a figure, oldest first, each with its figures and their origins. */
  dates: { asOf: string; origins: Figure['origin'][]; figures: PopulationFigure[] }[];
  /** For each island, its figure at each date, or null where there is none. */
  values: Record<string, (number | null)[]>;
  /** Figures the data holds without a number or a date, shown as missing. */
  missing: PopulationFigure[];
}

/**
 * The islands' population figures by date, every side's as its own: a date with no figure for an
 * island is null (missing), never zero.
 */
export function populationTable(
  islands: readonly { id: string; population: readonly Figure[] }[],
): PopulationTable {
  const figures: PopulationFigure[] = islands.flatMap((island) =>
    island.population.map((figure) => ({
      island: island.id,
      asOf: figure.asOf ?? '',
      value: figure.value,
      origin: figure.origin,
      label: figure.label,
      sources: figure.sources,
    })),
  );
  const dated = figures.filter((figure) => figure.value !== null && figure.asOf !== '');
  const asOfs = [...new Set(dated.map((figure) => figure.asOf))].sort((a, b) =>
    firstDay(a).localeCompare(firstDay(b)),
  );
  return {
    dates: asOfs.map((asOf) => {
      const atDate = dated.filter((f) => f.asOf === asOf);
      return { asOf, origins: [...new Set(atDate.map((f) => f.origin))], figures: atDate };
    }),
    values: Object.fromEntries(
      islands.map((island) => [
        island.id,
        asOfs.map(
          (asOf) => dated.find((f) => f.island === island.id && f.asOf === asOf)?.value ?? null,
        ),
      ]),
    ),
    missing: figures.filter((figure) => !dated.includes(figure)),
  };
}
