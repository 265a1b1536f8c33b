// The one place MapLibre is configured: its worker URL is set once, before any map exists.
import { Map as MapLibreMap, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

let workerConfigured = false;

export function createMap(options: MapOptions): MapLibreMap {
  if (!workerConfigured) {
    setWorkerUrl(workerUrl);
    workerConfigured = true;
  }
  return new MapLibreMap(options);
}

export { MapLibreMap };
