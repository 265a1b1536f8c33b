// The selected and the hovered island (feature state), and the reader's clicks on islands and on
// the meeting trail, reported as `select` events.
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { ISLAND_FILL_LAYER, ISLAND_SOURCE, TRAIL_TARGET_LAYERS } from '../style';
import type { IslandId } from '../../data/schema';
import type { Selection } from '../types';
import type { PartContext } from './context';

export const sameSelection = (a: Selection, b: Selection) =>
  a.island === b.island && a.venue === b.venue;

export class SelectionPart {
  current: Selection = { island: null, venue: null };
  /** What the reader clicked on the map, while it is the selection: a panel must not hide it. */
  private clicked: Selection | null = null;
  private hovered: IslandId | null = null;

  constructor(
    private readonly ctx: PartContext,
    /** Clicks measure instead of selecting while the distance tool is open. */
    private readonly measuring: () => boolean,
  ) {
    const { map } = ctx;
    map.on('mousemove', ISLAND_FILL_LAYER, (event: MapLayerMouseEvent) => {
      if (this.measuring()) return;
      const id = event.features?.[0]?.properties?.id as IslandId | undefined;
      this.setHovered(id ?? null);
    });
    map.on('mouseleave', ISLAND_FILL_LAYER, () => this.setHovered(null));
    map.on('click', ISLAND_FILL_LAYER, (event: MapLayerMouseEvent) => {
      if (this.measuring() || this.trailAt(event)) return;
      const id = event.features?.[0]?.properties?.id as IslandId | undefined;
      if (id) this.clickedOn({ island: id, venue: null }, null);
    });
    map.on('click', TRAIL_TARGET_LAYERS, (event: MapLayerMouseEvent) => {
      const stop = this.trailAt(event);
      if (!this.measuring() && stop)
        this.clickedOn({ island: null, venue: stop.venue }, stop.meeting);
    });
    map.on('mouseenter', TRAIL_TARGET_LAYERS, () => {
      if (!this.measuring()) map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', TRAIL_TARGET_LAYERS, () => {
      if (!this.measuring()) map.getCanvas().style.cursor = '';
    });
  }

  update(selection: Selection): void {
    if (sameSelection(selection, this.current)) return;
    this.setIslandState(this.current.island, { selected: false });
    this.current = selection;
    this.setIslandState(selection.island, { selected: true });
    if (!this.isClicked(selection)) this.clicked = null;
  }

  /** The reader clicked an island, a venue's marker or a meeting of the trail. */
  clickedOn(selection: Selection, meeting: string | null): void {
    this.clicked = selection;
    this.ctx.emit({ type: 'select', origin: 'map', selection, meeting });
  }

  /** The selection is what the reader clicked on the map (not a list, link or host's choice). */
  isClicked(selection: Selection): boolean {
    return this.clicked !== null && sameSelection(this.clicked, selection);
  }

  /** Measuring began: no island stays hovered. */
  clearHover(): void {
    this.setHovered(null);
  }

  /**
   * A style MapLibre rebuilds whole (a basemap swap it cannot diff) drops feature state: put it
   * back, only then.
   */
  restore(): void {
    if (!this.ctx.map.getSource(ISLAND_SOURCE) || !this.stateLost()) return;
    this.ctx.map.removeFeatureState({ source: ISLAND_SOURCE });
    this.setIslandState(this.current.island, { selected: true });
    this.setIslandState(this.hovered, { hover: true });
  }

  private stateLost(): boolean {
    const has = (id: IslandId | null, key: string) =>
      !id || this.ctx.map.getFeatureState({ source: ISLAND_SOURCE, id })[key] === true;
    return !has(this.current.island, 'selected') || !has(this.hovered, 'hover');
  }

  /** The meeting of the trail feature under a click, the latest where several overlap. */
  private trailAt(event: MapLayerMouseEvent): { meeting: string; venue: string } | null {
    const { map } = this.ctx;
    const layers = TRAIL_TARGET_LAYERS.filter((id) => map.getLayer(id));
    if (layers.length === 0) return null;
    const hits = map.queryRenderedFeatures(event.point, { layers });
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
    this.ctx.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }

  private setIslandState(id: IslandId | null, state: Record<string, boolean>): void {
    if (id && this.ctx.map.getSource(ISLAND_SOURCE)) {
      this.ctx.map.setFeatureState({ source: ISLAND_SOURCE, id }, state);
    }
  }
}
