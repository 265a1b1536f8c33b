// The camera: the map holds it. This part makes the moves the input asks for (each request once),
// keeps what the reader clicked clear of the panel, and reports each camera at rest with where its
// move came from. Moves are jumps while the reader asks for reduced motion: MapLibre reads the
// media query at each move.
import type { GeoJSONSource, LngLatBoundsLike, PaddingOptions } from 'maplibre-gl';
import type { IslandId } from '../../data/schema';
import type { CameraRequest, CameraState, Insets, Origin, Selection, VenueMarker } from '../types';
import type { LngLatBox, PartContext } from './context';
import { sameSelection, type SelectionPart } from './selection';
import { WIDE_MIN_WIDTH } from '../../ui/breakpoints';

/** The four units and Cape Nosappu, the view a first visit opens on. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [145.0, 43.15],
  [148.95, 45.65],
];

/**
 * The map's edges the page covers, in pixels, so a fit into view keeps clear of them: the header,
 * the list of places and the history bar; or only a margin in an embed.
 */
export function coveredEdges(width: number, chrome: boolean): Required<PaddingOptions> {
  if (!chrome) return { top: 50, left: 20, right: 20, bottom: 40 };
  return width >= WIDE_MIN_WIDTH
    ? { top: 170, left: 260, right: 40, bottom: 140 }
    : { top: 120, left: 10, right: 10, bottom: 170 };
}

export interface CameraInput {
  camera: CameraRequest | null;
  insets: Insets;
  selection: Selection;
  venues: readonly VenueMarker[];
}

export class CameraPart {
  private request: CameraRequest | null;
  private covered: Insets = { right: 0, bottom: 0 };
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
    const insetsChanged =
      input.insets.right !== this.covered.right || input.insets.bottom !== this.covered.bottom;
    const selectionChanged = !sameSelection(input.selection, this.selection);
    this.covered = { ...input.insets };
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
    const bounds = await this.islandBounds(target.island);
    if (bounds && this.request === request) this.showBounds(bounds, origin);
  }

  /** The map's edges the page's controls and the panel cover now, in pixels. */
  private coveredNow(): Required<PaddingOptions> {
    const { map, setup } = this.ctx;
    const padding = coveredEdges(map.getContainer().clientWidth, setup.chrome);
    // A bottom sheet (on narrow screens) already covers the history bar.
    if (this.covered.bottom > 0) padding.bottom = 20;
    padding.right += this.covered.right;
    padding.bottom += this.covered.bottom;
    return padding;
  }

  /** Frames a box clear of the page's controls and of the panel. */
  private showBounds(bounds: LngLatBoundsLike, origin: Origin): void {
    const { map } = this.ctx;
    const padding = this.coveredNow();
    this.move(origin, () => map.fitBounds(bounds, { padding, maxZoom: 8 }));
    this.showing = () => this.showBounds(bounds, origin);
  }

  /** Centres a point in the part of the map the panel leaves free. */
  private showPoint(lngLat: [number, number], origin: Origin): void {
    const offset: [number, number] = [-this.covered.right / 2, -this.covered.bottom / 2];
    this.move(origin, () => this.ctx.map.easeTo({ center: lngLat, offset }));
    this.showing = () => this.showPoint(lngLat, origin);
  }

  /**
   * Flies to a centre and zoom, north up, the centre in the middle of the part of the map the
   * page's controls and the panel leave free.
   */
  private showPlace(center: [number, number], zoom: number, origin: Origin): void {
    const { top, bottom, left, right } = this.coveredNow();
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
   * Moves the island or venue the reader clicked out from under the panel, when it came down over
   * part of it: a pan, no more than that, so the rest of the view stays where it was. A selection
   * from a list, link or host page keeps the camera they gave, and a locked embed its own.
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
    const margin = 20;
    // How far it runs under the panel, but not so far that it leaves by the other side.
    const overrun = (far: number, near: number, edge: number) =>
      Math.max(0, Math.min(far - (edge - margin), near - margin));
    const dx = overrun(bottomRight.x, topLeft.x, clientWidth - this.covered.right);
    const dy = overrun(bottomRight.y, topLeft.y, clientHeight - this.covered.bottom);
    if (dx > 0 || dy > 0) this.move('map', () => map.panBy([dx, dy]));
  }

  /** West, south, east, north of a selected island, or the point of a selected venue. */
  private async selectionBounds(selection: Selection): Promise<LngLatBox | null> {
    if (selection.island) return this.islandBounds(selection.island);
    const venue = this.venues.find((item) => item.id === selection.venue);
    if (!venue) return null;
    const [lng, lat] = venue.coordinates;
    return [lng, lat, lng, lat];
  }
}
