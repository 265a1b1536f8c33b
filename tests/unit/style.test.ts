import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, RasterDEMSourceSpecification } from 'maplibre-gl';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  buildStyle,
  EMBEDDED_BASEMAP_LAYERS,
  ISLAND_FILL_LAYER,
  landFor,
  PALETTES,
  REGION_BOX,
  WORLD_LAND_IN_REGION,
  TRAIL_SOURCE,
  type StyleOptions,
} from '../../src/map/style';
import { trailFeatures, trailMeetings } from '../../src/history/trail';
import { meetingsInOrder, venueById } from '../../src/data/dispute';
import { DEFAULT_STYLE_OPTIONS } from './support/styleOptions';

const options = DEFAULT_STYLE_OPTIONS;
const trail = trailFeatures(
  trailMeetings(meetingsInOrder(), { format: 'all', period: null, until: '2026-01-01' }),
  (venue) => venueById(venue)!.coordinates,
);

describe('buildStyle', () => {
  it('is a pure function of its options', () => {
    expect(buildStyle(options)).toEqual(buildStyle(structuredClone(options)));
    expect(JSON.stringify(buildStyle(options))).toBe(JSON.stringify(buildStyle(options)));
  });

  it('is a valid MapLibre style with every option', () => {
    for (const variant of [
      options,
      { ...options, fontsReady: false, colorScheme: 'dark' as const, pov: 'japan' as const },
      {
        ...options,
        administration: { iturup: 'russia', kunashir: 'japan', shikotan: 'japan', habomai: null },
        trail,
        globe: true,
      } satisfies StyleOptions,
    ]) {
      expect(validateStyleMin(buildStyle(variant))).toEqual([]);
    }
  });

  it('reads every source from the app origin and uses no glyph server', () => {
    const style = buildStyle({ ...options, trail });
    expect(style.glyphs).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      if (source.type === 'raster-dem') {
        // The hillshade's tiles, in the data folder too.
        expect(source.tiles).toEqual(['/data/dem/{z}/{x}/{y}.png']);
        continue;
      }
      if (source.type === 'vector') {
        // The world's finer land, tiled in the data folder.
        expect(source.tiles).toEqual(['/data/world-detail/{z}/{x}/{y}.pbf']);
        continue;
      }
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      // A URL on the app's own origin, or data the app makes itself (the distance tool).
      if (typeof data === 'string') expect(data).toMatch(/^\/data\/[a-z-]+\.geojson$/);
      else expect(data).toMatchObject({ type: 'FeatureCollection' });
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

  it('credits GSHHG (LGPL), ETOPO5 and Natural Earth', () => {
    const credits = Object.values(buildStyle(options).sources)
      .map((source) => (source as { attribution?: string }).attribution ?? '')
      .join(' ');
    expect(credits).toContain('GSHHG');
    expect(credits).toContain('Wessel and Smith (LGPL)');
    expect(credits).toContain('ETOPO5');
    expect(credits).toContain('Natural Earth');
  });
});

describe('relief in the style', () => {
  const ids = (style: ReturnType<typeof buildStyle>) => style.layers.map((l) => l.id);

  it('draws the sea depth under all land and the land height under the islands', () => {
    const order = ids(buildStyle(options));
    expect(order.indexOf('sea-depth')).toBeGreaterThan(order.indexOf('sea'));
    expect(order.indexOf('sea-depth')).toBeLessThan(order.indexOf('world-land'));
    expect(order.indexOf('land-height')).toBeGreaterThan(order.indexOf('region-land'));
    expect(order.indexOf('land-height')).toBeLessThan(order.indexOf(ISLAND_FILL_LAYER));
  });

  it.each(['light', 'dark'] as const)(
    'in the %s scheme, deeper is darker and the trench band darker still',
    (scheme) => {
      const luminance = (hex: string) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const { sea, depths } = PALETTES[scheme];
      const steps = [luminance(sea), ...depths.map(([, colour]) => luminance(colour))];
      for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThan(steps[i - 1]);
      expect(depths.at(-1)![0]).toBe(7000);
    },
  );

  it('draws the relief only once its box fills the view, in the fills’ shared form', () => {
    const style = buildStyle(options);
    const land = style.layers.find((l) => l.id === 'region-land')!;
    for (const id of ['sea-depth', 'land-height']) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(layer.minzoom).toBe(5.5);
      const paint = layer.paint as Record<string, unknown>;
      expect(paint['fill-opacity']).toEqual(
        (land.paint as Record<string, unknown>)['fill-opacity'],
      );
    }
  });
});

describe('hillshade in the style', () => {
  const style = buildStyle(options);
  const layer = (id: string) => style.layers.find((l) => l.id === id)!;
  const hillshade = layer('land-hillshade') as { source: string; minzoom?: number };

  it('shades the land over its height bands and under the islands, from the same zoom', () => {
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('land-hillshade')).toBeGreaterThan(order.indexOf('land-height'));
    expect(order.indexOf('land-hillshade')).toBeLessThan(order.indexOf(ISLAND_FILL_LAYER));
    expect(hillshade.minzoom).toBe(layer('land-height').minzoom);
    expect(EMBEDDED_BASEMAP_LAYERS).toContain('land-hillshade');
  });

  it('reads its one terrarium tile, around the region, from the data folder', () => {
    const source = style.sources[hillshade.source] as RasterDEMSourceSpecification;
    expect(source).toMatchObject({
      type: 'raster-dem',
      encoding: 'terrarium',
      tileSize: 512,
      minzoom: 4,
      maxzoom: 4,
      bounds: REGION_BOX,
    });
    expect(source.attribution).toContain('ETOPO5');
    const tile = source.tiles![0].replace('{z}/{x}/{y}', '4/14/5').replace(/^\/data/, '');
    expect(
      readFileSync(join(__dirname, '..', '..', 'public', 'data', tile)).length,
    ).toBeGreaterThan(0);
  });

  it.each(['light', 'dark'] as const)('stays quiet in the %s scheme', (colorScheme) => {
    const paint = (
      buildStyle({ ...options, colorScheme }).layers.find((l) => l.id === 'land-hillshade') as {
        paint: Record<string, unknown>;
      }
    ).paint;
    expect(paint['hillshade-exaggeration']).toBeLessThanOrEqual(0.3);
    expect(paint['hillshade-shadow-color']).not.toBe(PALETTES[colorScheme].islandOutline);
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

describe('history and the meeting trail in the style', () => {
  const fillColour = (style: ReturnType<typeof buildStyle>, id: string) => {
    const fill = style.layers.find((l) => l.id === ISLAND_FILL_LAYER) as {
      paint: { 'fill-color': ExpressionSpecification };
    };
    const parsed = expression.createExpression(fill.paint['fill-color'], 'paint.fill-color');
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const colour = parsed.value.evaluate({ zoom: 6 }, { properties: { id } } as never, {});
    return String(colour);
  };
  it('colours each island by who administered it in a past year', () => {
    const style = buildStyle({
      ...options,
      pov: 'japan',
      administration: { iturup: 'russia', kunashir: 'japan', shikotan: null, habomai: 'japan' },
    });
    const { islands } = PALETTES.light;
    expect(fillColour(style, 'iturup')).toBe(islands.russia);
    expect(fillColour(style, 'kunashir')).toBe(islands.japan);
    expect(fillColour(style, 'shikotan')).toBe(islands.disputed);
    // Without a past year, the colour of the view.
    expect(fillColour(buildStyle({ ...options, pov: 'japan' }), 'iturup')).toBe(islands.japan);
  });

  it('draws the trail only when asked, with lines measured for the gradient', () => {
    expect(buildStyle(options).sources[TRAIL_SOURCE]).toBeUndefined();
    const style = buildStyle({ ...options, trail });
    expect(style.sources[TRAIL_SOURCE]).toMatchObject({ lineMetrics: true, data: trail });
    expect(style.layers.map((l) => l.id)).toEqual(
      expect.arrayContaining(['trail-arc', 'trail-hit', 'trail-stop']),
    );
  });

  it('fades changes in unless motion is reduced', () => {
    expect(buildStyle(options).transition).toEqual({ duration: 300, delay: 0 });
    expect(buildStyle({ ...options, transitions: false }).transition).toEqual({
      duration: 0,
      delay: 0,
    });
  });

  it('switches to the globe projection', () => {
    expect(buildStyle(options).projection).toEqual({ type: 'mercator' });
    expect(buildStyle({ ...options, globe: true }).projection).toEqual({ type: 'globe' });
  });

  it('leaves the land and borders beyond the region empty until the world is asked for', () => {
    const data = (style: ReturnType<typeof buildStyle>, id: string) =>
      (style.sources[id] as { data: unknown }).data;
    const region = buildStyle(options, 'region');
    const world = buildStyle(options, 'world');
    expect(validateStyleMin(region)).toEqual([]);
    expect(validateStyleMin(world)).toEqual([]);
    expect(buildStyle(options)).toEqual(world);
    for (const id of ['world', 'borders']) {
      expect(data(region, id)).toEqual({ type: 'FeatureCollection', features: [] });
      expect(data(world, id)).toBe(`${options.dataUrl}/${id}.geojson`);
    }
    // The world's finer land comes with it, from its zoom on.
    const detail = ['world-land-detail', 'country-borders-detail'];
    expect(world.sources['world-detail']).toMatchObject({
      type: 'vector',
      tiles: [`${options.dataUrl}/world-detail/{z}/{x}/{y}.pbf`],
    });
    expect(world.layers.filter((layer) => detail.includes(layer.id))).toHaveLength(2);
    // The rest is the same style.
    const withoutWorld = (style: ReturnType<typeof buildStyle>) => ({
      ...style,
      sources: { ...style.sources, world: null, borders: null, 'world-detail': null },
      layers: style.layers.filter((layer) => !detail.includes(layer.id)),
    });
    expect(withoutWorld(region)).toEqual(withoutWorld(world));
  });
});

describe('landFor', () => {
  // The first view at 1280x800: the four units and the coasts around them.
  const firstView: [number, number, number, number] = [141.4, 42.1, 152.8, 46.6];

  it('needs only the region for a view inside it that shows no other land', () => {
    expect(landFor(firstView, false)).toBe('region');
  });

  it('needs the world once a view reaches land that region.geojson leaves out', () => {
    // Kamchatka's tip, in the region's box.
    expect(landFor([150, 46, 156, 51.5], false)).toBe('world');
  });

  it('needs the world beyond the region, and always on a globe', () => {
    expect(landFor([138, 40, 150, 46], false)).toBe('world');
    expect(landFor(firstView, true)).toBe('world');
  });
});

describe('REGION_BOX', () => {
  const read = (name: string) =>
    JSON.parse(readFileSync(join(__dirname, '..', '..', 'public', 'data', name), 'utf8'));
  const [west, south, east, north] = REGION_BOX;
  // Land may run along the box's edges: only its inside counts.
  const inside = turf.bboxPolygon([west + 0.01, south + 0.01, east - 0.01, north - 0.01]);

  it('holds all of region.geojson', () => {
    const [w, s, e, n] = turf.bbox(read('region.geojson'));
    expect(w >= west && s >= south && e <= east && n <= north).toBe(true);
  });

  it('borders.geojson draws nothing inside it', () => {
    const crossing = (
      read('borders.geojson').features as Parameters<typeof turf.booleanIntersects>[0][]
    )
      .flatMap((feature) => turf.flatten(feature as never).features)
      .filter((part) => turf.booleanIntersects(part, inside));
    expect(crossing).toEqual([]);
  });

  it('world.geojson draws land inside it only in the boxes of WORLD_LAND_IN_REGION', () => {
    const box = turf.bboxPolygon(REGION_BOX);
    const world = read('world.geojson').features[0] as Feature<MultiPolygon>;
    const pieces = turf
      .flatten(world)
      .features.map((part) => turf.intersect(turf.featureCollection<Polygon>([part, box])))
      .filter((piece) => piece !== null)
      .flatMap((piece) => turf.flatten(piece).features);
    expect(pieces.length).toBeGreaterThan(0);
    for (const piece of pieces) {
      const [w, s, e, n] = turf.bbox(piece);
      const within = WORLD_LAND_IN_REGION.some(
        ([bw, bs, be, bn]) => w >= bw && s >= bs && e <= be && n <= bn,
      );
      expect(within, `${[w, s, e, n].join(', ')}`).toBe(true);
    }
  });

  it('region.geojson holds no land that its edge cuts', () => {
    const edge = turf.polygonToLine(turf.bboxPolygon(REGION_BOX));
    for (const part of turf.flatten(read('region.geojson')).features) {
      expect(turf.booleanIntersects(part, edge as never)).toBe(false);
    }
  });
});
