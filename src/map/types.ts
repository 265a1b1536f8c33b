// The plain data the map takes and gives: no MapLibre types, so that the page, the host link
// and the tests can speak of the map without loading it. The map takes one `MapInput` (through
// `MapController.update`) and reports through one channel of `MapEvent`s.
import type { Feature } from 'geojson';
import type { IslandId } from '../data/schema';
import type { OnlineBasemap } from './basemap';
import type { StyleOptions } from './style';

/** The camera as the host page and the "open the full map" link see it. */
export interface CameraState {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Why the map cannot be drawn. */
export type MapUnavailable = 'no-webgl' | 'context-lost';

/**
 * Where a change came from: the reader on the map, the list of places, a link, the host page
 * that frames the map, or the guided tour.
 */
export type Origin = 'map' | 'list' | 'link' | 'host' | 'tour';

export interface Selection {
  island: IslandId | null;
  venue: string | null;
}

export interface VenueMarker {
  id: string;
  coordinates: [number, number];
  /** The city's name in the reader's language, shown beside the marker. */
  name: string;
  /** The number of meetings held there: shown in the marker, and its size. */
  meetings: number;
  /** Accessible name of the marker button. */
  label: string;
}

/**
 * How far the page's controls and panel reach in from each edge of the map, in pixels, as the
 * page measured them; null until it has (the map then uses its own estimate of the controls).
 */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Where a camera move goes: an island framed, a point centred, a place flown to (a centre and
 * zoom, centred in the part of the map the panel leaves free), the default view framed, or a
 * camera as given.
 */
export type CameraTarget =
  | { kind: 'island'; island: IslandId }
  /** A venue, centred at the scale of its country. */
  | { kind: 'point'; lngLat: [number, number] }
  | { kind: 'place'; center: [number, number]; zoom: number }
  | { kind: 'default' }
  | {
      kind: 'view';
      center?: [number, number];
      zoom?: number;
      bearing?: number;
      pitch?: number;
    };

/** A camera move asked of the map: made once for each new `id`. */
export interface CameraRequest {
  id: number;
  origin: Exclude<Origin, 'map'>;
  target: CameraTarget;
}

/** A copy of the map as drawn, asked for once for each new `id` (PNG export, print). */
export interface SnapshotRequest {
  id: number;
  pixelRatio: number;
  /** false: the copy leaves the map's names off (a worksheet to fill in). */
  names: boolean;
}

/** A venue marker as drawn on a copy of the map, in CSS pixels from the map's top left. */
export interface MarkerOnCopy {
  x: number;
  y: number;
  /** What its dot says: the number of meetings, of cities in a group, or '?'. */
  count: string;
  /** The dot's diameter. */
  size: number;
  name: string;
}

/** A copy of the map with what a printed page needs to draw around it. */
export interface Snapshot {
  canvas: HTMLCanvasElement;
  /** The map's size in CSS pixels. */
  width: number;
  height: number;
  /** Ground metres per CSS pixel across the map's middle (for a scale bar). */
  metresPerPixel: number;
  /** Degrees clockwise from north of the map's up. */
  bearing: number;
  /** The venue markers in view: the map's canvas does not hold them. */
  markers: MarkerOnCopy[];
}

/** What the map is set up with once, when it starts. */
export interface MapSetup {
  reducedMotion: boolean;
  /** Embedded in another page: a page scroll must not zoom the map. */
  cooperativeGestures: boolean;
  /** The embed asked for a map that does not move. */
  interactive: boolean;
  /** The page shows its header, list of places and history bar over the map (not embedded). */
  chrome: boolean;
  /**
   * The second map of the comparison: it follows the page's map's camera, and has no controls,
   * no probe and no part in the address.
   */
  follower?: boolean;
}

/** Everything the map shows, as plain data. Each part of the map applies its slice when it changed. */
export interface MapInput {
  style: StyleOptions;
  /** An online basemap under the app's layers; null: the embedded one. */
  basemap: OnlineBasemap | null;
  selection: Selection;
  venues: readonly VenueMarker[];
  /** The accessible name of a group of venue markers, `{names}` standing for its cities' names. */
  venueGroupLabel: string;
  /** The accessible name of the map's canvas. */
  canvasLabel: string;
  /** Clicks place points of the distance tool instead of selecting. */
  measuring: boolean;
  /** The measured points and the great-circle line between them. */
  measureFeatures: readonly Feature[];
  insets: Insets | null;
  camera: CameraRequest | null;
  snapshot: SnapshotRequest | null;
}

/** What the map reports, each with where it came from. */
export type MapEvent =
  | { type: 'select'; origin: 'map'; selection: Selection; meeting: string | null }
  | { type: 'measure'; origin: 'map'; lngLat: [number, number] }
  /** The camera came to rest: after the reader's move (`map`) or one asked for. */
  | { type: 'camera'; origin: Origin; camera: CameraState }
  /** The map was first drawn. */
  | { type: 'drawn'; origin: 'map' }
  /** The map cannot be drawn (null: it can again). */
  | { type: 'unavailable'; origin: 'map'; reason: MapUnavailable | null }
  /** The online basemap failed once it was on the map; the embedded one is back. */
  | { type: 'basemap-failed'; origin: 'map' }
  | { type: 'snapshot'; origin: 'map'; id: number; snapshot: Snapshot };

export type MapListener = (event: MapEvent) => void;
