// Owns the MapLibre map. React hands it options and selection; it applies them idempotently
// and reports what the user does through callbacks. Nothing else touches the map.
import {
  AJAXError,
  AttributionControl,
  Marker,
  NavigationControl,
  ScaleControl,
} from 'maplibre-gl';
import type { ErrorEvent as MapErrorEvent, MapLayerMouseEvent } from 'maplibre-gl';
import { createMap, type MapLibreMap } from './maplibre';
import {
  buildStyle,
  ISLAND_FILL_LAYER,
  ISLAND_SOURCE,
  MEASURE_SOURCE,
  REGION_BOX,
  TRAIL_SOURCE,
  TRAIL_TARGET_LAYERS,
  type LandExtent,
  type StyleOptions,
} from './style';
import type {
  GeoJSONSource,
  LngLatBoundsLike,
  PaddingOptions,
  StyleSpecification,
} from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { CameraState } from './types';
import type { IslandId } from '../data/schema';
import { BASEMAP_PREFIX, mergeBasemap, type OnlineBasemap } from './basemap';
import { applyStyleChanges } from './styleChanges';
import { whenBrowserIdle } from '../lib/idle';
import { WIDE_MIN_WIDTH } from '../ui/breakpoints';
import './venueMarker.css';

export interface VenueMarker {
  id: string;
  coordinates: [number, number];
  /** Accessible name of the marker button. */
  label: string;
}

export interface Selection {
  island: IslandId | null;
  venue: string | null;
}

const sameSelection = (a: Selection, b: Selection) => a.island === b.island && a.venue === b.venue;

/** Read-only view of the map for browser tests and debugging; it changes nothing. */
export interface MapProbe {
  project(lngLat: [number, number]): [number, number];
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
  projection(): string;
  /** The texts of the labels drawn in the current view (islands and place names), sorted. */
  renderedLabels(): string[];
}

declare global {
  interface Window {
    __kurilMapProbe?: MapProbe;
  }
}

export interface MapCallbacks {
  onSelectIsland(id: IslandId): void;
  onSelectVenue(id: string): void;
  /** A click on an arc or a stop of the meeting trail: the meeting it leads to, and its city. */
  onSelectMeeting(meeting: string, venue: string): void;
  /** A click on the map while measuring. */
  onMeasureClick(lngLat: [number, number]): void;
  /** The camera came to rest after a move. */
  onMoveEnd(camera: CameraState): void;
  /** The map was first drawn (replayed on connect when that came before). */
  onIdle(): void;
  /** The browser took the WebGL context away (true) or gave it back (false). */
  onContextLost(lost: boolean): void;
  /** The online basemap failed once it was on the map; the embedded one is back. */
  onBasemapFailed(): void;
}

export interface MapSetup {
  reducedMotion: boolean;
  /** Embedded in another page: a page scroll must not zoom the map. */
  cooperativeGestures: boolean;
  /** The embed asked for a map that does not move. */
  interactive: boolean;
  /** The page shows its header, list of places and history bar over the map (not embedded). */
  chrome: boolean;
}

/** A box on the map, in degrees. */
type LngLatBox = [west: number, south: number, east: number, north: number];

/** MapLibre names the source of a failed load. */
type BasemapErrorEvent = MapErrorEvent & { sourceId?: string };

/**
 * The map's edges the page covers, in pixels, so a fit into view keeps clear of them: the header,
 * the list of places and the history bar; or only a margin in an embed.
 */
function coveredEdges(width: number, chrome: boolean): Required<PaddingOptions> {
  if (!chrome) return { top: 50, left: 20, right: 20, bottom: 40 };
  return width >= WIDE_MIN_WIDTH
    ? { top: 170, left: 260, right: 40, bottom: 140 }
    : { top: 120, left: 10, right: 10, bottom: 170 };
}

