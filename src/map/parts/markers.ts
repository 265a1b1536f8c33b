// The venues' markers: DOM buttons over the map, each with the city's name and the number of
// meetings held there, its dot sized by that number, pressed when its venue is selected. Markers
// that would overlap at the current scale are shown as one group marker, which zooms in to
// separate them when clicked (a move of the reader's, reported with origin 'map').
import { Marker } from 'maplibre-gl';
import type { MarkerOnCopy, Selection, VenueMarker } from '../types';
import { NAMED_BY_MARKER, PLACES_SOURCE, venuePlaceId } from '../basemapLayers';
import { sameJson, type PartContext } from './context';
import '../venueMarker.css';

/** Pixels between two markers' boxes below which they are grouped. */
const GAP = 4;
/** The zoom a group's click goes no further than. */
const MAX_GROUP_ZOOM = 9;

/** The dot's diameter in pixels: its area grows with the number of meetings. */
export function dotSize(meetings: number): number {
  return Math.round(18 + 6 * Math.sqrt(Math.max(0, meetings - 1)));
}

interface Placed {
  venue: VenueMarker;
  marker: Marker;
  element: HTMLButtonElement;
  /** The button's size, measured once it is on the map. */
  width: number;
  height: number;
}

interface Point {
  x: number;
  y: number;
}

/**
 * Greedy grouping: the venues with most meetings first, each taking into its group every venue
 * left whose marker would overlap its own. `boxes` are each marker's left edge and vertical
 * middle (where it is drawn) and size.
 */
export function groupOverlapping<T extends { at: Point; width: number; height: number }>(
  items: readonly T[],
  weight: (item: T) => number,
): T[][] {
  const overlaps = (a: T, b: T) =>
    a.at.x < b.at.x + b.width + GAP &&
    b.at.x < a.at.x + a.width + GAP &&
    Math.abs(a.at.y - b.at.y) < (a.height + b.height) / 2 + GAP;
  const left = [...items].sort((a, b) => weight(b) - weight(a));
  const groups: T[][] = [];
  while (left.length > 0) {
    const group = [left.shift()!];
    // A venue joins when it overlaps any member: a chain of neighbours becomes one group.
    for (let i = 0; i < left.length; i++) {
      if (group.some((member) => overlaps(member, left[i]))) {
        group.push(...left.splice(i, 1));
        i = -1;
      }
    }
    groups.push(group);
  }
  return groups;
}

export class Markers {
  private venues: readonly VenueMarker[] = [];
  private groupLabel = '';
  private selected: string | null = null;
  private readonly placed = new Map<string, Placed>();
  private groups: { marker: Marker; element: HTMLButtonElement }[] = [];
  /** The venue first in each group shown (a city shown alone is its own group): named by a marker. */
  private named: string[] = [];
  /** The groups shown, as their venues' ids: a move that changes none leaves them (and the focus). */
  private grouping = '';

  constructor(
    private readonly ctx: PartContext,
    private readonly onClick: (selection: Selection) => void,
  ) {
    // Grouped again once the scale (or, on the globe, the view) has settled.
    ctx.map.on('moveend', () => this.regroup());
  }

  /** `groupLabel`: a group's accessible name, with `{names}` for its cities. */
  update(venues: readonly VenueMarker[], groupLabel: string, selection: Selection): void {
    if (!sameJson(venues, this.venues) || groupLabel !== this.groupLabel) {
      this.venues = venues;
      this.groupLabel = groupLabel;
      this.selected = selection.venue;
      this.rebuild();
    } else if (selection.venue !== this.selected) {
      this.selected = selection.venue;
      for (const [id, { element }] of this.placed) {
        element.setAttribute('aria-pressed', String(id === selection.venue));
      }
      this.regroup(true);
    }
  }

