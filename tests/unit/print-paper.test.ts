import { describe, expect, it } from 'vitest';
import {
  clearBox,
  defaultPaper,
  pageRule,
  printableWidthMm,
  printPixelRatio,
  scaleBar,
} from '../../src/print/paper';

describe('the printed page', () => {
  it('takes US Letter where it is the usual paper and A4 elsewhere', () => {
    expect(defaultPaper(['en-US', 'en'])).toBe('letter');
    expect(defaultPaper(['fr-CA'])).toBe('letter');
    expect(defaultPaper(['en-GB'])).toBe('a4');
    expect(defaultPaper(['ja-JP'])).toBe('a4');
    expect(defaultPaper(['ru'])).toBe('a4');
    expect(defaultPaper([])).toBe('a4');
  });

  it('sets the size and margins of the page', () => {
    expect(pageRule('a4', 'landscape')).toBe('@page { size: A4 landscape; margin: 12mm; }');
    expect(pageRule('letter', 'portrait')).toBe('@page { size: letter portrait; margin: 12mm; }');
    expect(printableWidthMm('a4', 'portrait')).toBe(186);
    expect(printableWidthMm('a4', 'landscape')).toBe(273);
  });

  it('copies the map at about 200 dpi across the printable width, within 1x to 4x', () => {
    // 273 mm at 200 dpi is 2150 px: a 1280 px map is copied at 1.68x.
    expect(printPixelRatio(1280, 'a4', 'landscape')).toBeCloseTo(1.68, 2);
    expect(printPixelRatio(4000, 'a4', 'portrait')).toBe(1);
    // A phone's map would need more than MapLibre's largest canvas at 200 dpi.
    expect(printPixelRatio(390, 'a4', 'landscape')).toBe(4);
    expect(printPixelRatio(1200, 'letter', 'landscape') * 1200).toBeLessThanOrEqual(4096);
  });

  it('gives the scale bar a round length within a quarter of the map', () => {
    // 1000 m per pixel on a 800 px map: a quarter is 200 km, a round 200 km bar.
    expect(scaleBar(1000, 800)).toEqual({ metres: 200_000, share: 0.25 });
    // 330 m per pixel: a quarter is 66 km; 50 km is the longest round length under it.
    const bar = scaleBar(330, 800);
    expect(bar.metres).toBe(50_000);
    expect(bar.share).toBeCloseTo(50_000 / (330 * 800), 6);
    expect(scaleBar(2.5, 400).metres).toBe(200);
  });

  it('prints the part of the map the controls leave clear, or all of it when that is small', () => {
    const insets = { top: 50, right: 520, bottom: 90, left: 0 };
    expect(clearBox(1280, 800, insets)).toEqual({ x: 0, y: 50, width: 760, height: 660 });
    expect(clearBox(1280, 800, null)).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    // A phone's sheet at full height leaves a sliver: the whole map prints.
    const sheet = { top: 40, right: 0, bottom: 780, left: 0 };
    expect(clearBox(390, 844, sheet)).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  });
});
