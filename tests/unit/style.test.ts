import { describe, expect, it } from 'vitest';
import { buildStyle, ISLAND_FILL_LAYER, type StyleOptions } from '../../src/map/style';
import { islands } from '../../src/data/basics';
import { islandLabel } from '../../src/perspective';
import type { IslandId } from '../../src/data/schema';

const options: StyleOptions = {
  dataUrl: '/data',
  islandLabels: Object.fromEntries(
    islands.map((island) => [island.id, islandLabel(island, 'neutral', 'en')]),
  ) as Record<IslandId, string>,
  fontsReady: true,
  colorScheme: 'light',
  pov: 'neutral',
  date: '2026-01-01',
};

describe('buildStyle', () => {
  it('is a pure function of its options', () => {
    expect(buildStyle(options)).toEqual(buildStyle(structuredClone(options)));
    expect(JSON.stringify(buildStyle(options))).toBe(JSON.stringify(buildStyle(options)));
  });

  it('reads every source from the app origin and uses no glyph server', () => {
    const style = buildStyle(options);
    expect(style.glyphs).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      // A URL on the app's own origin, or data the app makes itself (the distance tool).
      if (typeof data === 'string') expect(data).toMatch(/^\/data\/[a-z-]+\.geojson$/);
      else expect(data).toEqual({ type: 'FeatureCollection', features: [] });
    }
  });

  it('draws the islands as an interactive fill keyed by id', () => {
    const style = buildStyle(options);
    const fill = style.layers.find((layer) => layer.id === ISLAND_FILL_LAYER);
    expect(fill?.type).toBe('fill');
    expect(style.sources.islands).toMatchObject({ promoteId: 'id' });
    expect(style.layers.map((layer) => layer.id)).toContain('island-outline');
  });

  it('adds labels, in the bundled fonts, only once the fonts are ready', () => {
    const withLabels = buildStyle(options);
    const label = withLabels.layers.find((layer) => layer.id === 'island-label');
    expect(label?.layout).toMatchObject({
      'text-font': ['Noto Sans', 'Noto Sans JP', 'sans-serif'],
    });
    const without = buildStyle({ ...options, fontsReady: false });
    expect(without.layers.some((layer) => layer.type === 'symbol')).toBe(false);
  });

  it('changes colours with the colour scheme', () => {
    const light = buildStyle(options).layers.find((layer) => layer.id === 'sea');
    const dark = buildStyle({ ...options, colorScheme: 'dark' }).layers.find(
      (layer) => layer.id === 'sea',
    );
    expect(light?.paint).not.toEqual(dark?.paint);
  });

  it('credits OpenStreetMap and Natural Earth', () => {
    const credits = Object.values(buildStyle(options).sources)
      .map((source) => (source as { attribution?: string }).attribution ?? '')
      .join(' ');
    expect(credits).toContain('OpenStreetMap');
    expect(credits).toContain('Natural Earth');
  });
});

describe('lines and colours in the style', () => {
  const layer = (style: ReturnType<typeof buildStyle>, id: string) =>
    style.layers.find((l) => l.id === id) as { filter?: unknown; paint?: Record<string, unknown> };

  it("reads each line's kind from the property of the view on screen", () => {
    for (const [pov, property] of [
      ['neutral', 'kind'],
      ['japan', 'kind_japan'],
      ['russia', 'kind_russia'],
    ] as const) {
      const style = buildStyle({ ...options, pov });
      expect(JSON.stringify(layer(style, 'line-border').filter)).toContain(`["get","${property}"]`);
    }
  });

  it('draws only the lines in force on the date', () => {
    const filter = JSON.stringify(
      layer(buildStyle({ ...options, date: '1900-06-01' }), 'line-claim').filter,
    );
    expect(filter).toContain('["<=",["get","validFrom"],"1900-06-01"]');
  });

  it('colours the islands by the view', () => {
    const fill = (pov: 'neutral' | 'japan' | 'russia') =>
      JSON.stringify(layer(buildStyle({ ...options, pov }), ISLAND_FILL_LAYER).paint);
    expect(new Set([fill('neutral'), fill('japan'), fill('russia')]).size).toBe(3);
  });
});
