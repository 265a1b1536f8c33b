// The map style as a pure function of the view options: same options, same style.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { IslandId } from '../data/schema';

export const ISLAND_SOURCE = 'islands';
export const ISLAND_FILL_LAYER = 'island-fill';

export type ColorScheme = 'light' | 'dark';

export interface StyleOptions {
  /** Absolute or root-relative base URL of the data files. */
  dataUrl: string;
  /** Text of each island's map label. */
  islandLabels: Record<IslandId, string>;
  /** Label layers are added once the bundled fonts are ready, so labels never use a fallback face. */
  fontsReady: boolean;
  colorScheme: ColorScheme;
}

const OPENSTREETMAP =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a> contributors (ODbL)';
const NATURAL_EARTH =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

export const LABEL_FONTS = ['Noto Sans', 'Noto Sans JP', 'sans-serif'];

interface Palette {
  sea: string;
  land: string;
  landOutline: string;
  border: string;
  island: string;
  islandOutline: string;
  islandHover: string;
  islandSelected: string;
  label: string;
  labelHalo: string;
}

// Islands use a blue that is neither side's colour: no side is favoured by default.
const PALETTES: Record<ColorScheme, Palette> = {
  light: {
    sea: '#cfe3ee',
    land: '#f4f1ea',
    landOutline: '#9aa7ad',
    border: '#8a7f8f',
    island: '#7a9cc6',
    islandOutline: '#2f4f7a',
    islandHover: '#5b82b8',
    islandSelected: '#e0a33a',
    label: '#1f2a33',
    labelHalo: '#ffffff',
  },
  dark: {
    sea: '#13232e',
    land: '#2c3236',
    landOutline: '#56646c',
    border: '#8d8396',
    island: '#4f6f99',
    islandOutline: '#a9c3e6',
    islandHover: '#6a8cbf',
    islandSelected: '#d99a2b',
    label: '#eef2f5',
    labelHalo: '#10181e',
  },
};

function islandLabelExpression(labels: Record<IslandId, string>): ExpressionSpecification {
  const cases = Object.entries(labels).flatMap(([id, text]) => [id, text]);
  return ['match', ['get', 'id'], ...cases, ''] as unknown as ExpressionSpecification;
}

const featureState = (key: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

export function buildStyle(options: StyleOptions): StyleSpecification {
  const palette = PALETTES[options.colorScheme];
  const data = (name: string) => `${options.dataUrl}/${name}`;
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: 'world-land',
      type: 'fill',
      source: 'world',
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'region-land',
      type: 'fill',
      source: 'region',
      paint: { 'fill-color': palette.land },
    },
    {
      id: 'region-coast',
      type: 'line',
      source: 'region',
      minzoom: 5,
      paint: { 'line-color': palette.landOutline, 'line-width': 0.6 },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      paint: { 'line-color': palette.border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: ISLAND_FILL_LAYER,
      type: 'fill',
      source: ISLAND_SOURCE,
      paint: {
        'fill-color': [
          'case',
          featureState('selected'),
          palette.islandSelected,
          featureState('hover'),
          palette.islandHover,
          palette.island,
        ],
        'fill-opacity': 0.85,
      },
    },
    {
      id: 'island-outline',
      type: 'line',
      source: ISLAND_SOURCE,
      paint: {
        'line-color': palette.islandOutline,
        'line-width': ['case', featureState('selected'), 2.5, featureState('hover'), 2, 1],
      },
    },
  ];
  if (options.fontsReady) {
    layers.push({
      id: 'island-label',
      type: 'symbol',
      source: 'island-labels',
      layout: {
        'text-field': islandLabelExpression(options.islandLabels),
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
    sources: {
      world: { type: 'geojson', data: data('world.geojson'), attribution: NATURAL_EARTH },
      region: { type: 'geojson', data: data('region.geojson'), attribution: OPENSTREETMAP },
      borders: { type: 'geojson', data: data('borders.geojson') },
      [ISLAND_SOURCE]: {
        type: 'geojson',
        data: data('islands.geojson'),
        promoteId: 'id',
        attribution: OPENSTREETMAP,
      },
      'island-labels': { type: 'geojson', data: data('island-labels.geojson') },
    },
    layers,
  };
}
