// The map style as a pure function of the view options: same options, same style.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { IslandId, Lang, LineKind, Side } from '../data/schema';
import type { TrailProperties } from '../history/trail';
import { islandOwnerColour, lineKindProperty, type Pov } from '../state/perspective';
import { PLACES_SOURCE, placeDotLayer, placeLabelLayers } from './basemapLayers';

export const ISLAND_SOURCE = 'islands';
/** Sea-depth and land-height bands (geodata/scripts/build-relief.mjs). */
export const RELIEF_SOURCE = 'relief';
/** The land's heights for the hillshade: one terrarium tile (geodata/scripts/build-relief.mjs). */
export const DEM_SOURCE = 'dem';
export const ISLAND_FILL_LAYER = 'island-fill';
export const MEASURE_SOURCE = 'measure';
export const TRAIL_SOURCE = 'trail';
/** Wide, invisible lines over the arcs and circles at the stops: what a click on the trail hits. */
export const TRAIL_TARGET_LAYERS = ['trail-hit', 'trail-stop'];
/** The layers of the embedded basemap: an online basemap, when configured, stands in for them. */
export const EMBEDDED_BASEMAP_LAYERS = [
  'sea',
  'sea-depth',
  'world-land',
  'world-land-detail',
  'region-land',
  'land-height',
  'land-hillshade',
  'region-coast',
  'country-borders',
  'country-borders-detail',
];

export type ColorScheme = 'light' | 'dark';

/**
 * The land the map loads: 'region' while the camera has seen only land that region.geojson draws
 * (the first view of the islands); 'world' once it has seen beyond.
 */
export type LandExtent = 'region' | 'world';

/**
 * The world's land and borders from Natural Earth at 1:50m, in vector tiles (zooms 4 and 5, from
 * geodata/scripts/build-land.mjs), stand in for the 1:110m files from this zoom on: at a venue's
 * scale a coast of 1:110m runs kilometres from the cities on it.
 */
const DETAIL_MINZOOM = 4;
const WORLD_DETAIL_SOURCE = 'world-detail';

type Box = [number, number, number, number];

/** The box of region.geojson (W, S, E, N), as geodata/scripts/build-land.mjs cuts it. */
export const REGION_BOX: Box = [139, 41, 157.5, 54.5];

/**
 * Boxes (W, S, E, N) around the world's land inside REGION_BOX: Honshu's tip, the mainland and
 * Kamchatka, which region.geojson leaves to the world's files whole (tests/unit/style.test.ts
 * checks them against world.geojson).
 */
export const WORLD_LAND_IN_REGION: Box[] = [
  [140.1, 41, 141.6, 41.6],
  [139, 47.3, 141.6, 54.5],
  [155.6, 50.9, 157.5, 54.5],
];

/**
 * The land a view (W, S, E, N) needs: the region's alone when it shows no other land, else the
 * world's. A globe always may show the world.
 */
export function landFor([west, south, east, north]: Box, globe: boolean): LandExtent {
  const [regionWest, regionSouth, regionEast, regionNorth] = REGION_BOX;
  const insideRegion =
    west >= regionWest && south >= regionSouth && east <= regionEast && north <= regionNorth;
  const worldLandInView = WORLD_LAND_IN_REGION.some(
    ([w, s, e, n]) => west < e && east > w && south < n && north > s,
  );
  return !globe && insideRegion && !worldLandInView ? 'region' : 'world';
}

export interface StyleOptions {
  /** Absolute or root-relative base URL of the data files. */
  dataUrl: string;
  /** Text of each island's map label. */
  islandLabels: Record<IslandId, string>;
  /** Label layers are added once the bundled fonts are ready, so labels never use a fallback face. */
  fontsReady: boolean;
  colorScheme: ColorScheme;
  pov: Pov;
  /** The reader's language: the basemap's place names are in it. */
  lang: Lang;
  /** ISO date: only lines in force on that day are drawn. */
  date: string;
  /**
   * Who administered each island on `date`, when the map shows a past year: the islands take
   * that side's colour. null: the colour of the view.
   */
  administration: Record<IslandId, Side | null> | null;
  /** The meeting trail (src/history/trail.ts), or null when it is hidden. */
  trail: FeatureCollection<LineString | Point, TrailProperties> | null;
  globe: boolean;
  /** Colour and line changes fade in; off when the reader asks for reduced motion. */
  transitions: boolean;
}

