// What each island's map label says. Neutral by default: both English forms, then the name
// in Russian and in Japanese, so no side's naming is the map's own.
import type { Island, IslandId } from '../data/schema';

export function neutralEnglish(island: Pick<Island, 'names'>): string {
  const { russianDerived, japaneseDerived } = island.names.english;
  return russianDerived === japaneseDerived
    ? russianDerived
    : `${russianDerived} / ${japaneseDerived}`;
}

export function islandLabels(islands: Pick<Island, 'id' | 'names'>[]): Record<IslandId, string> {
  return Object.fromEntries(
    islands.map((island) => [
      island.id,
      `${neutralEnglish(island)}\n${island.names.russian.cyrillic} · ${island.names.japanese.kanji}`,
    ]),
  ) as Record<IslandId, string>;
}
