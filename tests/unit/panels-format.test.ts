import { describe, expect, it } from 'vitest';
import { precisionOf } from '../../src/data/dates';
import { figureNumber, formatSpan } from '../../src/ui/format';

describe('panel formatting', () => {
  it('reads the precision of an ISO date from its form', () => {
    expect(precisionOf('1945')).toBe('year');
    expect(precisionOf('2022-04')).toBe('month');
    expect(precisionOf('1855-02-07')).toBe('day');
  });

  it('formats a date or a range at its precision, per language', () => {
    const span = { start: '1991-04-16', end: '1991-04-19', precision: 'day' as const };
    expect(formatSpan(span, 'en')).toBe('16 April 1991 – 19 April 1991');
    expect(formatSpan({ start: '2022-04', precision: 'month' }, 'ru')).toMatch(/^апрель 2022/);
    expect(formatSpan({ start: '1644', precision: 'year' }, 'ja')).toBe('1644年');
  });

  it('writes a figure, a range or nothing where the source gives no number', () => {
    expect(figureNumber({ value: 3166.6 }, 'en')).toBe('3,166.6');
    expect(figureNumber({ value: 99.94 }, 'en')).toBe('99.94');
    expect(figureNumber({ value: 3166.6 }, 'ru')).toBe('3\u00a0166,6');
    expect(figureNumber({ value: 17, upTo: 20 }, 'en')).toBe('17–20');
    expect(figureNumber({ value: null }, 'en')).toBeNull();
  });
});