const GSHHG =
  '<a href="https://www.soest.hawaii.edu/pwessel/gshhg/" target="_blank" rel="noopener">GSHHG</a> by Wessel and Smith (LGPL)';
const ETOPO5 =
  '<a href="https://www.ncei.noaa.gov/" target="_blank" rel="noopener">ETOPO5</a> (NOAA)';
const NATURAL_EARTH =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

const GEONAMES =
  '<a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0)';

/** The basemap's credits as one line of plain text, for a copy of the map (PNG export, print). */
export const CREDITS =
  'GSHHG, Wessel and Smith (LGPL) · ETOPO5, NOAA · Natural Earth · GeoNames (CC BY 4.0)';

export const LABEL_FONTS = ['Noto Sans', 'Noto Sans JP', 'sans-serif'];

export interface Palette {
  sea: string;
  /** Sea colour at each depth band's upper bound (m), shallow to deep. */
  depths: [number, string][];
  land: string;
  /** Land colour at each height band's lower bound (m), low to high. */
  heights: [number, string][];
  /** The hillshade: lighter than the islands' fill and their outline, so they stay ahead. */
  hillshade: { shadow: string; highlight: string; exaggeration: number };
  landOutline: string;
  countryBorder: string;
  /** Island fill by who the view says they belong to; colour-blind safe (Okabe–Ito). */
  islands: Record<'disputed' | 'japan' | 'russia', string>;
  islandOutline: string;
  islandSelected: string;
  line: string;
  label: string;
  labelHalo: string;
  measure: string;
  trail: string;
}

export const PALETTES: Record<ColorScheme, Palette> = {
  light: {
    sea: '#cfe3ee',
    depths: [
      [200, '#c9e0eb'],
      [1000, '#c2dae7'],
      [6000, '#b2cfe0'],
      // The trench, a step darker than the deep sea around it.
      [7000, '#a0c2d6'],
    ],
    land: '#f4f1ea',
    heights: [
      [200, '#ece7dc'],
      [1000, '#ddd4c1'],
    ],
    hillshade: { shadow: '#6b5a45', highlight: '#ffffff', exaggeration: 0.3 },
    landOutline: '#9aa7ad',
    countryBorder: '#8a7f8f',
    islands: { disputed: '#8f86b3', japan: '#e69f00', russia: '#3b8fc6' },
    islandOutline: '#2b2d42',
    islandSelected: '#f0e442',
    line: '#1b1b1b',
    label: '#1f2a33',
    labelHalo: '#ffffff',
    measure: '#c2410c',
    trail: '#b4006e',
  },
  dark: {
    sea: '#13232e',
    depths: [
      [200, '#11212b'],
      [1000, '#0f1e27'],
      [6000, '#0b181f'],
      [7000, '#060f15'],
    ],
    land: '#2c3236',
    heights: [
      [200, '#31373a'],
      [1000, '#3b4143'],
    ],
    hillshade: { shadow: '#000000', highlight: '#8a949a', exaggeration: 0.3 },
    landOutline: '#56646c',
    countryBorder: '#8d8396',
    islands: { disputed: '#7d74a6', japan: '#c98a00', russia: '#2f7fb5' },
    islandOutline: '#e6e8ef',
    islandSelected: '#f0e442',
    line: '#f2f2f2',
    label: '#eef2f5',
    labelHalo: '#10181e',
    measure: '#fdba74',
    trail: '#ff7ac6',
  },
};

/** Dash pattern of each kind of line: a border is solid, a line of control dashed, a claim dotted. */
export const LINE_DASHES: Record<LineKind, number[] | null> = {
  border: null,
  'line-of-control': [4, 3],
  claim: [1, 2],
};

