// Figures computed from the map's own geometry by geodata/scripts/build-figures.mjs.
import figuresJson from '../../geodata/derived/figures.json';
import { isletsForIsland } from '../data/dispute';
import type { IslandId, Islet } from '../data/schema';

export interface Measured {
  km: number;
  from: number[];
  to: number[];
}
export interface UnitFigures {
  areaKm2: number;
  toHokkaido: Measured;
  toCapeNosappu: Measured;
  /** Named islets the geometry has (Habomai only). */
  islets?: string[];
}

const figures = figuresJson.units as Record<IslandId, UnitFigures>;

export const computedFigures = (island: IslandId): UnitFigures => figures[island];

/** Islets of the data set that the map's geometry lacks: computed figures leave them out. */
export function isletsMissingFromGeometry(
  island: IslandId,
  units: Record<string, Pick<UnitFigures, 'islets'>> = figures,
): Islet[] {
  const present = units[island]?.islets;
  if (!present) return [];
  return isletsForIsland(island).filter((islet) => !present.includes(islet.id));
}