  private rebuild(): void {
    for (const { marker } of this.placed.values()) marker.remove();
    this.placed.clear();
    for (const venue of this.venues) {
      const size = dotSize(venue.meetings);
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'venue-marker';
      element.dataset.venue = venue.id;
      element.dataset.name = venue.name;
      element.style.setProperty('--dot', `${size}px`);
      element.setAttribute('aria-label', venue.label);
      element.setAttribute('aria-pressed', String(venue.id === this.selected));
      const dot = document.createElement('span');
      dot.className = 'venue-marker-count';
      // A venue of reported meetings only: none confirmed, which a count of 0 would not say.
      dot.textContent = venue.meetings > 0 ? String(venue.meetings) : '?';
      element.classList.toggle('venue-unconfirmed', venue.meetings === 0);
      const name = document.createElement('span');
      name.className = 'venue-marker-name';
      name.textContent = venue.name;
      element.append(dot, name);
      element.addEventListener('click', (event) => {
        event.stopPropagation();
        this.onClick({ island: null, venue: venue.id });
      });
      // The dot's centre on the city: the name runs to its right.
      const marker = new Marker({ element, anchor: 'left', offset: [-size / 2, 0] })
        .setLngLat(venue.coordinates)
        .addTo(this.ctx.map);
      this.placed.set(venue.id, { venue, marker, element, width: 0, height: 0 });
    }
    // Measured once all are in: one layout of the page, not one per marker.
    for (const placed of this.placed.values()) {
      const { width, height } = placed.element.getBoundingClientRect();
      Object.assign(placed, { width, height });
    }
    this.regroup(true);
  }

  /** Shows each venue that has room on its own, and one group marker for each set that has not. */
  private regroup(force = false): void {
    const { map } = this.ctx;
    const items = [...this.placed.values()].map((placed) => {
      const point = map.project(placed.venue.coordinates);
      const radius = dotSize(placed.venue.meetings) / 2;
      return { ...placed, at: { x: point.x - radius, y: point.y } };
    });
    const groups = groupOverlapping(items, (item) => item.venue.meetings);
    const grouping = JSON.stringify(groups.map((group) => group.map((item) => item.venue.id)));
    if (grouping === this.grouping && !force) return;
    this.grouping = grouping;
    // A marker with the focus that goes (a group opened, or a city joining a group) passes it on
    // to what now stands for its first city.
    const focused = [...this.placed.values(), ...this.groups].find(
      ({ element }) => element === document.activeElement,
    )?.element;
    const focusedVenue = focused?.dataset.venue ?? focused?.dataset.venues?.split(' ')[0];
    for (const { marker } of this.groups) marker.remove();
    this.groups = [];
    for (const group of groups) {
      for (const { element } of group) element.hidden = group.length > 1;
      if (group.length > 1) this.addGroup(group.map((item) => item.venue));
    }
    this.setNamed(groups.map((group) => group[0].venue.id));
    if (focused && focusedVenue && (!focused.isConnected || focused.hidden)) {
      this.focusVenue(focusedVenue);
    }
  }

  /** The markers in view, for a copy of the map (its canvas does not hold them). */
  onCopy(): MarkerOnCopy[] {
    const { map } = this.ctx;
    const shown = [
      ...[...this.placed.values()].filter(({ element }) => !element.hidden),
      ...this.groups,
    ];
    return shown
      .map(({ marker, element }) => {
        // The dot's centre is the marker's point (the offset puts the dot, not the name, on it).
        const { x, y } = map.project(marker.getLngLat());
        const text = (name: string) => element.querySelector(`.${name}`)?.textContent ?? '';
        return {
          x,
          y,
          count: text('venue-marker-count'),
          size: parseFloat(element.style.getPropertyValue('--dot')),
          name: text('venue-marker-name'),
        };
      })
      .filter(({ x, y }) => {
        const { clientWidth, clientHeight } = map.getContainer();
        return x >= 0 && y >= 0 && x <= clientWidth && y <= clientHeight;
      });
  }

