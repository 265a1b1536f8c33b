// Owns the MapLibre map. It takes one plain input (`update`) and hands each part its slice; each
// part remembers its last input and does nothing when it is unchanged. What happens on the map
// comes back through one channel of typed events, each saying where it came from. Nothing else
// touches the map.
import { AttributionControl, NavigationControl, ScaleControl, type MapOptions } from 'maplibre-gl';
import { createMap, type MapLibreMap } from './maplibre';
import type { CameraState, MapEvent, MapInput, MapListener, MapSetup } from './types';
import type { PartContext } from './parts/context';
import { StyleSync } from './parts/styleSync';
import { SelectionPart } from './parts/selection';
import { Markers } from './parts/markers';
import { Measuring } from './parts/measuring';
import { CameraPart, coveredEdges, DEFAULT_BOUNDS } from './parts/camera';
import { Snapshots } from './parts/snapshot';
import { installProbe } from './parts/probe';

/** Events a listener that comes later still hears: the latest of each of these types. */
const STICKY = new Set<MapEvent['type']>(['camera', 'drawn', 'unavailable']);

/** Where the map opens: the camera of the input's request when it is one, else the default view. */
function openingCamera(
  input: MapInput,
  container: HTMLElement,
  setup: MapSetup,
): Partial<MapOptions> {
  const target = input.camera?.target;
  if (target?.kind === 'view') {
    const { center, zoom, bearing, pitch } = target;
    return { center, zoom, bearing, pitch };
  }
  return {
    bounds: DEFAULT_BOUNDS,
    fitBoundsOptions: { padding: coveredEdges(container.clientWidth, setup.chrome) },
  };
}

export class MapController {
  private readonly map: MapLibreMap;
  private readonly listeners = new Set<MapListener>();
  private readonly sticky = new Map<MapEvent['type'], MapEvent>();
  private readonly style: StyleSync;
  private readonly selection: SelectionPart;
  private readonly markers: Markers;
  private readonly measuring: Measuring;
  private readonly camera: CameraPart;
  private readonly snapshots: Snapshots;
  private readonly removeProbe: () => void;
  private canvasLabel = '';

  /** `writeCamera`: where the camera at rest is written (the address's `map=`), before any listener hears of it. */
  constructor(
    container: HTMLElement,
    input: MapInput,
    setup: MapSetup,
    private readonly writeCamera: (camera: CameraState) => void,
  ) {
    this.map = createMap({
      container,
      ...openingCamera(input, container, setup),
      attributionControl: false,
      fadeDuration: setup.reducedMotion ? 0 : 300,
      cooperativeGestures: setup.cooperativeGestures,
      interactive: setup.interactive,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
    });
    const map = this.map;
    const ctx: PartContext = {
      map,
      setup,
      emit: (event) => this.emit(event),
      // Kept, not asked of the map: isStyleLoaded can be false for a pending change long after
      // 'load' has been fired.
      loaded: map.once('load'),
    };
    this.style = new StyleSync(ctx, input);
    this.measuring = new Measuring(ctx, () => this.selection.clearHover());
    this.selection = new SelectionPart(ctx, () => this.measuring.on);
    this.markers = new Markers(ctx, (selection) => this.selection.clickedOn(selection, null));
    this.camera = new CameraPart(ctx, this.selection, input.camera);
    this.snapshots = new Snapshots(ctx, () => this.markers.onCopy());
    this.removeProbe = setup.follower ? () => undefined : installProbe(map);
    // The second map repeats the first, which keyboards and screen readers use: no tab stop.
    if (setup.follower) map.getCanvas().setAttribute('tabindex', '-1');

    map.touchZoomRotate.disableRotation();
    // The second map of the comparison shows the first one's controls and credits.
    if (!setup.follower) {
      // A locked embed does not move: no zoom buttons that would do nothing.
      if (setup.interactive)
        map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
      // Folded to its button on narrow screens (MapLibre's rule), once the map is drawn: MapLibre
      // opens it at first, over a tenth of a phone's map.
      map.addControl(new AttributionControl({}), 'bottom-right');
      map.once('idle', () => {
        const credits = map
          .getContainer()
          .querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
        credits?.classList.remove('maplibregl-compact-show');
        credits?.removeAttribute('open');
      });
    }

    // A style MapLibre rebuilds whole (a basemap swap it cannot diff) drops feature state and
    // data set at run time: the parts put them back, only then.
    map.on('styledata', () => {
      this.selection.restore();
      this.measuring.restore();
      this.markers.restore();
    });
    map.once('idle', () => this.emit({ type: 'drawn', origin: 'map' }));
    map.on('webglcontextlost', () =>
      this.emit({ type: 'unavailable', origin: 'map', reason: 'context-lost' }),
    );
    map.on('webglcontextrestored', () =>
      this.emit({ type: 'unavailable', origin: 'map', reason: null }),
    );
    // The camera it opened at (its first move ended before anyone could listen).
    this.emit({ type: 'camera', origin: 'link', camera: this.camera.camera() });
    this.update(input);
  }