/** A value per island id, as a style expression. */
function byIslandId(values: Record<string, string>, fallback: string): ExpressionSpecification {
  const cases = Object.entries(values).flat();
  return ['match', ['get', 'id'], ...cases, fallback] as unknown as ExpressionSpecification;
}

const featureState = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

// MapLibre compiles a shader program for each layer type and each kind of paint value (fixed,
// by zoom, by feature) it meets, and the first view waits on every one: tens of milliseconds
// apiece when the browser draws in software. So all fills share the islands' form (colour and
// opacity by feature state, no antialiasing pass: outlines are lines) and all solid lines their
// outline's (width by zoom and feature state): two programs where there would be five.

/** A paint value as the map's feature state has it: the first state that holds, else `normal`. */
type ByState<T> = { normal: T } & Partial<Record<'selected' | 'hover', T>>;

function byState<T>({ normal, ...states }: ByState<T>): ExpressionSpecification {
  const cases = Object.entries(states).flatMap(([key, value]) => [featureState(key), value]);
  // A value no state changes still reads one: that keeps it in the shared program.
  return [
    'case',
    ...(cases.length > 0 ? cases : [featureState('selected'), normal]),
    normal,
  ] as unknown as ExpressionSpecification;
}

function fillPaint(colour: ByState<string | ExpressionSpecification>, opacity: ByState<number>) {
  return {
    'fill-antialias': false,
    'fill-color': byState(colour),
    'fill-opacity': byState(opacity),
  };
}

/** A line's width at zoom 3 and at zoom 8, and in between. */
const zoomWidth = <T>(atZoom3: T, atZoom8: T) =>
  ['interpolate', ['linear'], ['zoom'], 3, atZoom3, 8, atZoom8] as ExpressionSpecification;

/** A solid line's width, in the shared form: by zoom, and by feature state at each zoom. */
const lineWidth = (atZoom3: ByState<number>, atZoom8: ByState<number>) =>
  zoomWidth(byState(atZoom3), byState(atZoom8));

/** Lines in force on `date`: started on or before it, not yet ended. */
function inForce(date: string): ExpressionSpecification {
  return [
    'all',
    ['<=', ['get', 'validFrom'], date],
    ['any', ['==', ['get', 'validTo'], null], ['>', ['get', 'validTo'], date]],
  ];
}

/** The islands' fill: the view's colour, or in a past year the colour of who administered each. */
function islandColour(options: StyleOptions, palette: Palette): ExpressionSpecification | string {
  if (!options.administration) return palette.islands[islandOwnerColour(options.pov)];
  const colours = Object.fromEntries(
    Object.entries(options.administration).map(([id, side]) => [
      id,
      palette.islands[side ?? 'disputed'],
    ]),
  );
  return byIslandId(colours, palette.islands.disputed);
}

function trailLayers(palette: Palette): LayerSpecification[] {
  return [
    {
      id: 'trail-arc',
      type: 'line',
      source: TRAIL_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1.5, 6, 3],
        // Faint where an arc leaves, strong where it arrives: the direction of travel.
        'line-gradient': [
          'interpolate',
          ['linear'],
          ['line-progress'],
          0,
          `${palette.trail}33`,
          1,
          palette.trail,
        ],
      },
    },
    {
      id: 'trail-hit',
      type: 'line',
      source: TRAIL_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-width': 14, 'line-opacity': 0 },
    },
    {
      id: 'trail-stop',
      type: 'circle',
      source: TRAIL_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': palette.trail,
        'circle-stroke-width': 2,
      },
    },
  ];
}

function lineLayers(options: StyleOptions, palette: Palette): LayerSpecification[] {
  const kindProperty = lineKindProperty(options.pov);
  return (Object.keys(LINE_DASHES) as LineKind[]).map((kind) => {
    const dashes = LINE_DASHES[kind];
    return {
      id: `line-${kind}`,
      type: 'line',
      source: 'lines',
      filter: [
        'all',
        inForce(options.date),
        ['==', ['get', kindProperty], kind],
      ] as FilterSpecification,
      layout: { 'line-cap': dashes ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.line,
        // Dashed lines have a program of their own whatever their width.
        'line-width': dashes ? zoomWidth(1.2, 2.4) : lineWidth({ normal: 1.2 }, { normal: 2.4 }),
        ...(dashes ? { 'line-dasharray': dashes } : {}),
      },
    } as LayerSpecification;
  });
}

