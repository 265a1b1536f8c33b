import { describe, expect, it } from 'vitest';
import { tFor } from './support/shareText';
import { exportFileName, footerHeight, footerLines } from '../../src/share/exportPng';
import { CREDITS } from '../../src/map/style';
import { localIsoDate } from '../../src/ui/format';

// Local time, east of UTC: the file and the footer bear the reader's date, not UTC's.
process.env.TZ = 'Pacific/Auckland';
const now = new Date(2025, 5, 5, 0, 30);

describe('PNG footer', () => {
  it('names the perspective, the year shown, the date of export and the credits', () => {
    expect(footerLines({ pov: 'japan', year: 1956, lang: 'en', now }, tFor('en'))).toEqual([
      "Perspective: Japan's view · Year shown: 1956",
      `Exported 5 June 2025 · ${CREDITS}`,
    ]);
  });

  it('says "today" with the current year when no year is chosen, in each language', () => {
    expect(footerLines({ pov: 'neutral', year: null, lang: 'en', now }, tFor('en'))[0]).toBe(
      'Perspective: Neutral · Year shown: today (2025)',
    );
    const [ru1, ru2] = footerLines({ pov: 'russia', year: null, lang: 'ru', now }, tFor('ru'));
    expect(ru1).toBe('Точка зрения: Позиция России · Год: сегодня (2025)');
    expect(ru2).toBe(`Экспортировано 5 июня 2025 г. · ${CREDITS}`);
    const [ja1, ja2] = footerLines({ pov: 'japan', year: 1945, lang: 'ja', now }, tFor('ja'));
    expect(ja1).toBe('表示の立場：日本の立場 · 表示年：1945');
    expect(ja2).toBe(`出力日：2025年6月5日 · ${CREDITS}`);
  });

  it('grows with the pixel ratio', () => {
    expect(footerHeight(2, 2)).toBe(2 * footerHeight(1, 2));
    expect(footerHeight(1, 2)).toBeGreaterThan(footerHeight(1, 1));
  });
});

describe('PNG file name', () => {
  it('carries the perspective and the local date', () => {
    expect(localIsoDate(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
    expect(exportFileName('russia', now)).toBe('kuril-map-russia-2025-06-05.png');
  });
});
