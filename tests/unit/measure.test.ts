import { describe, expect, it } from 'vitest';
import { measure, measureFeatures } from '../../src/measure/measure';

describe('distance tool', () => {
  it('measures Cape Nosappu to Kaigara (about 3.7 km, GSI)', () => {
    const { km, nmi } = measure([145.817, 43.3853], [145.8555, 43.3917]);
    expect(km).toBeGreaterThan(3);
    expect(km).toBeLessThan(4);
    expect(nmi).toBeCloseTo(km / 1.852, 6);
  });

  it('measures Tokyo to Moscow along the great circle (about 7,500 km)', () => {
    const { km } = measure([139.6917, 35.6895], [37.6175, 55.7505]);
    expect(km).toBeGreaterThan(7400);
    expect(km).toBeLessThan(7600);
  });

  it('draws points, and an arc once there are two', () => {
    expect(measureFeatures([[145, 43]])).toHaveLength(1);
    const features = measureFeatures([
      [145, 43],
      [148, 45],
    ]);
    expect(features.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'LineString']);
  });
});
