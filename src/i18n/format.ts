// Numbers, dates and the order of names in the reader's locale, through the browser's Intl.
// Formatters are costly to build (a panel formats dozens of dates), so each one is built once and
// kept.
import type { Lang } from '../data/ids';

const LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', ja: 'ja-JP' };
type Precision = 'day' | 'month' | 'year';

const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator;
const formatters = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, build: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter as T;
}

/** Compares two names in the order the reader's language sorts them. */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  return cached(`collator:${lang}`, () => new Intl.Collator(LOCALES[lang])).compare;
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return cached(
    `number:${lang}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }),
  ).format(value);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision the data gives. */
export function formatDate(iso: string, lang: Lang, precision: Precision = 'day') {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return cached(
    `date:${lang}:${precision}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], DATE_OPTIONS[precision]),
  ).format(date);
}