  /** Shows `input`: each part applies its slice when it changed. */
  update(input: MapInput): void {
    this.style.update({ style: input.style, basemap: input.basemap });
    this.selection.update(input.selection);
    this.markers.update(input.venues, input.venueGroupLabel, input.selection);
    this.measuring.update(input.measuring, input.measureFeatures);
    this.camera.update(input);
    this.snapshots.update(input.snapshot);
    if (input.canvasLabel !== this.canvasLabel) {
      this.canvasLabel = input.canvasLabel;
      this.map.getCanvas().setAttribute('aria-label', input.canvasLabel);
    }
  }

  /**
   * Sends the map's events to `listener` from now on, after the latest camera, the first drawing
   * and a lost context if they came before. Returns the function that stops it.
   */
  subscribe(listener: MapListener): () => void {
    this.listeners.add(listener);
    for (const event of this.sticky.values()) listener(event);
    // The page is up: the world's land may load once the map is idle.
    this.style.pageReady();
    return () => this.listeners.delete(listener);
  }

  /**
   * Shows what `leader` shows, frame by frame, from now on (the second map of the comparison).
   * While the reader moves this map (the lower one of a narrow screen, which takes gestures), the
   * leader follows it instead. Returns the function that stops it.
   */
  follow(leader: MapController): () => void {
    const cameraOf = (map: MapLibreMap) => ({
      center: map.getCenter(),
      zoom: map.getZoom(),
      bearing: map.getBearing(),
      pitch: map.getPitch(),
    });
    // A jump of this map would stop the reader's gesture on it: while they steer, it leads.
    let steering = false;
    const copy = () => {
      if (!steering) this.map.jumpTo(cameraOf(leader.map));
    };
    const steer = (event: { originalEvent?: unknown }) => {
      steering = event.originalEvent !== undefined;
    };
    const lead = () => {
      if (steering) leader.map.jumpTo(cameraOf(this.map));
    };
    const release = () => (steering = false);
    copy();
    leader.map.on('move', copy);
    // Both halves of a narrow screen: each map has its own height, the same centre and scale.
    leader.map.on('resize', copy);
    this.map.on('movestart', steer);
    this.map.on('move', lead);
    this.map.on('moveend', release);
    return () => {
      leader.map.off('move', copy);
      leader.map.off('resize', copy);
      this.map.off('movestart', steer);
      this.map.off('move', lead);
      this.map.off('moveend', release);
    };
  }

  /** Resolves once every source of the style has loaded its data (the map may not be drawn yet). */
  whenSourcesLoaded(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        const ids = this.style.sourceIds();
        if (!ids.every((id) => this.map.getSource(id) && this.map.isSourceLoaded(id))) return;
        this.map.off('sourcedata', check);
        resolve();
      };
      this.map.on('sourcedata', check);
      this.map.once('idle', check);
    });
  }

  destroy(): void {
    this.style.stop();
    this.listeners.clear();
    this.removeProbe();
    this.map.remove();
  }

  private emit(event: MapEvent): void {
    if (event.type === 'camera') this.writeCamera(event.camera);
    if (STICKY.has(event.type)) this.sticky.set(event.type, event);
    for (const listener of this.listeners) listener(event);
  }
}
