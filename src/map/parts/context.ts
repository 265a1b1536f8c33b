// What every part of the map shares: the MapLibre instance, its setup and the one event channel.
import type { MapLibreMap } from '../maplibre';
import type { MapEvent, MapSetup } from '../types';

export interface PartContext {
  readonly map: MapLibreMap;
  readonly setup: MapSetup;
  emit(event: MapEvent): void;
  /** Resolves once the map's first style and data have loaded. */
  readonly loaded: Promise<unknown>;
}

/** A box on the map, in degrees. */
export type LngLatBox = [west: number, south: number, east: number, north: number];

/** The JSON of a value, to tell whether an input changed when it is rebuilt with equal contents. */
export const sameJson = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
