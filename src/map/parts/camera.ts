// The camera: the map holds it. This part makes the moves the input asks for (each request once),
// keeps what the reader clicked clear of the panel, and reports each camera at rest with where its
// move came from. Moves are jumps while the reader asks for reduced motion: MapLibre reads the
// media query at each move.
import type { GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import type { IslandId } from '../../data/schema';
import type { CameraRequest, CameraState, Insets, Origin, Selection, VenueMarker } from '../types';
import type { LngLatBox, PartContext } from './context';
import { sameSelection, type SelectionPart } from './selection';
import { NARROW_MAX_WIDTH } from '../../ui/breakpoints';

/** The four units and Cape Nosappu, the view a first visit opens on. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [145.0, 43.15],
  [148.95, 45.65],
];

/**
 * The map's edges the page's controls cover, in pixels, as the page lays them out before it has
 * measured them (the first view is framed before the page is built): the bar at the top, the
 * history strip and the locator at the bottom; or only a margin in an embed.
 */
export function coveredEdges(width: number, chrome: boolean): Insets {
  if (!chrome) return { top: 40, left: 10, right: 50, bottom: 30 };
  return width > NARROW_MAX_WIDTH
    ? { top: 60, left: 10, right: 50, bottom: 70 }
    : { top: 60, left: 10, right: 10, bottom: 180 };
}

/** The scale a venue is shown at: its country's (country names are drawn up to zoom 7). */
const VENUE_ZOOM = 5.5;

/** Space kept between a framed place and the controls around it. */
const MARGIN = 16;

/**
 * The units framed with each, so that a selection keeps its setting: the island across the
 * nearest strait, and for Kunashir the islands on both sides of it.
 */
const NEIGHBOURS: Record<IslandId, IslandId[]> = {
  iturup: ['kunashir'],
  kunashir: ['iturup', 'habomai'],
  shikotan: ['habomai'],
  habomai: ['shikotan'],
};

export interface CameraInput {
  camera: CameraRequest | null;
  insets: Insets | null;
  selection: Selection;
  venues: readonly VenueMarker[];
}

export class CameraPart {
  private request: CameraRequest | null;
  private insets: Insets | null = null;
  private selection: Selection = { island: null, venue: null };
  private venues: readonly VenueMarker[] = [];
  /**
   * How to make again the last move into view, while its selection stands and the reader has not
   * moved the map since: made again when the panel's size changes (the panel may come after it).
   */
  private showing: (() => void) | null = null;
  /** The origin of the move being started by this part; null: the reader's, or MapLibre's own. */
  private starting: Origin | null = null;
  private moveOrigin: Origin = 'map';

  /** `opened`: the request the map was created with (a camera it opened at is made already). */
  constructor(
    private readonly ctx: PartContext,
    private readonly selected: SelectionPart,
    opened: CameraRequest | null,
  ) {
    this.request = opened?.target.kind === 'view' ? opened : null;
    ctx.map.on('movestart', () => {
      this.moveOrigin = this.starting ?? 'map';
      // The reader's own move: the view is theirs now.
      if (this.starting === null) this.showing = null;
    });
    ctx.map.on('moveend', () =>
      ctx.emit({ type: 'camera', origin: this.moveOrigin, camera: this.camera() }),
    );
  }

  camera(): CameraState {
    const { map } = this.ctx;
    return {
      center: map.getCenter().toArray() as [number, number],
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    };
  }

  update(input: CameraInput): void {
    this.venues = input.venues;
    const insetsChanged = !sameInsets(input.insets, this.insets);
    const selectionChanged = !sameSelection(input.selection, this.selection);
    this.insets = input.insets;
    this.selection = input.selection;
    // A move into view belongs to the selection it was made for.
    if (selectionChanged) this.showing = null;
    const request = input.camera;
    if (request && request.id !== this.request?.id) {
      this.request = request;
      void this.go(request);
    } else if (this.showing && insetsChanged) {
      // A move aimed before the panel came, under way or made, is aimed again.
      this.showing();
    } else if ((insetsChanged || selectionChanged) && !this.showing) {
      void this.uncoverSelection();
    }
  }

  /** Starts a move for `origin`: MapLibre fires movestart within the call. */
  private move(origin: Origin, start: () => void): void {
    this.starting = origin;
    try {
      start();
    } finally {
      this.starting = null;
    }
  }

  private async go(request: CameraRequest): Promise<void> {
    const { target, origin } = request;
    if (target.kind === 'view') {
      this.move(origin, () => this.ctx.map.jumpTo(target));
      return;
    }
    await this.ctx.loaded;
    if (this.request !== request) return;
    if (target.kind === 'point') {
      this.showPoint(target.lngLat, origin);
      return;
    }
    if (target.kind === 'place') {
      this.showPlace(target.center, target.zoom, origin);
      return;
    }
    if (target.kind === 'default') {
      this.showBounds(DEFAULT_BOUNDS, origin);
      return;
    }
    const bounds = await this.framedBounds(target.island);
    if (bounds && this.request === request) this.showBounds(bounds, origin);
  }

  /** The map's edges the page covers now, with a margin: measured, or estimated until then. */
  private padding(): Insets {
    const { map, setup } = this.ctx;
    const covered = this.insets ?? coveredEdges(map.getContainer().clientWidth, setup.chrome);
    return {
      top: covered.top + MARGIN,
      right: covered.right + MARGIN,
      bottom: covered.bottom + MARGIN,
      left: covered.left + MARGIN,
    };
  }

  /** Frames a box in the part of the map the page leaves free, no closer than `maxZoom`. */
  private showBounds(bounds: LngLatBoundsLike, origin: Origin, maxZoom = 8): void {
    const { map } = this.ctx;
    this.move(origin, () => map.fitBounds(bounds, { padding: this.padding(), maxZoom }));
    this.showing = () => this.showBounds(bounds, origin, maxZoom);
  }

  /**
   * Centres a venue in the part of the map the page leaves free, at the scale of its country,
   * where the country and the neighbouring cities are named.
   */
  private showPoint(lngLat: [number, number], origin: Origin): void {
    const { top, right, bottom, left } = this.padding();
    const offset: [number, number] = [(left - right) / 2, (top - bottom) / 2];
    this.move(origin, () => this.ctx.map.easeTo({ center: lngLat, zoom: VENUE_ZOOM, offset }));
    this.showing = () => this.showPoint(lngLat, origin);
  }

  /** An island with the ones next to it: what selecting it frames. */
  private async framedBounds(id: IslandId): Promise<LngLatBox | null> {
    const boxes = await Promise.all([id, ...NEIGHBOURS[id]].map((unit) => this.islandBounds(unit)));
    const known = boxes.filter((box): box is LngLatBox => box !== null);
    if (known.length === 0) return null;
    return [
      Math.min(...known.map((box) => box[0])),
      Math.min(...known.map((box) => box[1])),
      Math.max(...known.map((box) => box[2])),
      Math.max(...known.map((box) => box[3])),
    ];
  }

  /**
   * Flies to a centre and zoom, north up, the centre in the middle of the part of the map the
   * page leaves free.
   */
  private showPlace(center: [number, number], zoom: number, origin: Origin): void {
    const { top, bottom, left, right } = this.padding();
    const offset: [number, number] = [(left - right) / 2, (top - bottom) / 2];
    this.move(origin, () => this.ctx.map.flyTo({ center, zoom, bearing: 0, pitch: 0, offset }));
    this.showing = () => this.showPlace(center, zoom, origin);
  }

  /** The bounding box stored with an island's label point. */
  private async islandBounds(id: IslandId): Promise<LngLatBox | null> {
    await this.ctx.loaded;
    const source = this.ctx.map.getSource<GeoJSONSource>('island-labels');
    const data = (await source?.getData()) as
      { features: { properties: { id: string; bbox: number[] } }[] } | undefined;
    const bbox = data?.features.find((feature) => feature.properties.id === id)?.properties.bbox;
    return bbox ? (bbox as LngLatBox) : null;
  }

  /**
   * Brings the island the reader clicked, with its neighbours, or the venue, out from under the
   * panel and the controls when they came over part of it: a pan, zooming out only if it does not
   * fit, so the rest of the view stays where it was. A selection from a list, link or host page
   * keeps the camera they gave, and a locked embed its own.
   */
  private async uncoverSelection(): Promise<void> {
    const selection = this.selection;
    if (!this.selected.isClicked(selection) || !this.ctx.setup.interactive) return;
    const bounds = await this.selectionBounds(selection);
    if (!bounds || !sameSelection(this.selection, selection)) return;
    const { map } = this.ctx;
    const [west, south, east, north] = bounds;
    const topLeft = map.project([west, north]);
    const bottomRight = map.project([east, south]);
    const { clientWidth, clientHeight } = map.getContainer();
    const free = this.padding();
    const inView =
      topLeft.x >= free.left &&
      topLeft.y >= free.top &&
      bottomRight.x <= clientWidth - free.right &&
      bottomRight.y <= clientHeight - free.bottom;
    if (inView) return;
    const zoom = map.getZoom();
    this.move('map', () => map.fitBounds(bounds, { padding: free, maxZoom: zoom }));
  }

  /** West, south, east, north of a selected island and its neighbours, or of a selected venue. */
  private async selectionBounds(selection: Selection): Promise<LngLatBox | null> {
    if (selection.island) return this.framedBounds(selection.island);
    const venue = this.venues.find((item) => item.id === selection.venue);
    if (!venue) return null;
    const [lng, lat] = venue.coordinates;
    return [lng, lat, lng, lat];
  }
}

export function sameInsets(a: Insets | null, b: Insets | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.top === b.top &&
      a.right === b.right &&
      a.bottom === b.bottom &&
      a.left === b.left)
  );
}
