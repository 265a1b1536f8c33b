import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildStyle, type StyleOptions } from '../../src/map/style';
import { applyStyleChanges } from '../../src/map/styleChanges';
import { islandLabelsFor, styleOptionsFor } from '../../src/map/viewOptions';
import { DEFAULT_STYLE_OPTIONS } from './support/styleOptions';

/**
 * A stand-in map that records the methods called on it, with their first argument; it shows the
 * style the change starts from unless `lostLayers`.
 */
function recordingMap(lostLayers = false) {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(`${name} ${typeof args[0] === 'string' ? args[0] : ''}`.trim());
  const map = new Proxy(
    {},
    {
      get: (_, name: string) => {
        if (name === 'getSource') return () => ({ setData: record('setData') });
        if (name === 'getLayer') return () => (lostLayers ? undefined : {});
        return record(name);
      },
    },
  ) as unknown as MapLibreMap;
  return { map, calls };
}

const change = (before: StyleOptions, after: StyleOptions, lostLayers = false) => {
  const { map, calls } = recordingMap(lostLayers);
  applyStyleChanges(map, buildStyle(before), buildStyle(after));
  return calls;
};

describe('style changes', () => {
  it('adds the label layer when the fonts are ready, leaving every data file alone', () => {
    const calls = change({ ...DEFAULT_STYLE_OPTIONS, fontsReady: false }, DEFAULT_STYLE_OPTIONS);
    // The islands' labels, the place names' layers and the towns' dots.
    expect(calls).toEqual(Array(12).fill('addLayer'));
  });

  it('changes only what a new language or view changes', () => {
    const ja = {
      ...DEFAULT_STYLE_OPTIONS,
      lang: 'ja' as const,
      islandLabels: islandLabelsFor('neutral', 'ja'),
    };
    const jaCalls = change(DEFAULT_STYLE_OPTIONS, ja);
    expect(jaCalls).toContain('setLayoutProperty island-label');
    expect(jaCalls.every((call) => /^setLayoutProperty (island-label|place-)/.test(call))).toBe(
      true,
    );
    const japan = { ...DEFAULT_STYLE_OPTIONS, pov: 'japan' as const };
    const calls = change(DEFAULT_STYLE_OPTIONS, japan);
    expect(calls.length).toBeGreaterThan(0);
    expect(
      calls.every((call) => /^(setPaintProperty|setFilter|setLayoutProperty place-)/.test(call)),
    ).toBe(true);
  });

  it('sends new trail data to its source', () => {
    const trail = (coordinates: number[][]) => ({
      ...DEFAULT_STYLE_OPTIONS,
      trail: {
        type: 'FeatureCollection' as const,
        features: [
          {
            type: 'Feature' as const,
            properties: {
              meeting: 'm',
              from: 'a',
              to: 'b',
              order: 0,
              format: 'summit' as const,
              date: '1991-04-16',
            },
            geometry: { type: 'LineString' as const, coordinates },
          },
        ],
      },
    });
    const calls = change(
      trail([
        [0, 0],
        [1, 1],
      ]),
      trail([
        [0, 0],
        [2, 2],
      ]),
    );
    expect(calls).toEqual(['setData']);
  });

  it('leaves to setStyle a change the map methods cannot make', () => {
    const { map, calls } = recordingMap();
    const before = buildStyle(DEFAULT_STYLE_OPTIONS);
    const after = structuredClone(before);
    after.sprite = 'https://example.org/sprite';
    applyStyleChanges(map, before, after);
    expect(calls).toEqual(['setStyle']);
  });

  it('gives the whole style to a map that no longer shows the one the change starts from', () => {
    const dark = { ...DEFAULT_STYLE_OPTIONS, colorScheme: 'dark' as const };
    expect(change(DEFAULT_STYLE_OPTIONS, dark, true)).toEqual(['setStyle']);
    expect(change(DEFAULT_STYLE_OPTIONS, dark)).not.toContain('setStyle');
  });

  it('starts the map with no labels until their fonts have loaded', () => {
    const view = {
      pov: 'neutral' as const,
      lang: 'en' as const,
      globe: false,
      year: null,
      date: '2026-01-01',
    };
    const context = { colorScheme: 'light' as const, reducedMotion: false, history: null };
    expect(styleOptionsFor(view, { ...context, labels: null }).fontsReady).toBe(false);
    const ready = styleOptionsFor(view, { ...context, labels: islandLabelsFor('neutral', 'en') });
    expect(ready).toEqual(DEFAULT_STYLE_OPTIONS);
  });

  it("colours a past year's islands by who administered them from the first style", () => {
    const view = { pov: 'neutral' as const, lang: 'en' as const, globe: false };
    const context = { colorScheme: 'light' as const, reducedMotion: false, history: null };
    const options = styleOptionsFor(
      { ...view, year: 1900, date: '1900-12-31' },
      {
        ...context,
        labels: null,
      },
    );
    expect(options.administration).toEqual({
      iturup: 'japan',
      kunashir: 'japan',
      shikotan: 'japan',
      habomai: 'japan',
    });
  });
});
