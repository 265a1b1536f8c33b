// Rules about the year shown that need no data, so the first view can use them.
import type { Side } from './schema';

/** Today's date, ISO (UTC): the day the map shows when no year is asked for. */
export const today = () => new Date().toISOString().slice(0, 10);

/** The day a year stands for: its last day, or today for the current year and for no year. */
export function dateOfYear(year: number | null, todayIso: string): string {
  const last = `${year}-12-31`;
  return year === null || last > todayIso ? todayIso : last;
}

/** The name a side had on a date: the Soviet Union until 25 December 1991. */
export function sideNameKey(side: Side, date: string): 'japan' | 'russia' | 'soviet' {
  return side === 'russia' && date < '1991-12-26' ? 'soviet' : side;
}
