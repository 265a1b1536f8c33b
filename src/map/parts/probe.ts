// The map's testing interface, `window.__kurilMapProbe`: read-only, it changes nothing. Browser
// tests and debugging use it; its methods keep their names and meaning (docs/architecture.md).
import type { MapLibreMap } from '../maplibre';
import { ISLAND_FILL_LAYER, TRAIL_SOURCE } from '../style';

export interface MapProbe {
  /** The screen point, in CSS pixels from the map's top left, of a longitude and latitude. */
  project(lngLat: [number, number]): [number, number];
  /** Ids of the islands drawn in the current view. */
  renderedIslands(): string[];
  /** Ids of the drawn islands the map shows as selected (feature state). */
  selectedIslands(): string[];
  camera(): { zoom: number; center: [number, number] };
  /** A move (the reader's, or an ease or flight) is under way. */
  moving(): boolean;
  /** Ids of the lines drawn in the current view. */
  renderedLines(): string[];
  /** Meetings of the trail features loaded for the current view. */
  trailMeetings(): string[];
  /** The projection's name: mercator or globe. */
  projection(): string;
  /**
   * The texts of the labels drawn in the current view (islands, place names and the names on
   * venue markers), sorted.
   */
  renderedLabels(): string[];
}

declare global {
  interface Window {
    __kurilMapProbe?: MapProbe;
  }
}

/** Ids of the islands drawn on the map whose feature state passes `test`. */
function drawnIslands(map: MapLibreMap, test: (state: Record<string, unknown>) => boolean) {
  const drawn = map.queryRenderedFeatures({ layers: [ISLAND_FILL_LAYER] });
  return [
    ...new Set(drawn.filter((feature) => test(feature.state)).map((f) => String(f.properties.id))),
  ];
}

/** The names on the venue markers shown within the map's bounds. */
function markerNames(map: MapLibreMap): string[] {
  const frame = map.getContainer().getBoundingClientRect();
  const markers = map.getContainer().querySelectorAll<HTMLElement>('[data-name]:not([hidden])');
  return [...markers]
    .filter((marker) => {
      const box = marker.getBoundingClientRect();
      return (
        box.right > frame.left &&
        box.left < frame.right &&
        box.bottom > frame.top &&
        box.top < frame.bottom
      );
    })
    .map((marker) => marker.dataset.name ?? '');
}

/** What MapLibre's StyleLayer.paint is at run time (its type says only `unknown`). */
interface LayerPaint {
  get(name: string): { evaluate(feature: unknown, state: unknown): number } | undefined;
}

function probeOf(map: MapLibreMap): MapProbe {
  return {
    project: (lngLat) => {
      const point = map.project(lngLat);
      return [point.x, point.y];
    },
    renderedIslands: () => drawnIslands(map, () => true),
    selectedIslands: () => drawnIslands(map, (state) => state.selected === true),
    camera: () => ({ zoom: map.getZoom(), center: map.getCenter().toArray() as [number, number] }),
    moving: () => map.isMoving(),
    renderedLines: () => {
      const layers = map.getLayersOrder().filter((id) => id.startsWith('line-'));
      const features = map.queryRenderedFeatures({ layers });
      return [...new Set(features.map((feature) => String(feature.properties.id)))].sort();
    },
    trailMeetings: () => {
      if (!map.getSource(TRAIL_SOURCE)) return [];
      const features = map.querySourceFeatures(TRAIL_SOURCE);
      return [...new Set(features.map((feature) => String(feature.properties.meeting)))];
    },
    projection: () => String(map.getProjection()?.type ?? 'mercator'),
    renderedLabels: () => {
      // The symbols MapLibre placed (collisions hid the rest); a queried feature's layer has its
      // layout evaluated for that feature, so text-field is the text drawn. A label of opacity 0
      // for its feature state is out of sight (a venue's own label beside its marker,
      // parts/markers.ts).
      const layers = map.getLayersOrder().filter((id) => map.getLayer(id)?.type === 'symbol');
      // MapLibre evaluates a queried feature's paint without its state: the probe asks the
      // layer's own text-opacity (evaluated at the current zoom) for the feature and its state.
      const placed = map.queryRenderedFeatures({ layers }).filter((feature) => {
        const { properties, id, state } = feature;
        const paint = map.getLayer(feature.layer.id)?.paint as LayerPaint | undefined;
        const opacity = paint?.get('text-opacity');
        return opacity?.evaluate({ type: 1, properties, id }, state) !== 0;
      });
      const texts = placed.map((feature) => {
        const field = (feature.layer.layout as Record<string, unknown> | undefined)?.[
          'text-field'
        ] as string | { sections?: { text: string }[] } | undefined;
        if (typeof field === 'string') return field;
        return (field?.sections ?? []).map((section) => section.text).join('');
      });
      return [...texts, ...markerNames(map)].filter(Boolean).sort();
    },
  };
}

/** Puts the probe on the window; the returned function takes it away. */
export function installProbe(map: MapLibreMap): () => void {
  window.__kurilMapProbe = probeOf(map);
  return () => delete window.__kurilMapProbe;
}
