/**
 * Schema of the cited dispute data set in geodata/dispute/*.json.
 *
 * zod checks the shape of each file; src/data/validate.ts adds the checks that need the whole
 * data set at once (ids that must resolve, dates that must be real, texts in all three languages).
 */
import { z } from '../lib/zod';
import { ISLAND_IDS, LANGS, type Lang } from './ids';
import { MEETING_FORMATS } from './meetingFormats';

export { ISLAND_IDS, LANGS, MEETING_FORMATS, type Lang };

export const IslandId = z.enum(ISLAND_IDS);
export type IslandId = z.infer<typeof IslandId>;

export const ISLET_IDS = [
  'signalny',
  'tanfilyeva',
  'anuchina',
  'yuri',
  'dyomina',
  'zelyony',
  'polonskogo',
  'oskolki',
] as const;
export const IsletId = z.enum(ISLET_IDS);
export type IsletId = z.infer<typeof IsletId>;

/** The two parties. `russia` stands for the Soviet Union before 1992 as well. */
export const SIDES = ['japan', 'russia'] as const;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/** Lower-case ascii slug, words joined by `-`. */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug');
/** Source keys as in the fact sheet: S1, T11, M5, G3, ... plus GN, NE, GSHHG, ETOPO5, K1. */
export const SourceId = z.string().regex(/^[A-Z]+[0-9]*$/, 'expected a source key such as S1');
export type SourceId = z.infer<typeof SourceId>;
export const Sources = z.array(SourceId).min(1, 'every statement needs at least one source');

export const Text = z.string().trim().min(1, 'empty text');

/** A text in all three interface languages. */
export const LocalizedText = z.strictObject({ en: Text, ru: Text, ja: Text });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** ISO 8601 calendar date at day, month or year precision: 1855-02-07, 2022-04, 1644. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
export type IsoDate = z.infer<typeof IsoDate>;
export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

/** A date or a date range; `precision` tells how much of the date is known. */
export const DateSpan = z.strictObject({
  start: IsoDate,
  /** Last day of a range (inclusive); absent for a single date. */
  end: IsoDate.optional(),
  precision: Precision,
  /** Sources differ on the date, or it is not known exactly; `note` says how. */
  uncertain: z.boolean().optional(),
  note: LocalizedText.optional(),
});
export type DateSpan = z.infer<typeof DateSpan>;

// ---------------------------------------------------------------------------------------------
// Sources

export const SourceLink = z.strictObject({
  url: z.url(),
  /** Language of the page (BCP 47 primary tag), where evident. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  note: Text.optional(),
});

export const Source = z.strictObject({
  id: SourceId,
  /** What the source is, in plain English words. */
  title: Text,
  publisher: Text,
  kind: z.enum([
    'official',
    'news',
    'encyclopedia',
    'reference',
    'document',
    'academic',
    'dataset',
  ]),
  links: z.array(SourceLink).min(1),
  licence: Text.optional(),
});
export type Source = z.infer<typeof Source>;

export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) });

// ---------------------------------------------------------------------------------------------
// Names

export const EnglishNames = z.strictObject({
  /** English form derived from the Russian name (Iturup, Kunashir). */
  russianDerived: Text,
  /** English form derived from the Japanese name (Etorofu, Kunashiri). */
  japaneseDerived: Text,
});
export const RussianName = z.strictObject({ cyrillic: Text, latin: Text });
export const JapaneseName = z.strictObject({ kanji: Text, kana: Text.optional(), romaji: Text });
export type RussianName = z.infer<typeof RussianName>;
export type JapaneseName = z.infer<typeof JapaneseName>;

/** Another name in use for the same feature. */
export const NameVariant = z.strictObject({
  lang: z.enum(['ru', 'ja']),
  text: Text,
  latin: Text,
  kana: Text.optional(),
  usage: LocalizedText,
  sources: Sources,
});

/** Each side's name written in the other language's script, for map labels in that language. */
export const Transcriptions = z.strictObject({
  /** The Japanese name in Cyrillic (Polivanov system). */
  japaneseInCyrillic: Text,
  /** The Russian name in katakana. */
  russianInKatakana: Text,
  sources: Sources,
});
export const Names = z.strictObject({
  english: EnglishNames,
  russian: RussianName,
  japanese: JapaneseName,
  variants: z.array(NameVariant).optional(),
  sources: Sources,
});
export type Names = z.infer<typeof Names>;
/** An island unit's names carry transcriptions too: its map label follows the reader's script. */
export const IslandNames = Names.extend({ transcriptions: Transcriptions });

