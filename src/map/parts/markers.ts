// The venues' markers: DOM buttons over the map, pressed when their venue is selected.
import { Marker } from 'maplibre-gl';
import type { Selection, VenueMarker } from '../types';
import { sameJson, type PartContext } from './context';
import '../venueMarker.css';

export class Markers {
  private venues: readonly VenueMarker[] = [];
  private selected: string | null = null;
  private readonly markers = new Map<string, { marker: Marker; element: HTMLButtonElement }>();

  constructor(
    private readonly ctx: PartContext,
    private readonly onClick: (selection: Selection) => void,
  ) {}

  update(venues: readonly VenueMarker[], selection: Selection): void {
    if (!sameJson(venues, this.venues)) {
      this.venues = venues;
      this.rebuild(selection.venue);
    } else if (selection.venue !== this.selected) {
      for (const [id, { element }] of this.markers) {
        element.setAttribute('aria-pressed', String(id === selection.venue));
      }
    }
    this.selected = selection.venue;
  }

  private rebuild(selected: string | null): void {
    for (const { marker } of this.markers.values()) marker.remove();
    this.markers.clear();
    for (const venue of this.venues) {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'venue-marker';
      element.dataset.venue = venue.id;
      element.setAttribute('aria-label', venue.label);
      element.setAttribute('aria-pressed', String(venue.id === selected));
      element.title = venue.label;
      element.addEventListener('click', (event) => {
        event.stopPropagation();
        this.onClick({ island: null, venue: venue.id });
      });
      const marker = new Marker({ element }).setLngLat(venue.coordinates).addTo(this.ctx.map);
      this.markers.set(venue.id, { marker, element });
    }
  }
}
