// The map starts before React's first render, so that MapLibre's worker and the basemap's files
// load while the page around the map is built; MapView then moves it into place.
import { GPUInitializationError } from 'maplibre-gl';
import { MapController } from './controller';
import type { CameraState, MapInput, MapSetup } from './types';
import { writeCameraToAddress } from '../state/currentView';

export interface StartedMap {
  /** The map's container: it covers the viewport until MapView moves it into the layout. */
  element: HTMLDivElement;
  /** null: MapLibre could not get a WebGL 2 context. */
  controller: MapController | null;
}

/** The map writes `map=` itself: MapLibre's own hash writer decodes the whole hash as it goes. */
const writeCamera = ({ center: [lng, lat], zoom, bearing, pitch }: CameraState) =>
  writeCameraToAddress({ lng, lat, zoom, bearing, pitch });

export function startMap(input: MapInput, setup: MapSetup): StartedMap {
  const element = document.createElement('div');
  element.className = 'map-host';
  document.body.append(element);
  // The address holds the page's map's camera, which a follower copies.
  const write = setup.follower ? () => undefined : writeCamera;
  try {
    return { element, controller: new MapController(element, input, setup, write) };
  } catch (error) {
    // MapLibre throws this when it cannot get a WebGL 2 context; anything else is a bug.
    if (!(error instanceof GPUInitializationError)) throw error;
    return { element, controller: null };
  }
}

let first: StartedMap | null = null;
/** The page's map once in the page: the one a comparison's second map follows. */
let pageMap: MapController | null = null;

export const setPageMap = (controller: MapController | null) => void (pageMap = controller);
export const currentPageMap = () => pageMap;

/** Starts the page's map ahead of React (main.ts). */
export function startFirstMap(input: MapInput, setup: MapSetup): StartedMap {
  first = startMap(input, setup);
  return first;
}

/** Updates the first map until MapView takes it (main.ts: its labels, once their fonts load). */
export function updateFirstMap(input: MapInput): void {
  first?.controller?.update(input);
}

/** The map started ahead, once: a map view mounted again (as in development) starts its own. */
export function takeFirstMap(): StartedMap | null {
  const started = first;
  first = null;
  return started;
}