/** The four units and Cape Nosappu, the view a first visit opens on. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [145.0, 43.15],
  [148.95, 45.65],
];

export class MapController {
  private readonly map: MapLibreMap;
  private styleOptions: StyleOptions;
  private selection: Selection = { island: null, venue: null };
  private hovered: IslandId | null = null;
  private markers = new Map<string, { marker: Marker; element: HTMLButtonElement }>();
  private markerKey = '';
  private measuring = false;
  /** The style's measure source starts empty. */
  private measureKey = JSON.stringify([]);
  private measureFeatures: Feature[] = [];
  /**
   * Until the first style has loaded, MapLibre cannot diff against it and would fetch every source
   * again: a new style waits for it.
   */
  private firstStyleLoaded = false;
  private styleWaiting = false;
  /** The style last handed to MapLibre, as built. */
  private applied: StyleSpecification;
  private basemapSwapped = false;
  private basemap: OnlineBasemap | null = null;
  /** Set from applying an online basemap until the map is idle: errors then are the basemap's. */
  private basemapPending = false;
  /** Where events go; none until the page's React tree connects (the map starts before it). */
  private callbacks: MapCallbacks | null = null;
  private idled = false;
  private contextLost = false;
  /** The part of the map the panel covers, kept clear by a move into view. */
  private covered = { right: 0, bottom: 0 };
  /** What the reader clicked on the map, while it is the selection: a panel must not hide it. */
  private clicked: Selection | null = null;
  /** The move into view under way, if any: made again when the panel's size changes. */
  private showing: (() => void) | null = null;
  /** Resolves once the map's first style and data have loaded. */
  private readonly loaded: Promise<unknown>;
  /** The land loaded so far (style.ts): the world's waits until the camera or an idle moment wants it. */
  private land: LandExtent = 'world';
  private destroyed = false;

  constructor(
    container: HTMLElement,
    options: StyleOptions,
    private readonly setup: MapSetup,
  ) {
    this.styleOptions = options;
    // The style follows the camera, which the map sets (from the link, or the default bounds).
    this.map = createMap({
      container,
      hash: 'map',
      bounds: DEFAULT_BOUNDS,
      fitBoundsOptions: { padding: coveredEdges(container.clientWidth, setup.chrome) },
      attributionControl: false,
      fadeDuration: setup.reducedMotion ? 0 : 300,
      cooperativeGestures: setup.cooperativeGestures,
      interactive: setup.interactive,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
    });
    if (this.seesOnlyRegion()) this.land = 'region';
    this.applied = this.style();
    this.map.setStyle(this.applied);
    this.map.touchZoomRotate.disableRotation();
    // A locked embed does not move: no zoom buttons that would do nothing.
    if (setup.interactive) {
      this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    }
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    // Kept, not asked of the map: once the page mounts (after the map started, main.ts), isStyleLoaded
    // can be false for a pending change while 'load' has long been fired.
    this.loaded = this.map.once('load');
    this.bindEvents();
    window.__kurilMapProbe = this.probe();
  }

  private probe(): MapProbe {
    return {
      project: (lngLat) => {
        const point = this.map.project(lngLat);
        return [point.x, point.y];
      },
      renderedIslands: () => this.drawnIslands(() => true),
      selectedIslands: () => this.drawnIslands((state) => state.selected === true),
      camera: () => ({
        zoom: this.map.getZoom(),
        center: this.map.getCenter().toArray() as [number, number],
      }),
      moving: () => this.map.isMoving(),
      renderedLines: () => {
        const layers = this.map.getLayersOrder().filter((id) => id.startsWith('line-'));
        const features = this.map.queryRenderedFeatures({ layers });
        return [...new Set(features.map((feature) => String(feature.properties.id)))].sort();
      },
      trailMeetings: () => {
        if (!this.map.getSource(TRAIL_SOURCE)) return [];
        const features = this.map.querySourceFeatures(TRAIL_SOURCE);
        return [...new Set(features.map((feature) => String(feature.properties.meeting)))];
      },
      projection: () => String(this.map.getProjection()?.type ?? 'mercator'),
      renderedLabels: () => {
        // The symbols MapLibre placed (collisions hid the rest); a queried feature's layer has its
        // layout evaluated for that feature, so text-field is the text drawn.
        const layers = this.map
          .getLayersOrder()
          .filter((id) => this.map.getLayer(id)?.type === 'symbol');
        const texts = this.map.queryRenderedFeatures({ layers }).map((feature) => {
          const field = (feature.layer.layout as Record<string, unknown> | undefined)?.[
            'text-field'
          ] as string | { sections?: { text: string }[] } | undefined;
          if (typeof field === 'string') return field;
          return (field?.sections ?? []).map((section) => section.text).join('');
        });
        return [...new Set(texts.filter(Boolean))].sort();
      },
    };
  }

  /** Resolves once every source of the style has loaded its data (the map may not be drawn yet). */
  whenSourcesLoaded(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        const ids = Object.keys(this.applied.sources);
        if (!ids.every((id) => this.map.getSource(id) && this.map.isSourceLoaded(id))) return;
        this.map.off('sourcedata', check);
        resolve();
      };
      this.map.on('sourcedata', check);
      this.map.once('idle', check);
    });
  }

  /** Sends the map's events to `callbacks` from now on, with the first idle and a lost context if they came before. */
  connect(callbacks: MapCallbacks): void {
    this.callbacks = callbacks;
    if (this.idled) callbacks.onIdle();
    if (this.contextLost) callbacks.onContextLost(true);
    this.prefetchLand();
  }

  /**
   * The world's land, once the first view is drawn and the page is up: there before the reader
   * looks beyond the region, without taking the processor from the first view.
   */
  private prefetchLand(): void {
    if (this.idled && this.callbacks) whenBrowserIdle(() => this.widenLand());
  }

  private bindEvents(): void {
    const map = this.map;
    map.on('mousemove', ISLAND_FILL_LAYER, (event: MapLayerMouseEvent) => {
      if (this.measuring) return;
      const id = event.features?.[0]?.properties?.id as IslandId | undefined;
      this.setHovered(id ?? null);
    });
    map.on('mouseleave', ISLAND_FILL_LAYER, () => this.setHovered(null));
    map.on('click', ISLAND_FILL_LAYER, (event: MapLayerMouseEvent) => {
      if (this.measuring || this.trailAt(event)) return;
      const id = event.features?.[0]?.properties?.id as IslandId | undefined;
      if (!id) return;
      this.clicked = { island: id, venue: null };
      this.callbacks?.onSelectIsland(id);
    });
    map.on('click', TRAIL_TARGET_LAYERS, (event: MapLayerMouseEvent) => {
      const stop = this.trailAt(event);
      if (!this.measuring && stop) this.callbacks?.onSelectMeeting(stop.meeting, stop.venue);
    });
    map.on('mouseenter', TRAIL_TARGET_LAYERS, () => {
      if (!this.measuring) map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', TRAIL_TARGET_LAYERS, () => {
      if (!this.measuring) map.getCanvas().style.cursor = '';
    });
    map.on('click', (event) => {
      if (this.measuring)
        this.callbacks?.onMeasureClick(event.lngLat.toArray() as [number, number]);
    });
    // A style MapLibre rebuilds whole (a basemap swap it cannot diff) drops feature state and
    // data set at run time: put them back, only then: new data costs a tiling and a frame.
    map.on('styledata', () => {
      if (this.featureStateLost()) this.applyFeatureState();
      if (this.measureFeatures.length > 0) this.applyMeasure();
    });
    map.once('style.load', () => {
      this.firstStyleLoaded = true;
      if (this.styleWaiting) this.applyStyle();
    });
    map.once('idle', () => {
      this.idled = true;
      this.callbacks?.onIdle();
      this.prefetchLand();
    });
    map.on('move', () => {
      if (this.seesBeyondLand()) this.widenLand();
    });
    map.on('idle', () => (this.basemapPending = false));
    map.on('error', (event: BasemapErrorEvent) => {
      if (this.basemap && this.isBasemapError(event)) this.dropBasemap();
      else console.error(event.error); // what MapLibre logs when nobody listens
    });
    const setContextLost = (lost: boolean) => {
      this.contextLost = lost;
      this.callbacks?.onContextLost(lost);
    };
    map.on('webglcontextlost', () => setContextLost(true));
    map.on('webglcontextrestored', () => setContextLost(false));
    map.on('moveend', () => this.callbacks?.onMoveEnd(this.camera()));
  }

  /** The meeting of the trail feature under a click, the latest where several overlap. */
  private trailAt(event: MapLayerMouseEvent): { meeting: string; venue: string } | null {
    const layers = TRAIL_TARGET_LAYERS.filter((id) => this.map.getLayer(id));
    if (layers.length === 0) return null;
    const hits = this.map.queryRenderedFeatures(event.point, { layers });
    const latest = hits.sort((a, b) => Number(b.properties.order) - Number(a.properties.order))[0];
    return latest
      ? { meeting: String(latest.properties.meeting), venue: String(latest.properties.to) }
      : null;
  }

  private setHovered(id: IslandId | null): void {
    if (id === this.hovered) return;
    this.setIslandState(this.hovered, { hover: false });
    this.hovered = id;
    this.setIslandState(id, { hover: true });
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }

  private setIslandState(id: IslandId | null, state: Record<string, boolean>): void {
    if (id && this.map.getSource(ISLAND_SOURCE)) {
      this.map.setFeatureState({ source: ISLAND_SOURCE, id }, state);
    }
  }

  /** Ids of the islands drawn on the map whose feature state passes `test`. */
  private drawnIslands(test: (state: Record<string, unknown>) => boolean): string[] {
    const drawn = this.map.queryRenderedFeatures({ layers: [ISLAND_FILL_LAYER] });
    return [
      ...new Set(
        drawn.filter((feature) => test(feature.state)).map((f) => String(f.properties.id)),
      ),
    ];
  }

  private featureStateLost(): boolean {
    const has = (id: IslandId | null, key: string) =>
      !id ||
      !this.map.getSource(ISLAND_SOURCE) ||
      this.map.getFeatureState({ source: ISLAND_SOURCE, id })[key] === true;
    return !has(this.selection.island, 'selected') || !has(this.hovered, 'hover');
  }

  private applyFeatureState(): void {
    if (!this.map.getSource(ISLAND_SOURCE)) return;
    this.map.removeFeatureState({ source: ISLAND_SOURCE });
    this.setIslandState(this.selection.island, { selected: true });
    this.setIslandState(this.hovered, { hover: true });
  }

  setStyleOptions(options: StyleOptions): void {
    if (JSON.stringify(options) === JSON.stringify(this.styleOptions)) return;
    this.styleOptions = options;
    // A globe may show beyond the region before the camera moves.
    if (this.seesBeyondLand()) this.land = 'world';
    this.applyStyle();
  }

  private applyStyle(): void {
    if (!this.firstStyleLoaded) {
      this.styleWaiting = true;
      return;
    }
    const next = this.style();
    // A basemap coming or going changes most of the style, and MapLibre checks a foreign style
    // as a whole: that goes through setStyle.
    if (this.basemapSwapped) this.map.setStyle(next);
    else applyStyleChanges(this.map, this.applied, next);
    this.basemapSwapped = false;
    this.applied = next;
  }

  /** The camera shows nothing beyond region.geojson's box (a globe always may). */
  private seesOnlyRegion(): boolean {
    if (this.styleOptions.globe) return false;
    const [west, south, east, north] = REGION_BOX;
    const bounds = this.map.getBounds();
    return (
      bounds.getWest() >= west &&
      bounds.getSouth() >= south &&
      bounds.getEast() <= east &&
      bounds.getNorth() <= north
    );
  }

  /** The camera, or a globe, shows more than the land loaded so far. */
  private seesBeyondLand(): boolean {
    return this.land === 'region' && !this.seesOnlyRegion();
  }

  private widenLand(): void {
    if (this.land === 'world' || this.destroyed) return;
    this.land = 'world';
    this.applyStyle();
  }

  private style() {
    const app = buildStyle(this.styleOptions, this.land);
    return this.basemap ? mergeBasemap(app, this.basemap) : app;
  }

  /** Draws the app over an online basemap (null: the embedded one). */
  setBasemap(basemap: OnlineBasemap | null): void {
    if (basemap === this.basemap) return;
    this.basemap = basemap;
    this.basemapPending = basemap !== null;
    this.basemapSwapped = true;
    this.applyStyle();
  }

  // The app loads only from its own origin: a failed load from elsewhere is the basemap's.
  private isBasemapError(event: BasemapErrorEvent): boolean {
    const { error, sourceId } = event;
    const foreign = error instanceof AJAXError && !error.url.startsWith(window.location.origin);
    return this.basemapPending || foreign || Boolean(sourceId?.startsWith(BASEMAP_PREFIX));
  }

  private dropBasemap(): void {
    this.setBasemap(null);
    this.callbacks?.onBasemapFailed();
  }

  setSelection(selection: Selection): void {
    if (sameSelection(selection, this.selection)) return;
    this.setIslandState(this.selection.island, { selected: false });
    this.selection = selection;
    this.setIslandState(selection.island, { selected: true });
    for (const [id, { element }] of this.markers) {
      element.setAttribute('aria-pressed', String(id === selection.venue));
    }
    if (!this.isClicked(selection)) this.clicked = null;
    if (!this.showing) void this.uncoverSelection();
  }

  setVenues(venues: VenueMarker[]): void {
    const key = JSON.stringify(venues);
    if (key === this.markerKey) return;
    this.markerKey = key;
    for (const { marker } of this.markers.values()) marker.remove();
    this.markers.clear();
    for (const venue of venues) {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'venue-marker';
      element.dataset.venue = venue.id;
      element.setAttribute('aria-label', venue.label);
      element.setAttribute('aria-pressed', String(venue.id === this.selection.venue));
      element.title = venue.label;
      element.addEventListener('click', (event) => {
        event.stopPropagation();
        this.clicked = { island: null, venue: venue.id };
        this.callbacks?.onSelectVenue(venue.id);
      });
      const marker = new Marker({ element }).setLngLat(venue.coordinates).addTo(this.map);
      this.markers.set(venue.id, { marker, element });
    }
  }

  setCanvasLabel(label: string): void {
    this.map.getCanvas().setAttribute('aria-label', label);
  }

  /** Measuring mode: clicks place points instead of selecting islands. */
  setMeasuring(on: boolean): void {
    if (on === this.measuring) return;
    this.measuring = on;
    this.setHovered(null);
    this.map.getCanvas().style.cursor = on ? 'crosshair' : '';
  }

  /** The measured points and the great-circle line between them. */
  setMeasure(features: Feature[]): void {
    const key = JSON.stringify(features);
    if (key === this.measureKey) return;
    this.measureKey = key;
    this.measureFeatures = features;
    this.applyMeasure();
  }

  private applyMeasure(): void {
    const source = this.map.getSource<GeoJSONSource>(MEASURE_SOURCE);
    source?.setData({ type: 'FeatureCollection', features: this.measureFeatures });
  }

  /**
   * The part of the map the panel covers. The map is not moved for it (what the reader pointed
   * at stays under the pointer) unless it hides the selected island; a move into view keeps clear
   * of it, and one under way, aimed before the panel came, is aimed again.
   */
  setInsets(insets: { right: number; bottom: number }): void {
    if (this.covered.right === insets.right && this.covered.bottom === insets.bottom) return;
    this.covered = { ...insets };
    if (this.showing) this.showing();
    else void this.uncoverSelection();
  }

  /**
   * A copy of the map as drawn at `pixelRatio` (1 or 2 for export). The copy is taken inside the
   * render event, while WebGL's drawing buffer still holds the frame.
   */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement> {
    const previous = this.map.getPixelRatio();
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        if (pixelRatio !== previous) this.map.setPixelRatio(previous);
        resolve(copy);
      });
      if (pixelRatio !== previous) this.map.setPixelRatio(pixelRatio);
      this.map.triggerRepaint();
    });
  }

  camera(): CameraState {
    return {
      center: this.map.getCenter().toArray() as [number, number],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  setCamera(camera: { center?: [number, number]; zoom?: number }): void {
    this.map.jumpTo(camera);
  }

  centre(): [number, number] {
    return this.map.getCenter().toArray() as [number, number];
  }

  /**
   * Brings a selection into view. This and the other moves are jumps while the reader asks for
   * reduced motion: MapLibre reads the media query at each move.
   */
  showBounds(bounds: LngLatBoundsLike): void {
    // Clear of the page's controls and of the panel. A bottom sheet (on narrow screens) already
    // covers the history bar.
    const padding = coveredEdges(this.map.getContainer().clientWidth, this.setup.chrome);
    if (this.covered.bottom > 0) padding.bottom = 20;
    padding.right += this.covered.right;
    padding.bottom += this.covered.bottom;
    this.map.fitBounds(bounds, { padding, maxZoom: 8 });
    this.whileMoving(() => this.showBounds(bounds));
  }

  /** Remembers how to make the move just started, until it ends or something else stops it. */
  private whileMoving(redo: () => void): void {
    if (!this.map.isMoving()) return;
    this.showing = redo;
    this.map.once('moveend', () => {
      if (this.showing === redo) this.showing = null;
    });
  }

  /** Brings an island into view, from the bounding box stored with its label point. */
  async showIsland(id: IslandId): Promise<void> {
    const bounds = await this.islandBounds(id);
    if (bounds) this.showBounds(bounds);
  }

  /** The bounding box stored with an island's label point. */
  private async islandBounds(id: IslandId): Promise<LngLatBox | null> {
    await this.loaded;
    const source = this.map.getSource<GeoJSONSource>('island-labels');
    const data = (await source?.getData()) as
      { features: { properties: { id: string; bbox: number[] } }[] } | undefined;
    const bbox = data?.features.find((feature) => feature.properties.id === id)?.properties.bbox;
    return bbox ? (bbox as LngLatBox) : null;
  }

  private isClicked(selection: Selection): boolean {
    return this.clicked !== null && sameSelection(this.clicked, selection);
  }

  /**
   * Moves the island or venue the reader clicked out from under the panel, when it came down over
   * part of it: a pan, no more than that, so the rest of the view stays where it was. A selection
   * from a link or a host page keeps the camera they gave, and a locked embed its own.
   */
  private async uncoverSelection(): Promise<void> {
    const selection = this.selection;
    if (!this.isClicked(selection) || !this.setup.interactive) return;
    const bounds = await this.selectionBounds(selection);
    if (!bounds || this.selection !== selection) return;
    const [west, south, east, north] = bounds;
    const topLeft = this.map.project([west, north]);
    const bottomRight = this.map.project([east, south]);
    const { clientWidth, clientHeight } = this.map.getContainer();
    const margin = 20;
    // How far it runs under the panel, but not so far that it leaves by the other side.
    const overrun = (far: number, near: number, edge: number) =>
      Math.max(0, Math.min(far - (edge - margin), near - margin));
    const dx = overrun(bottomRight.x, topLeft.x, clientWidth - this.covered.right);
    const dy = overrun(bottomRight.y, topLeft.y, clientHeight - this.covered.bottom);
    if (dx > 0 || dy > 0) this.map.panBy([dx, dy]);
  }

  /** West, south, east, north of a selected island, or the point of a selected venue. */
  private async selectionBounds(selection: Selection): Promise<LngLatBox | null> {
    if (selection.island) return this.islandBounds(selection.island);
    const marker = selection.venue ? this.markers.get(selection.venue)?.marker : undefined;
    if (!marker) return null;
    const { lng, lat } = marker.getLngLat();
    return [lng, lat, lng, lat];
  }

  async showPoint(lngLat: [number, number]): Promise<void> {
    await this.loaded;
    // At the middle of the part of the map the panel leaves free.
    const offset: [number, number] = [-this.covered.right / 2, -this.covered.bottom / 2];
    this.map.easeTo({ center: lngLat, offset });
    this.whileMoving(() => void this.showPoint(lngLat));
  }

  destroy(): void {
    this.destroyed = true;
    delete window.__kurilMapProbe;
    this.map.remove();
  }
}