  /** Puts back the labels' states after a style MapLibre rebuilt whole (controller.ts). */
  restore(): void {
    const { map } = this.ctx;
    const first = this.named[0];
    if (!map.getSource(PLACES_SOURCE) || !first) return;
    if (map.getFeatureState({ source: PLACES_SOURCE, id: venuePlaceId(first) })[NAMED_BY_MARKER]) {
      return;
    }
    const named = this.named;
    this.named = [];
    this.setNamed(named);
  }

  /**
   * The basemap's label of a city whose marker shows its name (alone, or first of its group) is
   * hidden: one name beside each marker. The other cities of a group keep theirs.
   */
  private setNamed(named: string[]): void {
    const { map } = this.ctx;
    if (map.getSource(PLACES_SOURCE)) {
      const set = (venue: string, value: boolean) =>
        map.setFeatureState(
          { source: PLACES_SOURCE, id: venuePlaceId(venue) },
          { [NAMED_BY_MARKER]: value },
        );
      for (const venue of this.named) if (!named.includes(venue)) set(venue, false);
      for (const venue of named) if (!this.named.includes(venue)) set(venue, true);
    }
    this.named = named;
  }

  /** Focuses the marker that shows `id`: its own, or its group's. */
  private focusVenue(id: string): void {
    const own = this.placed.get(id)?.element;
    const group = this.groups.find(({ element }) =>
      element.dataset.venues?.split(' ').includes(id),
    );
    (own && !own.hidden ? own : group?.element)?.focus({ preventScroll: true });
  }

  private addGroup(venues: VenueMarker[]): void {
    const names = venues.map((venue) => venue.name);
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'venue-marker venue-group';
    element.dataset.venues = venues.map((venue) => venue.id).join(' ');
    element.dataset.name = names[0];
    element.dataset.selected = String(venues.some((venue) => venue.id === this.selected));
    element.setAttribute('aria-label', this.groupLabel.replace('{names}', names.join(', ')));
    const size = dotSize(venues.length * 2);
    element.style.setProperty('--dot', `${size}px`);
    const count = document.createElement('span');
    count.className = 'venue-marker-count';
    count.textContent = String(venues.length);
    const name = document.createElement('span');
    name.className = 'venue-marker-name';
    name.textContent = `${names[0]} +${names.length - 1}`;
    element.append(count, name);
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      this.openGroup(venues);
    });
    const [lng, lat] = venues[0].coordinates;
    const marker = new Marker({ element, anchor: 'left', offset: [-size / 2, 0] })
      .setLngLat([lng, lat])
      .addTo(this.ctx.map);
    this.groups.push({ marker, element });
  }

  /**
   * Zooms in, about the group's middle, as far as the closest two of its markers need to stand
   * apart (their names side by side or one above the other).
   */
  private openGroup(venues: VenueMarker[]): void {
    const { map } = this.ctx;
    const items = venues.map((venue) => ({ venue, placed: this.placed.get(venue.id)! }));
    let factor = 1;
    for (const [i, a] of items.entries()) {
      for (const b of items.slice(i + 1)) {
        const pa = map.project(a.venue.coordinates);
        const pb = map.project(b.venue.coordinates);
        const across = (Math.max(a.placed.width, b.placed.width) + GAP) / Math.abs(pa.x - pb.x);
        const down = (Math.max(a.placed.height, b.placed.height) + GAP) / Math.abs(pa.y - pb.y);
        factor = Math.max(factor, Math.min(across, down));
      }
    }
    const lngs = venues.map((venue) => venue.coordinates[0]);
    const lats = venues.map((venue) => venue.coordinates[1]);
    const center: [number, number] = [
      (Math.min(...lngs) + Math.max(...lngs)) / 2,
      (Math.min(...lats) + Math.max(...lats)) / 2,
    ];
    const zoom = Math.min(MAX_GROUP_ZOOM, map.getZoom() + Math.log2(factor) + 0.25);
    map.easeTo({ center, zoom });
  }
}
