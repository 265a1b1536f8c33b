// MapLibre's setStyle diffs a new style against its own serialized one, where a GeoJSON source it
// has loaded appears as its data rather than its URL: every change of language, view or year
// would clone, fetch and tile each file again. The controller diffs the styles it built instead
// (small, with URLs) and applies the changes through the map's own methods.
import { diff } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

type Command = ReturnType<typeof diff>[number];

// MapLibre's own diff ignores these too: a transition applies from the next change on, and the
// style sets no camera.
const IGNORED = new Set<Command['command']>([
  'setTransition',
  'setCenter',
  'setCenterAltitude',
  'setZoom',
  'setBearing',
  'setPitch',
  'setRoll',
]);
const APPLIED = new Set<Command['command']>([
  'addLayer',
  'removeLayer',
  'setPaintProperty',
  'setLayoutProperty',
  'setFilter',
  'setLayerZoomRange',
  'addSource',
  'removeSource',
  'setGeoJSONSourceData',
  'setProjection',
]);

function applyCommand(map: MapLibreMap, { command, args }: Command): void {
  switch (command) {
    case 'addLayer':
      map.addLayer(...args);
      break;
    case 'removeLayer':
      map.removeLayer(...args);
      break;
    case 'setPaintProperty':
      map.setPaintProperty(...args);
      break;
    case 'setLayoutProperty':
      map.setLayoutProperty(...args);
      break;
    case 'setFilter':
      map.setFilter(...args);
      break;
    case 'setLayerZoomRange':
      map.setLayerZoomRange(...args);
      break;
    case 'addSource':
      map.addSource(...args);
      break;
    case 'removeSource':
      map.removeSource(...args);
      break;
    case 'setGeoJSONSourceData':
      map.getSource<GeoJSONSource>(args[0])?.setData(args[1]);
      break;
    case 'setProjection':
      map.setProjection(...args);
      break;
  }
}

/**
 * Brings the map from the style `before` (as built) to `after`; a change these methods cannot make
 * (a layer's type, the sprite) goes through setStyle.
 */
export function applyStyleChanges(
  map: MapLibreMap,
  before: StyleSpecification,
  after: StyleSpecification,
): void {
  const commands = diff(before, after).filter((command) => !IGNORED.has(command.command));
  if (!commands.every((command) => APPLIED.has(command.command))) {
    map.setStyle(after);
    return;
  }
  for (const command of commands) applyCommand(map, command);
}