/**
 * One reading of the Ainu origin of a name, as its sources give it. The Ainu form is kept in the
 * scripts the sources write it in: katakana (`ain-Kana`), Latin (`ain-Latn`), Cyrillic (`ain-Cyrl`).
 */
export const AinuReading = z.strictObject({
  /** The Ainu form, in each script the source writes it in (none where it gives only the meaning). */
  kana: Text.optional(),
  latin: Text.optional(),
  cyrillic: Text.optional(),
  /** What the source says the Ainu words mean. */
  meaning: LocalizedText,
  note: LocalizedText.optional(),
  sources: Sources,
});
export type AinuReading = z.infer<typeof AinuReading>;

const SourcedText = z.strictObject({ text: LocalizedText, sources: Sources });

/**
 * The Ainu origin of a name: every reading the sources give, none preferred (the etymologies are
 * traditional and do not all agree), with what the sources themselves say of their certainty.
 */
export const AinuOrigin = z.strictObject({
  readings: z.array(AinuReading).min(1),
  /** What the sources say of how certain the readings are. */
  caveats: z.array(SourcedText).optional(),
  /** Other sourced facts about the Ainu name (which later names come from it). */
  notes: z.array(SourcedText).optional(),
});
export type AinuOrigin = z.infer<typeof AinuOrigin>;

/** Collective names for the disputed islands as a group. */
export const CollectiveName = z.strictObject({
  id: Slug,
  side: Side,
  lang: z.enum(['ru', 'ja']),
  text: Text,
  latin: Text,
  kana: Text.optional(),
  /** What the name means, in each interface language. */
  meaning: LocalizedText,
  usage: LocalizedText,
  sources: Sources,
});
export type CollectiveName = z.infer<typeof CollectiveName>;

/** A name of a Habomai islet whose counterpart in the other language is not confirmed. */
export const UnpairedName = z.strictObject({
  lang: z.enum(['ru', 'ja']),
  text: Text,
  latin: Text,
  kana: Text.optional(),
  confirmed: z.literal(false),
  note: LocalizedText,
  sources: Sources,
});

// ---------------------------------------------------------------------------------------------
// Figures: every figure carries its own source; where sources disagree, each stands on its own.

export const FigureOrigin = z.enum(['japan-official', 'russia-official', 'reference']);

export const Figure = z.strictObject({
  /** null where the source gives no number (for example, "tiny"). */
  value: z.number().nullable(),
  /** Upper bound, where the source gives a range (value is then the lower bound). */
  upTo: z.number().optional(),
  unit: z.enum(['km2', 'm', 'km', 'people']),
  /** Date or year the figure refers to. */
  asOf: IsoDate.optional(),
  approximate: z.boolean().optional(),
  /** false: the fact sheet marks the figure UNCONFIRMED. */
  confirmed: z.boolean(),
  /** true: the publisher has replaced this figure with a newer one. */
  superseded: z.boolean().optional(),
  origin: FigureOrigin,
  /** Who gives the figure, in words (publisher, survey, year). */
  label: LocalizedText,
  /** The peak a highest-point figure refers to. */
  peak: LocalizedText.optional(),
  note: LocalizedText.optional(),
  sources: Sources,
});
export type Figure = z.infer<typeof Figure>;

export const Distance = z.strictObject({
  from: LocalizedText,
  to: LocalizedText,
  km: z.number().positive(),
  approximate: z.boolean().optional(),
  sources: Sources,
});
export type Distance = z.infer<typeof Distance>;

export const Island = z.strictObject({
  id: IslandId,
  names: IslandNames,
  ainu: AinuOrigin,
  area: z.array(Figure).min(1),
  highestPoint: z.array(Figure).min(1),
  population: z.array(Figure).min(1),
  distances: z.array(Distance),
  notes: z.array(z.strictObject({ text: LocalizedText, sources: Sources })).optional(),
});
export type Island = z.infer<typeof Island>;

