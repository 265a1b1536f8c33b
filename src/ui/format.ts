// Pure helpers that turn the data set's dates and figures into text in the reader's language.
import type { TFunction } from 'i18next';
import type { DateSpan, Figure, Lang, Meeting } from '../data/schema';
import { formatDate, formatNumber } from '../i18n/format';

/** A date or a range, at the precision the data gives. */
export function formatSpan(span: DateSpan, lang: Lang): string {
  const start = formatDate(span.start, lang, span.precision);
  return span.end ? `${start} – ${formatDate(span.end, lang, span.precision)}` : start;
}

/** A figure's number as precise as its source gives it; a range where the source gives one. */
export function figureNumber(figure: Pick<Figure, 'value' | 'upTo'>, lang: Lang): string | null {
  if (figure.value === null) return null;
  const value = formatNumber(figure.value, lang, 2);
  return figure.upTo === undefined ? value : `${value}–${formatNumber(figure.upTo, lang, 2)}`;
}

/** A meeting's format (summit, 2+2 and its round) in the reader's language. */
export function meetingFormat(meeting: Meeting, t: TFunction<'panels'>): string {
  return meeting.round
    ? t('format.round', { format: t(`format.${meeting.format}`), round: meeting.round })
    : t(`format.${meeting.format}`);
}

/** The reader's calendar date, YYYY-MM-DD (not UTC: a file made at 1 a.m. bears today's date). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
