// Who administered each island on a date: the one rule for the map's colours, the legend, the
// year control and the island panel. It reads geodata/derived/administration.json (the events'
// administration changes, a kilobyte), so the first view of a past year needs no other data.
import table from '../../geodata/derived/administration.json';
import { firstDay } from './dates';
import { ISLAND_IDS } from './ids';
import type { IslandId, Side } from './schema';

const changes = table.changes as { island: IslandId; to: Side; date: string }[];

/** Which side administered an island on a date (any ISO precision); null before the first change. */
export function administeringSide(island: IslandId, date: string): Side | null {
  const day = firstDay(date);
  let side: Side | null = null;
  // The table is in date order: the last change on or before the day holds.
  for (const change of changes) {
    if (change.island === island && firstDay(change.date) <= day) side = change.to;
  }
  return side;
}

/** Who administered each island on a date (null: no administration on record). */
export function administrationOn(date: string): Record<IslandId, Side | null> {
  return Object.fromEntries(
    ISLAND_IDS.map((island) => [island, administeringSide(island, date)]),
  ) as Record<IslandId, Side | null>;
}