export const Islet = z.strictObject({
  id: IsletId,
  island: z.literal('habomai'),
  /** Lower-case ascii form of the Japanese name (kaigara, suisho, ...). */
  japaneseSlug: Slug,
  names: Names,
  /** Where the sources give the Ainu origin of the islet's name. */
  ainu: AinuOrigin.optional(),
  area: z.array(Figure),
  distanceFromNosappu: z.array(Figure),
});
export type Islet = z.infer<typeof Islet>;

export const Settlement = z.strictObject({
  id: Slug,
  island: IslandId,
  /** Name to show in each interface language. */
  name: LocalizedText,
  russian: RussianName,
  /** The Japanese name of the place, where a source gives it. */
  japanese: JapaneseName.optional(),
  nameSources: Sources,
  population: z.array(Figure),
});
export type Settlement = z.infer<typeof Settlement>;

export const Strait = z.strictObject({
  id: Slug,
  name: LocalizedText,
  russian: RussianName.optional(),
  japanese: JapaneseName.optional(),
  between: z.array(Text).length(2),
  width: z.array(Figure).min(1),
  depth: z.array(Figure).optional(),
  note: LocalizedText.optional(),
});
export type Strait = z.infer<typeof Strait>;

export const IslandsFile = z.strictObject({
  islands: z.array(Island).length(4),
  islets: z.array(Islet),
  unpairedIsletNames: z.array(UnpairedName),
  collectiveNames: z.array(CollectiveName).min(1),
  settlements: z.array(Settlement),
  straits: z.array(Strait),
  totals: z.array(
    z.strictObject({ what: LocalizedText, figure: Figure, islands: z.array(IslandId).min(1) }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Claims

/** A statement of one side's position, in that side's own terms and attributed to it. */
export const Argument = z.strictObject({
  id: Slug,
  side: Side,
  text: LocalizedText,
  sources: Sources,
});
export type Argument = z.infer<typeof Argument>;

export const AdminUnit = z.strictObject({
  level: z.enum(['state', 'region', 'subprefecture', 'district', 'city', 'village']),
  name: LocalizedText,
  /** The name in the administering side's language. */
  native: Text,
  /** true: the unit exists in that side's law but is not administered by it in practice. */
  inLawOnly: z.boolean().optional(),
  note: LocalizedText.optional(),
  sources: Sources,
});
export type AdminUnit = z.infer<typeof AdminUnit>;

export const Claim = z.strictObject({
  island: IslandId,
  side: Side,
  /** Whether this side administers the island in practice (see the events for since when). */
  administersInPractice: z.boolean(),
  /** How the side describes the island's status, in its own terms. */
  status: z.strictObject({ text: LocalizedText, sources: Sources }),
  /** Administrative units the side assigns, from the state down. */
  administration: z.array(AdminUnit).min(1),
  /** Argument ids (each of this side). */
  legalBasis: z.array(Slug).min(1),
  /** Documents the side relies on, by event id. */
  keyDocuments: z
    .array(z.strictObject({ event: Slug, note: LocalizedText, sources: Sources }))
    .min(1),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimsFile = z.strictObject({
  arguments: z.array(Argument).min(1),
  claims: z.array(Claim).length(8),
});

// ---------------------------------------------------------------------------------------------
// Lines (metadata; geometry is built into public/data/lines.geojson by geodata/scripts/build-lines.mjs)

export const LineKind = z.enum(['border', 'line-of-control', 'claim']);
export type LineKind = z.infer<typeof LineKind>;

export const Line = z.strictObject({
  id: Slug,
  /** What the line is in neutral terms. */
  kind: LineKind,
  /** What each side calls it today (for the perspective views). */
  viewedAs: z.strictObject({ japan: LineKind, russia: LineKind }),
  validFrom: IsoDate,
  /** null: still in force. */
  validTo: IsoDate.nullable(),
  name: LocalizedText,
  description: LocalizedText,
  /** Land masses the line separates, as found in the coastline data. */
  between: z.array(Text).min(1),
  sources: Sources,
});
export type Line = z.infer<typeof Line>;

export const LinesFile = z.strictObject({ lines: z.array(Line).min(1) });

// ---------------------------------------------------------------------------------------------
// Events

export const EVENT_KINDS = [
  'mapping',
  'treaty',
  'agreement',
  'declaration',
  'war',
  'administration',
  'population',
  'statement',
  'talks',
  'visit',
  'law',
  'measure',
  'incident',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const Reading = z.strictObject({ text: LocalizedText, sources: Sources });
export type Reading = z.infer<typeof Reading>;

/**
 * Why an event gives one side's reading and not the other's: `agree`, the two sides describe the
 * event alike (the sources show it); `not-found`, no reading of the other side is in the sources
 * at hand (flagged, never filled in).
 */
export const ReadingsNote = z.strictObject({
  kind: z.enum(['agree', 'not-found']),
  text: LocalizedText,
  sources: Sources,
});
export type ReadingsNote = z.infer<typeof ReadingsNote>;

/** Threads of the history an event belongs to, beside its kind (the Ainu history of the islands). */
export const EVENT_TOPICS = ['ainu'] as const;

export const AdministrationChange = z.strictObject({
  island: IslandId,
  to: Side,
  date: IsoDate,
});
export type AdministrationChange = z.infer<typeof AdministrationChange>;

export const LineChange = z.strictObject({
  line: Slug,
  change: z.enum(['start', 'end']),
  date: IsoDate,
});
export type LineChange = z.infer<typeof LineChange>;

export const HistoryEvent = z.strictObject({
  id: Slug,
  kind: EventKind,
  date: DateSpan,
  /** Date a treaty or declaration entered into force, where it differs from `date`. */
  inForce: IsoDate.optional(),
  title: LocalizedText,
  summary: LocalizedText,
  /** Each side's reading of the event, where the sides differ. */
  readings: z.strictObject({ japan: Reading.optional(), russia: Reading.optional() }).optional(),
  /** Where only one side's reading is given, why the other has none. */
  readingsNote: ReadingsNote.optional(),
  /** Islands concerned (may be empty for events elsewhere: lines, the northern Kurils, Hokkaido). */
  islands: z.array(IslandId),
  topics: z.array(z.enum(EVENT_TOPICS)).optional(),
  venue: Slug.optional(),
  meetings: z.array(Slug).optional(),
  administrationChanges: z.array(AdministrationChange).optional(),
  lineChanges: z.array(LineChange).optional(),
  /** Items the sources at hand do not confirm (the fact sheet's UNCONFIRMED). */
  unconfirmed: z.array(LocalizedText).optional(),
  sources: Sources,
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const EventsFile = z.strictObject({ events: z.array(HistoryEvent).min(1) });

// ---------------------------------------------------------------------------------------------
// Meetings

/** Who a participant in a meeting speaks for: one of the two sides, or a third power (Yalta). */
export const PARTIES = [...SIDES, 'other'] as const;
export const Party = z.enum(PARTIES);
export type Party = z.infer<typeof Party>;
export const Person = z.strictObject({ id: Slug, side: Party, name: LocalizedText });
export type Person = z.infer<typeof Person>;
export const Role = z.strictObject({ id: Slug, side: Party, title: LocalizedText });
export type Role = z.infer<typeof Role>;
export const Participant = z.strictObject({ person: Slug, role: Slug });
export type Participant = z.infer<typeof Participant>;

export const MeetingFormat = z.enum(MEETING_FORMATS);
export type MeetingFormat = z.infer<typeof MeetingFormat>;
/** The formats of a meeting between the two leaders (a sideline meeting names its `occasion`). */
export const LEADERS_FORMATS: readonly MeetingFormat[] = ['official-visit', 'summit', 'sideline'];

export const Meeting = z.strictObject({
  id: Slug,
  format: MeetingFormat,
  /** Running number of a 2+2 round. */
  round: z.number().int().positive().optional(),
  date: DateSpan,
  venue: Slug,
  occasion: LocalizedText.optional(),
  /**
   * Each side's participants; a side may be absent only from a conference (Japan at Yalta).
   * `others`: third powers at a conference.
   */
  participants: z.strictObject({
    japan: z.array(Participant),
    russia: z.array(Participant),
    others: z.array(Participant).optional(),
  }),
  outcome: LocalizedText,
  /** The history event this meeting belongs to, if any. */
  event: Slug.optional(),
  /**
   * An earlier meeting that this one continues in another city (Nagato, then Tokyo, December
   * 2016): counted once, as Japan's Foreign Ministry counts it.
   */
  continues: Slug.optional(),
  sources: Sources,
});
export type Meeting = z.infer<typeof Meeting>;

/** A meeting mentioned in sources whose details could not be confirmed; kept out of the main list. */
export const UnconfirmedMeeting = z.strictObject({
  id: Slug,
  format: MeetingFormat,
  date: DateSpan,
  venue: Slug,
  description: LocalizedText,
  /** Sources that mention it; may be empty when nothing at hand confirms it. */
  sources: z.array(SourceId),
});
export type UnconfirmedMeeting = z.infer<typeof UnconfirmedMeeting>;

/** A check of a press claim against the primary sources. */
export const Correction = z.strictObject({
  id: Slug,
  verdict: z.enum(['error', 'unconfirmed', 'confirmed']),
  /** What the press report said. */
  claim: LocalizedText,
  claimSources: Sources,
  /** What the primary sources show. */
  finding: LocalizedText,
  meetings: z.array(Slug).optional(),
  sources: Sources,
});
export type Correction = z.infer<typeof Correction>;

export const MeetingsFile = z.strictObject({
  people: z.array(Person).min(1),
  roles: z.array(Role).min(1),
  meetings: z.array(Meeting).min(1),
  unconfirmedMeetings: z.array(UnconfirmedMeeting),
  corrections: z.array(Correction),
  notes: z.array(z.strictObject({ text: LocalizedText, sources: Sources })),
});

// ---------------------------------------------------------------------------------------------
// Venues (geodata/dispute/venues.json)

export const Venue = z.strictObject({
  id: Slug,
  name: LocalizedText,
  country: z.string().regex(/^[A-Z]{2}$/),
  /** [longitude, latitude] */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  /** Where the point stands when it is not the named place itself (a resort: the nearest town). */
  note: LocalizedText.optional(),
  sources: Sources,
});
export type Venue = z.infer<typeof Venue>;

export const VenuesFile = z.strictObject({ venues: z.array(Venue).min(1) });

// ---------------------------------------------------------------------------------------------
// The guided tour (geodata/dispute/tour.json): chapters as data, in the order they are read

/** Where a chapter puts the camera: an island framed, or a centre and zoom. */
export const TourCamera = z.union([
  z.strictObject({ island: IslandId }),
  z.strictObject({
    /** [longitude, latitude] */
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
    zoom: z.number().min(0).max(12),
  }),
]);
export type TourCamera = z.infer<typeof TourCamera>;

/** The meeting trail a chapter draws: the contract's formats, and the years of its meetings. */
export const TOUR_TRAIL_FORMATS = ['all', 'summit', '2plus2'] as const;

export const TourChapter = z.strictObject({
  id: Slug,
  /** The year the map shows; null: today. */
  year: z.number().int().nullable(),
  camera: TourCamera,
  /** What the chapter selects: an island or a venue (absent: nothing). */
  selection: z
    .union([z.strictObject({ island: IslandId }), z.strictObject({ venue: Slug })])
    .optional(),
  /** The lines the chapter speaks of: each must be drawn on the map in the chapter's year. */
  lines: z.array(Slug).optional(),
  trail: z
    .strictObject({
      format: z.enum(TOUR_TRAIL_FORMATS),
      period: z.tuple([z.number().int(), z.number().int()]),
    })
    .optional(),
  title: LocalizedText,
  /** The narrator's text: what happened, each side's reading left to `readings`. */
  text: LocalizedText,
  /** The record's events the chapter tells of, none later than its year. */
  events: z.array(Slug).min(1),
  /** The event whose two readings the chapter shows (it must be one of `events`). */
  readings: Slug.optional(),
  sources: Sources,
});
export type TourChapter = z.infer<typeof TourChapter>;

export const TourFile = z.strictObject({ chapters: z.array(TourChapter).min(12) });

// ---------------------------------------------------------------------------------------------
// The whole data set

export const DisputeData = z.strictObject({
  sources: SourcesFile,
  islands: IslandsFile,
  claims: ClaimsFile,
  events: EventsFile,
  meetings: MeetingsFile,
  lines: LinesFile,
  venues: VenuesFile,
  tour: TourFile,
});
export type DisputeData = z.infer<typeof DisputeData>;
