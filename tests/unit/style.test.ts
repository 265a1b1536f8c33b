import { describe, expect, it } from 'vitest';
import { buildStyle, ISLAND_FILL_LAYER, type StyleOptions } from '../../src/map/style';
import { islandLabels, neutralEnglish } from '../../src/map/labels';
import { islands } from '../../src/data/basics';

const options: StyleOptions = {
  dataUrl: '/data',
  islandLabels: islandLabels(islands),
  fontsReady: true,
  colorScheme: 'light',
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
      expect((source as { data: string }).data).toMatch(/^\/data\/[a-z-]+\.geojson$/);
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

describe('island labels', () => {
  it('name each island in both English conventions, Russian and Japanese', () => {
    const labels = islandLabels(islands);
    expect(labels.iturup).toBe('Iturup / Etorofu\nИтуруп · 択捉島');
    expect(labels.kunashir).toContain('Kunashir / Kunashiri');
    expect(labels.kunashir).toContain('国後島');
    expect(Object.keys(labels).sort()).toEqual(['habomai', 'iturup', 'kunashir', 'shikotan']);
  });

  it('show one English form where both conventions agree', () => {
    const shikotan = islands.find((island) => island.id === 'shikotan')!;
    expect(neutralEnglish(shikotan)).toBe('Shikotan');
  });
});
