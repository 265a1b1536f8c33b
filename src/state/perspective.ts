// What each perspective changes, as pure rules: the naming on the map, the colours of the
// islands, what each line is drawn as, and the order of the two sides' columns.
import type { LabelNames } from '../data/basics';
import type { Lang, LineKind, Side } from '../data/schema';
import { compareNames } from '../i18n/format';

export const POVS = ['neutral', 'japan', 'russia'] as const;
export type Pov = (typeof POVS)[number];

type NamedIsland = { names: LabelNames };

/** Each side's own name for an island, written in the script of `lang`. */
export function sideNames(island: NamedIsland, lang: Lang): Record<Side, string> {
  const { english, russian, japanese, transcriptions } = island.names;
  switch (lang) {
    case 'en':
      return { russia: english.russianDerived, japan: english.japaneseDerived };
    case 'ru':
      return { russia: russian.cyrillic, japan: transcriptions.japaneseInCyrillic };
    case 'ja':
      return { russia: transcriptions.russianInKatakana, japan: japanese.kanji };
  }
}

/**
 * The map label: the chosen side's name, or both in the neutral view, the name of the
 * language's own country first (English puts the Russian-derived form first, as usage does).
 */
export function islandLabel(island: NamedIsland, pov: Pov, lang: Lang): string {
  const names = sideNames(island, lang);
  if (pov !== 'neutral') return names[pov];
  const first: Side = lang === 'ja' ? 'japan' : 'russia';
  const second: Side = first === 'japan' ? 'russia' : 'japan';
  return names[first] === names[second] ? names[first] : `${names[first]} / ${names[second]}`;
}

/** Which side's colour the islands take: none in the neutral view. */
export function islandOwnerColour(pov: Pov): Side | 'disputed' {
  return pov === 'neutral' ? 'disputed' : pov;
}

/** What a line is drawn as in a view: its neutral kind, or what that side calls it. */
export function lineKind(line: { kind: LineKind; viewedAs: Record<Side, LineKind> }, pov: Pov) {
  return pov === 'neutral' ? line.kind : line.viewedAs[pov];
}

/** The property of lines.geojson that holds a line's kind in a view. */
export function lineKindProperty(pov: Pov): 'kind' | 'kind_japan' | 'kind_russia' {
  return pov === 'neutral' ? 'kind' : `kind_${pov}`;
}

/**
 * The order of the two sides' columns: the viewing side first; in the neutral view,
 * alphabetical by the side's name in the reader's language.
 */
export function sidesInOrder(pov: Pov, lang: Lang, sideName: (side: Side) => string): Side[] {
  if (pov === 'japan') return ['japan', 'russia'];
  if (pov === 'russia') return ['russia', 'japan'];
  const byName = compareNames(lang);
  return (['japan', 'russia'] as Side[]).sort((a, b) => byName(sideName(a), sideName(b)));
}
