// Dates of the data set at any ISO precision (YYYY, YYYY-MM, YYYY-MM-DD). Apart from validate.ts
// so that the app's lookups (dispute.ts) do not carry the schema.
import type { Precision } from './schema';

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** true when `s` is an ISO 8601 calendar date (YYYY, YYYY-MM or YYYY-MM-DD) that exists. */
export function isRealIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The precision an ISO date is written at: 1945, 1945-08, 1945-08-09. */
export function precisionOf(iso: string): Precision {
  const parts = iso.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** First day covered by an ISO date of any precision, as YYYY-MM-DD. */
export function firstDay(s: string): string {
  const [y, m = '01', d = '01'] = s.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day covered by an ISO date of any precision, as YYYY-MM-DD. */
export function lastDay(s: string): string {
  const [y, m, d] = s.split('-');
  if (d !== undefined) return s;
  if (m !== undefined) {
    const last = daysInMonth(Number(y), Number(m));
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/** Whether a line is in force on a day (YYYY-MM-DD): validFrom <= day < validTo. */
export function inForceOn(line: { validFrom: string; validTo: string | null }, day: string) {
  return firstDay(line.validFrom) <= day && (line.validTo === null || day < firstDay(line.validTo));
}