const noFeatures = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** A layer of the world's finer land, there once the world is loaded ('world'). */
function detailLayers(
  land: LandExtent,
  sourceLayer: string,
  layer: Pick<LayerSpecification, 'id' | 'type' | 'paint'>,
): LayerSpecification[] {
  if (land !== 'world') return [];
  return [
    {
      ...layer,
      source: WORLD_DETAIL_SOURCE,
      'source-layer': sourceLayer,
      minzoom: DETAIL_MINZOOM,
    } as LayerSpecification,
  ];
}

/** A band's colour by its depth or height, between the palette's stops. */
function byMetres(stops: [number, string][]): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['get', 'metres'],
    ...stops.flat(),
  ] as unknown as ExpressionSpecification;
}

/**
 * The relief covers the seas around the islands, not the world: it is drawn from the zoom at
 * which its box fills the view, so its edge never shows at world scale. (A fade by zoom would
 * cost the first view a shader program of its own.)
 */
const RELIEF_MINZOOM = 5.5;

export function buildStyle(options: StyleOptions, land: LandExtent = 'world'): StyleSpecification {
  const palette = PALETTES[options.colorScheme];
  const data = (name: string) => `${options.dataUrl}/${name}`;
  const worldData = (name: string) => (land === 'world' ? data(name) : noFeatures());
  const countryBorderPaint = {
    'line-color': palette.countryBorder,
    'line-width': 0.8,
    'line-dasharray': [3, 2],
  };
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: 'sea-depth',
      type: 'fill',
      source: RELIEF_SOURCE,
      filter: ['==', ['get', 'kind'], 'depth'],
      minzoom: RELIEF_MINZOOM,
      paint: fillPaint({ normal: byMetres(palette.depths) }, { normal: 1 }),
    },
    {
      id: 'world-land',
      type: 'fill',
      source: 'world',
      maxzoom: DETAIL_MINZOOM,
      paint: fillPaint({ normal: palette.land }, { normal: 1 }),
    },
    ...detailLayers(land, 'land', {
      id: 'world-land-detail',
      type: 'fill',
      paint: fillPaint({ normal: palette.land }, { normal: 1 }),
    }),
    {
      id: 'region-land',
      type: 'fill',
      source: 'region',
      paint: fillPaint({ normal: palette.land }, { normal: 1 }),
    },
    {
      id: 'land-height',
      type: 'fill',
      source: RELIEF_SOURCE,
      filter: ['==', ['get', 'kind'], 'height'],
      minzoom: RELIEF_MINZOOM,
      paint: fillPaint({ normal: byMetres(palette.heights) }, { normal: 1 }),
    },
    {
      id: 'land-hillshade',
      type: 'hillshade',
      source: DEM_SOURCE,
      minzoom: RELIEF_MINZOOM,
      paint: {
        'hillshade-shadow-color': palette.hillshade.shadow,
        'hillshade-highlight-color': palette.hillshade.highlight,
        'hillshade-accent-color': palette.hillshade.shadow,
        'hillshade-exaggeration': palette.hillshade.exaggeration,
      },
    },
    {
      id: 'region-coast',
      type: 'line',
      source: 'region',
      minzoom: 5,
      paint: {
        'line-color': palette.landOutline,
        'line-width': lineWidth({ normal: 0.6 }, { normal: 0.6 }),
      },
    },
    {
      id: 'country-borders',
      type: 'line',
      source: 'borders',
      maxzoom: DETAIL_MINZOOM,
      paint: countryBorderPaint,
    },
    ...detailLayers(land, 'borders', {
      id: 'country-borders-detail',
      type: 'line',
      paint: countryBorderPaint,
    }),
    {
      id: ISLAND_FILL_LAYER,
      type: 'fill',
      source: ISLAND_SOURCE,
      paint: fillPaint(
        { normal: islandColour(options, palette), selected: palette.islandSelected },
        { normal: 0.85, hover: 1 },
      ),
    },
    {
      id: 'island-outline',
      type: 'line',
      source: ISLAND_SOURCE,
      paint: {
        'line-color': palette.islandOutline,
        'line-width': lineWidth(
          { normal: 0.8, selected: 2.5, hover: 2 },
          { normal: 0.8, selected: 2.5, hover: 2 },
        ),
      },
    },
    ...lineLayers(options, palette),
    ...(options.trail ? trailLayers(palette) : []),
    {
      id: 'measure-line',
      type: 'line',
      source: MEASURE_SOURCE,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': palette.measure, 'line-width': 2.5 },
    },
    {
      id: 'measure-points',
      type: 'circle',
      source: MEASURE_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 5,
        'circle-color': palette.measure,
        'circle-stroke-color': palette.labelHalo,
        'circle-stroke-width': 2,
      },
    },
  ];
  if (options.fontsReady) {
    layers.push(
      placeDotLayer(options.colorScheme),
      ...placeLabelLayers({ ...options, fonts: LABEL_FONTS }),
    );
    layers.push({
      id: 'island-label',
      type: 'symbol',
      source: 'island-labels',
      layout: {
        'text-field': byIslandId(options.islandLabels, ''),
        'text-font': LABEL_FONTS,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 16],
        'text-max-width': 12,
        'text-padding': 4,
        // Labels may move off their anchor rather than vanish when the islands crowd together.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.6,
      },
    });
  }
  return {
    version: 8,
    name: 'Kuril Islands dispute map',
    projection: { type: options.globe ? 'globe' : 'mercator' },
    transition: { duration: options.transitions ? 300 : 0, delay: 0 },
    // MapLibre loads the sources in this order: the islands, their labels and the lines, small
    // files, are drawn before the land around them has been tiled.
    sources: {
      [ISLAND_SOURCE]: {
        type: 'geojson',
        data: data('islands.geojson'),
        promoteId: 'id',
        attribution: GSHHG,
      },
      'island-labels': { type: 'geojson', data: data('island-labels.geojson') },
      [PLACES_SOURCE]: {
        type: 'geojson',
        data: data('places.geojson'),
        promoteId: 'id',
        attribution: GEONAMES,
      },
      lines: { type: 'geojson', data: data('lines.geojson') },
      borders: { type: 'geojson', data: worldData('borders.geojson') },
      world: { type: 'geojson', data: worldData('world.geojson'), attribution: NATURAL_EARTH },
      ...(land === 'world' && {
        [WORLD_DETAIL_SOURCE]: {
          type: 'vector',
          tiles: [data(`${WORLD_DETAIL_SOURCE}/{z}/{x}/{y}.pbf`)],
          minzoom: DETAIL_MINZOOM,
          maxzoom: 5,
          attribution: NATURAL_EARTH,
        },
      }),
      region: { type: 'geojson', data: data('region.geojson'), attribution: GSHHG },
      [RELIEF_SOURCE]: { type: 'geojson', data: data('relief.geojson'), attribution: ETOPO5 },
      [DEM_SOURCE]: {
        type: 'raster-dem',
        tiles: [data('dem/{z}/{x}/{y}.png')],
        encoding: 'terrarium',
        // One tile, web-Mercator 4/14/5, around the region's box: drawn, enlarged, at every zoom.
        tileSize: 512,
        minzoom: 4,
        maxzoom: 4,
        bounds: REGION_BOX,
        attribution: ETOPO5,
      },
      [MEASURE_SOURCE]: { type: 'geojson', data: noFeatures() },
      ...(options.trail
        ? { [TRAIL_SOURCE]: { type: 'geojson', data: options.trail, lineMetrics: true } }
        : {}),
    },
    layers,
  };
}
