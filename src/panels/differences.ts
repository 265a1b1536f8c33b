/**
 * The "what differs" list: for one island, every point where Japan's and Russia's views differ,
 * each view in its own terms with its sources. Pure: it reads only the cited data set.
 */
import { argumentById, claimFor, dispute, eventsForIsland, islandById } from '../data/dispute';
import type {
  AdminUnit,
  Argument,
  Claim,
  HistoryEvent,
  CollectiveName,
  IslandId,
  LineKind,
  LocalizedText,
  Side,
} from '../data/schema';

/** One side's view on one point. */
export type View =
  | {
      kind: 'name';
      /** The name in the side's own language and script. */
      native: string;
      lang: 'ru' | 'ja';
      latin: string;
      english: string;
      sources: string[];
    }
  | { kind: 'collective'; names: CollectiveName[]; sources: string[] }
  | { kind: 'units'; units: AdminUnit[]; sources: string[] }
  | { kind: 'text'; text: LocalizedText; sources: string[] }
  | { kind: 'arguments'; items: Argument[]; sources: string[] }
  | { kind: 'line'; lineKind: LineKind; sources: string[] }
  /** The side gives no reading of its own of an event that the other side reads or relies on. */
  | { kind: 'none'; sources: string[] };

export type Topic =
  'name' | 'collectiveName' | 'administration' | 'status' | 'legalBasis' | 'event' | 'line';

export interface Difference {
  topic: Topic;
  /** The event or line the point is about (topics `event` and `line`). */
  subject?: string;
  views: Record<Side, View>;
}

const unique = (ids: string[]) => [...new Set(ids)];

function nameView(island: IslandId, side: Side): View {
  const { names } = islandById(island)!;
  return side === 'japan'
    ? {
        kind: 'name',
        native: names.japanese.kanji,
        lang: 'ja',
        latin: names.japanese.romaji,
        english: names.english.japaneseDerived,
        sources: names.sources,
      }
    : {
        kind: 'name',
        native: names.russian.cyrillic,
        lang: 'ru',
        latin: names.russian.latin,
        english: names.english.russianDerived,
        sources: names.sources,
      };
}

function collectiveView(side: Side): View {
  const names = dispute.islands.collectiveNames.filter((name) => name.side === side);
  return { kind: 'collective', names, sources: unique(names.flatMap((name) => name.sources)) };
}

/** Each side's reading of an event, or failing that the note on it as one of its key documents. */
function eventView(event: HistoryEvent, claim: Claim, side: Side): View {
  const reading = event.readings?.[side];
  if (reading) return { kind: 'text', text: reading.text, sources: reading.sources };
  const document = claim.keyDocuments.find((d) => d.event === event.id);
  if (document) return { kind: 'text', text: document.note, sources: document.sources };
  return { kind: 'none', sources: [] };
}

export function differences(island: IslandId): Difference[] {
  const claims = { japan: claimFor(island, 'japan')!, russia: claimFor(island, 'russia')! };
  const both = <T>(make: (side: Side) => T) => ({ japan: make('japan'), russia: make('russia') });
  const list: Difference[] = [];

  const names = islandById(island)!.names.english;
  // Shikotan has one name in both languages; elsewhere each side has its own.
  if (names.russianDerived !== names.japaneseDerived) {
    list.push({ topic: 'name', views: both((side) => nameView(island, side)) });
  }
  list.push({ topic: 'collectiveName', views: both(collectiveView) });
  list.push({
    topic: 'administration',
    views: both((side) => {
      const units = claims[side].administration;
      return { kind: 'units', units, sources: unique(units.flatMap((u) => u.sources)) };
    }),
  });
  list.push({
    topic: 'status',
    views: both((side) => ({ kind: 'text', ...claims[side].status })),
  });
  list.push({
    topic: 'legalBasis',
    views: both((side) => {
      const items = claims[side].legalBasis.map((id) => argumentById(id)!);
      return { kind: 'arguments', items, sources: unique(items.flatMap((a) => a.sources)) };
    }),
  });

  // Events that either side reads its own way or relies on as a key document, oldest first.
  const keyDocuments = new Set(
    [...claims.japan.keyDocuments, ...claims.russia.keyDocuments].map((d) => d.event),
  );
  for (const event of eventsForIsland(island)) {
    if (!event.readings?.japan && !event.readings?.russia && !keyDocuments.has(event.id)) continue;
    list.push({
      topic: 'event',
      subject: event.id,
      views: both((side) => eventView(event, claims[side], side)),
    });
  }

  for (const line of dispute.lines.lines) {
    if (!line.between.includes(island) || line.viewedAs.japan === line.viewedAs.russia) continue;
    list.push({
      topic: 'line',
      subject: line.id,
      views: both((side) => ({
        kind: 'line',
        lineKind: line.viewedAs[side],
        sources: line.sources,
      })),
    });
  }
  return list;
}
