// Types of build-figures.mjs for the unit tests.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface UnitFigures {
  areaKm2: number;
  toHokkaido: { km: number; from: [number, number]; to: [number, number] };
  toCapeNosappu: { km: number; from: [number, number]; to: [number, number] };
  islets?: string[];
}
export interface Figures {
  units: Record<string, UnitFigures>;
}
export function computeFigures(
  islands: FeatureCollection<MultiPolygon, { id: string; islets?: (string | null)[] }>,
  region: FeatureCollection<MultiPolygon | Polygon, { country: string }>,
): Figures;
export const METHOD: string;
