// Numbers and dates in the reader's locale, through the browser's Intl.
import type { Lang } from '../data/schema';

const LOCALES: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', ja: 'ja-JP' };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision the data gives. */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' | 'year' = 'day') {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}
