// Owns the MapLibre map. React hands it options and selection; it applies them idempotently
// and reports what the user does through callbacks. Nothing else touches the map.
import { AttributionControl, Marker, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { createMap, type MapLibreMap } from './maplibre';
import { buildStyle, ISLAND_FILL_LAYER, ISLAND_SOURCE, type StyleOptions } from './style';
import type { IslandId } from '../data/schema';

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

/** Read-only view of the map for browser tests and debugging; it changes nothing. */
export interface MapProbe {
  project(lngLat: [number, number]): [number, number];
  renderedIslands(): string[];
  camera(): { zoom: number; center: [number, number] };
}

declare global {
  interface Window {
    __kurilMapProbe?: MapProbe;
  }
}

export interface MapCallbacks {
  onSelectIsland(id: IslandId): void;
  onSelectVenue(id: string): void;
  onIdle?(): void;
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

  constructor(
    container: HTMLElement,
    options: StyleOptions,
    private readonly callbacks: MapCallbacks,
    reducedMotion: boolean,
  ) {
    this.styleOptions = options;
    this.map = createMap({
      container,
      style: buildStyle(options),
      hash: 'map',
      bounds: DEFAULT_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      fadeDuration: reducedMotion ? 0 : 300,
      dragRotate: false,
      pitchWithRotate: false,
      maxPitch: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', 'Map of the Kuril Islands');
    this.bindEvents();
    window.__kurilMapProbe = this.probe();
  }

  private probe(): MapProbe {
    return {
      project: (lngLat) => {
        const point = this.map.project(lngLat);
        return [point.x, point.y];
      },
      renderedIslands: () => [
        ...new Set(
          this.map
            .queryRenderedFeatures({ layers: [ISLAND_FILL_LAYER] })
            .map((feature) => String(feature.properties.id)),
        ),
      ],
      camera: () => ({
        zoom: this.map.getZoom(),
        center: this.map.getCenter().toArray() as [number, number],
      }),
    };
  }

  private bindEvents(): void {
    const map = this.map;
    map.on('mousemove', ISLAND_FILL_LAYER, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id as IslandId | undefined;
      this.setHovered(id ?? null);
    });
    map.on('mouseleave', ISLAND_FILL_LAYER, () => this.setHovered(null));
    map.on('click', ISLAND_FILL_LAYER, (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id as IslandId | undefined;
      if (id) this.callbacks.onSelectIsland(id);
    });
    // A new style (another scheme or language) drops feature state: put it back.
    map.on('styledata', () => this.applyFeatureState());
    map.once('idle', () => this.callbacks.onIdle?.());
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

  private applyFeatureState(): void {
    if (!this.map.getSource(ISLAND_SOURCE)) return;
    this.map.removeFeatureState({ source: ISLAND_SOURCE });
    this.setIslandState(this.selection.island, { selected: true });
    this.setIslandState(this.hovered, { hover: true });
  }

  setStyleOptions(options: StyleOptions): void {
    if (JSON.stringify(options) === JSON.stringify(this.styleOptions)) return;
    this.styleOptions = options;
    this.map.setStyle(buildStyle(options));
  }

  setSelection(selection: Selection): void {
    if (selection.island === this.selection.island && selection.venue === this.selection.venue) {
      return;
    }
    this.setIslandState(this.selection.island, { selected: false });
    this.selection = selection;
    this.setIslandState(selection.island, { selected: true });
    for (const [id, { element }] of this.markers) {
      element.setAttribute('aria-pressed', String(id === selection.venue));
    }
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
        this.callbacks.onSelectVenue(venue.id);
      });
      const marker = new Marker({ element }).setLngLat(venue.coordinates).addTo(this.map);
      this.markers.set(venue.id, { marker, element });
    }
  }

  destroy(): void {
    delete window.__kurilMapProbe;
    this.map.remove();
  }
}
