// The basemap's place names (public/data/places.geojson, built by geodata/scripts/build-places.mjs):
// what each label says in the reader's language and view, and at which zoom each kind appears.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../data/schema';
import type { Pov } from '../state/perspective';

export const PLACES_SOURCE = 'places';
/** Every layer of place names starts with this prefix (the probe's renderedLabels reads them). */
export const PLACE_LABEL_PREFIX = 'place-';

/** A venue's feature in places.geojson (build-places.mjs names it so). */
export const venuePlaceId = (venue: string): string => `venue-${venue}`;

/** Feature state of a venue whose marker shows its name: its own label then stays out of sight. */
export const NAMED_BY_MARKER = 'namedByMarker';

interface PlaceColours {
  country: string;
  water: string;
  land: string;
  town: string;
  feature: string;
  halo: string;
}

/** Quieter than the islands' labels, so the disputed islands stay the strongest thing on the map. */
const COLOURS: Record<'light' | 'dark', PlaceColours> = {
  light: {
    country: '#6b5f70',
    water: '#3f6a85',
    land: '#5b6166',
    town: '#2f3a42',
    feature: '#6b5a45',
    halo: '#ffffffd0',
  },
  dark: {
    country: '#b9aebf',
    water: '#8fb6cc',
    land: '#a9b2b8',
    town: '#dde3e7',
    feature: '#c9b79c',
    halo: '#10181ed0',
  },
};

/**
 * A place's label: the Japanese side's name (`japan_<lang>`) in Japan's view where it has one,
 * the other in Russia's view, both in the neutral view with the language's own country's first,
 * as src/state/perspective.ts names the islands.
 */
export function placeLabel(pov: Pov, lang: Lang): ExpressionSpecification {
  const name: ExpressionSpecification = ['get', `name_${lang}`];
  const japan: ExpressionSpecification = ['coalesce', ['get', `japan_${lang}`], name];
  if (pov === 'japan') return japan;
  if (pov === 'russia') return name;
  const [first, second] = lang === 'ja' ? [japan, name] : [name, japan];
  return ['case', ['==', first, second], first, ['concat', first, ' / ', second]];
}

interface LabelGroup {
  id: string;
  kinds: string[];
  minzoom: number;
  maxzoom?: number;
  /** Text size at zoom 3 and at zoom 9. */
  size: [number, number];
  colour: keyof PlaceColours;
  /** Spaced capitals for countries and seas, as atlases letter them. */
  spaced?: boolean;
  /** A point with a dot beside the text (towns), rather than a name over an area. */
  point?: boolean;
}

// MapLibre places the top layer's labels first: where labels collide, a group later in this list
// wins over an earlier one, and the islands' own labels (style.ts, above all of these) over all.
const GROUPS: LabelGroup[] = [
  {
    id: 'feature',
    kinds: ['cape', 'peninsula', 'volcano'],
    minzoom: 7.5,
    size: [10, 11.5],
    colour: 'feature',
  },
  { id: 'strait', kinds: ['strait'], minzoom: 6.3, size: [10, 12], colour: 'water' },
  {
    id: 'settlement',
    kinds: ['settlement'],
    minzoom: 7,
    size: [10.5, 12.5],
    colour: 'town',
    point: true,
  },
  { id: 'island', kinds: ['island'], minzoom: 5.5, size: [10, 12.5], colour: 'land' },
  { id: 'town', kinds: ['town'], minzoom: 5, size: [10.5, 13], colour: 'town', point: true },
  {
    id: 'land',
    kinds: ['land'],
    minzoom: 4.5,
    maxzoom: 9,
    size: [12, 15],
    colour: 'land',
    spaced: true,
  },
  {
    id: 'sea',
    kinds: ['ocean', 'sea'],
    minzoom: 2.5,
    size: [11, 15],
    colour: 'water',
    spaced: true,
  },
  { id: 'venue', kinds: ['venue'], minzoom: 0, size: [11, 13], colour: 'town', point: true },
  {
    id: 'country',
    kinds: ['country'],
    minzoom: 1.5,
    maxzoom: 7,
    size: [11, 15],
    colour: 'country',
    spaced: true,
  },
  // A country's name again near its venues, whose world-scale name is out of view there: from
  // just under a venue's zoom (5.5), so that wider views do not name a country twice.
  {
    id: 'venue-country',
    kinds: ['venue-country'],
    minzoom: 5.2,
    maxzoom: 7,
    size: [11, 15],
    colour: 'country',
    spaced: true,
  },
];

const byZoom = ([atZoom3, atZoom9]: [number, number]): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  atZoom3,
  9,
  atZoom9,
];

export function placeLabelLayers(options: {
  pov: Pov;
  lang: Lang;
  colorScheme: 'light' | 'dark';
  fonts: string[];
}): LayerSpecification[] {
  const colours = COLOURS[options.colorScheme];
  return GROUPS.map((group): LayerSpecification => {
    const layout: Record<string, unknown> = {
      'text-field': placeLabel(options.pov, options.lang),
      'text-font': options.fonts,
      'text-size': byZoom(group.size),
      // Wide enough that a Japanese name, which may break between any two characters, stays whole.
      'text-max-width': 14,
      'text-padding': 3,
      // Countries of rank 1 before rank 2: the larger first where they collide.
      'symbol-sort-key': ['get', 'rank'],
    };
    if (group.spaced) {
      layout['text-letter-spacing'] = 0.12;
      layout['text-transform'] = 'uppercase';
    }
    if (group.point) {
      // Beside the point, never over it: the venue markers and town dots sit there.
      layout['text-variable-anchor'] = ['left', 'right', 'top', 'bottom'];
      layout['text-radial-offset'] = 0.8;
      layout['text-justify'] = 'auto';
    }
    return {
      id: `${PLACE_LABEL_PREFIX}${group.id}`,
      type: 'symbol',
      source: PLACES_SOURCE,
      minzoom: group.minzoom,
      ...(group.maxzoom ? { maxzoom: group.maxzoom } : {}),
      filter: ['in', ['get', 'kind'], ['literal', group.kinds]],
      layout,
      paint: {
        'text-color': colours[group.colour],
        'text-halo-color': colours.halo,
        'text-halo-width': 1.2,
        ...(group.id === 'venue' && {
          'text-opacity': ['case', ['boolean', ['feature-state', NAMED_BY_MARKER], false], 0, 1],
        }),
      },
    } as LayerSpecification;
  });
}

/** The dots of towns and settlements, under every label. */
export function placeDotLayer(colorScheme: 'light' | 'dark'): LayerSpecification {
  const colours = COLOURS[colorScheme];
  return {
    id: 'place-dots',
    type: 'circle',
    source: PLACES_SOURCE,
    minzoom: 5,
    filter: ['in', ['get', 'kind'], ['literal', ['town', 'settlement']]],
    paint: {
      // A settlement's dot comes with its name, at zoom 7.
      'circle-opacity': [
        'step',
        ['zoom'],
        ['case', ['==', ['get', 'kind'], 'settlement'], 0, 1],
        7,
        1,
      ],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 2, 9, 3.5],
      'circle-color': colours.town,
      'circle-stroke-opacity': [
        'step',
        ['zoom'],
        ['case', ['==', ['get', 'kind'], 'settlement'], 0, 1],
        7,
        1,
      ],
      'circle-stroke-color': colours.halo,
      'circle-stroke-width': 1,
    },
  };
}
