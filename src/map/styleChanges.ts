// MapLibre's setStyle diffs a new style against its own serialized one, where a GeoJSON source it
// has loaded appears as its data rather than its URL: every change of language, view or year
// would clone, fetch and tile each file again. The controller diffs the styles it built instead
// (small, with URLs) and applies the changes through the map's own methods.
import { diff } from '@maplibre/maplibre-gl-style-spec';
import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

type Command = ReturnType<typeof diff>[number];
type Applier<C extends Command> = (map: MapLibreMap, args: C['args']) => void;

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

/** How each change is made with the map's own methods; a change not here needs setStyle. */
const APPLY: { [C in Command as C['command']]?: Applier<C> } = {
  addLayer: (map, args) => map.addLayer(...args),
  removeLayer: (map, args) => map.removeLayer(...args),
  setPaintProperty: (map, args) => map.setPaintProperty(...args),
  setLayoutProperty: (map, args) => map.setLayoutProperty(...args),
  setFilter: (map, args) => map.setFilter(...args),
  setLayerZoomRange: (map, args) => map.setLayerZoomRange(...args),
  addSource: (map, args) => map.addSource(...args),
  removeSource: (map, args) => map.removeSource(...args),
  setGeoJSONSourceData: (map, [id, data]) => map.getSource<GeoJSONSource>(id)?.setData(data),
  setProjection: (map, args) => map.setProjection(...args),
};

/**
 * Brings the map from the style `before` (as built) to `after`; a change these methods cannot make
 * (a layer's type, the sprite), or a map that no longer shows `before`, goes through setStyle.
 */
export function applyStyleChanges(
  map: MapLibreMap,
  before: StyleSpecification,
  after: StyleSpecification,
): void {
  const commands = diff(before, after).filter((command) => !IGNORED.has(command.command));
  // A diff holds only against the style it was taken from: a map whose style lost its layers
  // (its WebGL context lost and given back) takes the new style whole.
  const onMap = before.layers.every((layer) => map.getLayer(layer.id));
  if (!onMap || !commands.every((command) => APPLY[command.command])) {
    map.setStyle(after);
    return;
  }
  for (const { command, args } of commands) (APPLY[command] as Applier<Command>)(map, args);
}
