// The distance tool on the map: while it is open, clicks place points (`measure` events), and the
// measured points and line are drawn from the input.
import type { GeoJSONSource } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { MEASURE_SOURCE } from '../style';
import { sameJson, type PartContext } from './context';

export class Measuring {
  on = false;
  /** The style's measure source starts empty. */
  private features: readonly Feature[] = [];

  constructor(
    private readonly ctx: PartContext,
    private readonly onStart: () => void,
  ) {
    ctx.map.on('click', (event) => {
      if (this.on) {
        ctx.emit({
          type: 'measure',
          origin: 'map',
          lngLat: event.lngLat.toArray() as [number, number],
        });
      }
    });
  }

  update(on: boolean, features: readonly Feature[]): void {
    if (on !== this.on) {
      this.on = on;
      if (on) this.onStart();
      this.ctx.map.getCanvas().style.cursor = on ? 'crosshair' : '';
    }
    if (sameJson(features, this.features)) return;
    this.features = features;
    this.draw();
  }

  /** Puts the points back after a style MapLibre rebuilt whole (new data costs a tiling). */
  restore(): void {
    if (this.features.length > 0) this.draw();
  }

  private draw(): void {
    const source = this.ctx.map.getSource<GeoJSONSource>(MEASURE_SOURCE);
    source?.setData({ type: 'FeatureCollection', features: [...this.features] });
  }
}
