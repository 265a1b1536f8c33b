// The style on the map: built by buildStyle from the input's options (a pure function), over the
// embedded basemap or an online one, with the region's land or the world's. New options wait for
// the first style to load, then go through styleChanges.ts: MapLibre's own setStyle diffs against
// its serialized style, where a loaded GeoJSON source appears as its data, so each change would
// fetch and tile every file again; only a basemap swap uses it.
import { AJAXError } from 'maplibre-gl';
import type { ErrorEvent as MapErrorEvent, StyleSpecification } from 'maplibre-gl';
import { buildStyle, landFor, type LandExtent, type StyleOptions } from '../style';
import { BASEMAP_PREFIX, mergeBasemap, type OnlineBasemap } from '../basemap';
import { applyStyleChanges } from '../styleChanges';
import { whenBrowserIdle } from '../../lib/idle';
import { sameJson, type PartContext } from './context';

/** MapLibre names the source of a failed load. */
type BasemapErrorEvent = MapErrorEvent & { sourceId?: string };

export interface StyleInput {
  style: StyleOptions;
  basemap: OnlineBasemap | null;
}

export class StyleSync {
  private input: StyleInput;
  /** The style last handed to MapLibre, as built. */
  private applied: StyleSpecification;
  /**
   * Until the first style has loaded, MapLibre cannot diff against it and would fetch every source
   * again: a new style waits for it.
   */
  private firstStyleLoaded = false;
  private styleWaiting = false;
  private basemapSwapped = false;
  /** Set from applying an online basemap until the map is idle: errors then are the basemap's. */
  private basemapPending = false;
  /** The land loaded so far: the world's waits until the camera or an idle moment wants it. */
  private land: LandExtent = 'world';
  private idled = false;
  private pageUp = false;
  private stopped = false;

  constructor(
    private readonly ctx: PartContext,
    input: StyleInput,
  ) {
    this.input = input;
    // The camera is set by now (from the link, or the default bounds): the first view may need
    // only the region's land.
    this.land = this.landInView();
    this.basemapPending = input.basemap !== null;
    this.applied = this.build();
    const { map } = ctx;
    // The app's own style is checked against the style specification by its unit tests
    // (tests/unit/style.test.ts): MapLibre checks it again only with a foreign basemap in it,
    // which saves the first view a few tens of milliseconds.
    map.setStyle(this.applied, { validate: input.basemap !== null });
    map.once('style.load', () => {
      this.firstStyleLoaded = true;
      if (this.styleWaiting) this.apply();
    });
    map.once('idle', () => {
      this.idled = true;
      this.prefetchLand();
    });
    map.on('move', () => {
      if (this.seesBeyondLand()) this.widenLand();
    });
    map.on('idle', () => (this.basemapPending = false));
    map.on('error', (event: BasemapErrorEvent) => {
      if (this.input.basemap && this.isBasemapError(event)) {
        this.update({ ...this.input, basemap: null });
        ctx.emit({ type: 'basemap-failed', origin: 'map' });
      } else console.error(event.error); // what MapLibre logs when nobody listens
    });
  }

  update(input: StyleInput): void {
    const basemapChanged = input.basemap !== this.input.basemap;
    if (!basemapChanged && sameJson(input.style, this.input.style)) return;
    this.input = input;
    if (basemapChanged) {
      this.basemapPending = input.basemap !== null;
      this.basemapSwapped = true;
    }
    // A globe may show beyond the region before the camera moves.
    if (this.seesBeyondLand()) this.land = 'world';
    this.apply();
  }

  /** The ids of the sources of the style on the map. */
  sourceIds(): string[] {
    return Object.keys(this.applied.sources);
  }

  /**
   * The page around the map is up: the world's land may load once the first view is drawn,
   * there before the reader looks beyond the region, without taking the processor from it.
   */
  pageReady(): void {
    this.pageUp = true;
    this.prefetchLand();
  }

  stop(): void {
    this.stopped = true;
  }

  private prefetchLand(): void {
    if (this.idled && this.pageUp) whenBrowserIdle(() => this.widenLand());
  }

  private apply(): void {
    if (!this.firstStyleLoaded) {
      this.styleWaiting = true;
      return;
    }
    const next = this.build();
    // A basemap coming or going changes most of the style, and MapLibre checks a foreign style
    // as a whole: that goes through setStyle.
    if (this.basemapSwapped) this.ctx.map.setStyle(next);
    else applyStyleChanges(this.ctx.map, this.applied, next);
    this.basemapSwapped = false;
    this.applied = next;
  }

  private build(): StyleSpecification {
    const app = buildStyle(this.input.style, this.land);
    return this.input.basemap ? mergeBasemap(app, this.input.basemap) : app;
  }

  /** The land the camera shows (or a globe may): the region's alone, or the world's. */
  private landInView(): LandExtent {
    const [[west, south], [east, north]] = this.ctx.map.getBounds().toArray();
    return landFor([west, south, east, north], this.input.style.globe);
  }

  /** The camera, or a globe, shows more than the land loaded so far. */
  private seesBeyondLand(): boolean {
    return this.land === 'region' && this.landInView() === 'world';
  }

  private widenLand(): void {
    if (this.land === 'world' || this.stopped) return;
    this.land = 'world';
    this.apply();
  }

  // The app loads only from its own origin: a failed load from elsewhere is the basemap's.
  private isBasemapError(event: BasemapErrorEvent): boolean {
    const { error, sourceId } = event;
    const foreign = error instanceof AJAXError && !error.url.startsWith(window.location.origin);
    return this.basemapPending || foreign || Boolean(sourceId?.startsWith(BASEMAP_PREFIX));
  }
}
