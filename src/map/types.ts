// The plain data the map takes and gives: no MapLibre types, so that the page, the host link
// and the tests can speak of the map without loading it.

/** The camera as the host page and the "open the full map" link see it. */
export interface CameraState {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Why the map cannot be drawn. */
export type MapUnavailable = 'no-webgl' | 'context-lost';
