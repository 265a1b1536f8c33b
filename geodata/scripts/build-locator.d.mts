// Types of build-locator.mjs for the unit tests.
import type { Topology } from 'topojson-specification';

export const SEAM: number;
export const LATITUDES: [number, number];
export const UNITS_PER_DEGREE: number;
export function project(lngLat: [number, number]): [number, number];
export function landPath(topology: Topology): string;
export function islandPoints(labels: {
  features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
}): Record<string, [number, number]>;
export const METHOD: string;
