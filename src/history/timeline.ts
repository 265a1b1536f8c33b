// The year control's rules, as pure functions of the cited events: which years hold an event,
// where the previous and next event lie, the date a year stands for, and who administered each
// island then.
import { dispute, eventsUntil } from '../data/dispute';
import type { HistoryEvent } from '../data/schema';
import { FIRST_YEAR } from '../state/url';

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The years, from the first the control offers, in which at least one event began; ascending. */
export const EVENT_YEARS: readonly number[] = [
  ...new Set(
    dispute.events.events.map((event) => yearOf(event.date.start)).filter((y) => y >= FIRST_YEAR),
  ),
].sort((a, b) => a - b);

/**
 * The year of the next (direction 1) or previous (-1) event from `year` (null: today). Past the
 * last event the next step is today (null); before the first there is no previous step.
 */
export function stepYear(
  year: number | null,
  direction: 1 | -1,
  currentYear: number,
): number | null {
  const from = year ?? currentYear + 1;
  if (direction === 1) return EVENT_YEARS.find((y) => y > from) ?? null;
  return EVENT_YEARS.findLast((y) => y < from) ?? year;
}

/** The events up to a date, newest first, as the events list shows them. */
export const eventsUpTo = (date: string): HistoryEvent[] => eventsUntil(date).reverse();
