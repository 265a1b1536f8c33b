/**
 * The cited dispute data set, typed, with the lookups the panels and the history view
 * need. The JSON files live in geodata/dispute/; src/data/schema.ts describes them and
 * src/data/validate.ts checks them as a whole (tests/unit/dispute-*.test.ts run it).
 */
import sourcesJson from '../../geodata/dispute/sources.json';
import islandsJson from '../../geodata/dispute/islands.json';
import claimsJson from '../../geodata/dispute/claims.json';
import eventsJson from '../../geodata/dispute/events.json';
import meetingsJson from '../../geodata/dispute/meetings.json';
import linesJson from '../../geodata/dispute/lines.json';
import venuesJson from '../../geodata/dispute/venues.json';
import tourJson from '../../geodata/dispute/tour.json';
import type {
  DisputeData,
  Claim,
  HistoryEvent,
  Island,
  IslandId,
  Islet,
  Line,
  Meeting,
  Settlement,
  Side,
  Source,
  Venue,
  Argument,
  Person,
  Role,
  Correction,
} from './schema';
import { firstDay, lastDay } from './dates';

/** The raw JSON files, as imported (before parsing). */
export const rawDispute = {
  sources: sourcesJson,
  islands: islandsJson,
  claims: claimsJson,
  events: eventsJson,
  meetings: meetingsJson,
  lines: linesJson,
  venues: venuesJson,
  tour: tourJson,
};

/**
 * The whole data set, typed. The build validates it (vite.config.ts runs validate.ts, and a unit
 * test checks that the schema changes nothing), so the app uses the JSON as it is, without zod.
 */
export const dispute = rawDispute as unknown as DisputeData;

function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const sources = indexById(dispute.sources.sources);
const islands = indexById(dispute.islands.islands);
const events = indexById(dispute.events.events);
const venues = indexById(dispute.venues.venues);
const lines = indexById(dispute.lines.lines);
const argumentsById = indexById(dispute.claims.arguments);
const people = indexById(dispute.meetings.people);
const roles = indexById(dispute.meetings.roles);

export const sourceById = (id: string): Source | undefined => sources.get(id);
export const islandById = (id: IslandId): Island | undefined => islands.get(id);
export const eventById = (id: string): HistoryEvent | undefined => events.get(id);
export const venueById = (id: string): Venue | undefined => venues.get(id);
export const lineById = (id: string): Line | undefined => lines.get(id);
export const argumentById = (id: string): Argument | undefined => argumentsById.get(id);
export const personById = (id: string): Person | undefined => people.get(id);
export const roleById = (id: string): Role | undefined => roles.get(id);

const byStart = (a: { date: { start: string } }, b: { date: { start: string } }) =>
  firstDay(a.date.start).localeCompare(firstDay(b.date.start));

/** Islets of the Habomai group (the only unit made of islets). */
export const isletsForIsland = (island: IslandId): Islet[] =>
  dispute.islands.islets.filter((islet) => islet.island === island);

export const settlementsForIsland = (island: IslandId): Settlement[] =>
  dispute.islands.settlements.filter((s) => s.island === island);

export const claimFor = (island: IslandId, side: Side): Claim | undefined =>
  dispute.claims.claims.find((c) => c.island === island && c.side === side);

/** Events that concern an island, oldest first. */
export const eventsForIsland = (island: IslandId): HistoryEvent[] =>
  dispute.events.events.filter((e) => e.islands.includes(island)).sort(byStart);

/** Meetings held in a venue, oldest first. */
export const meetingsForVenue = (venue: string): Meeting[] =>
  dispute.meetings.meetings.filter((m) => m.venue === venue).sort(byStart);

/** All confirmed meetings in date order (for the trail of arcs between venues). */
export const meetingsInOrder = (): Meeting[] => [...dispute.meetings.meetings].sort(byStart);

/**
 * Meetings of two people, counted as Japan's Foreign Ministry counts them: a meeting that
 * continues another in a second city is not counted again.
 */
export const meetingsBetween = (japan: string, russia: string): Meeting[] =>
  meetingsInOrder().filter(
    (m) =>
      m.continues === undefined &&
      m.participants.japan.some((p) => p.person === japan) &&
      m.participants.russia.some((p) => p.person === russia),
  );

/** Press-report checks that concern a meeting. */
export const correctionsForMeeting = (meeting: string): Correction[] =>
  dispute.meetings.corrections.filter((c) => c.meetings?.includes(meeting));

/** Events that began on or before `date` (any ISO precision), oldest first. */
export const eventsUntil = (date: string): HistoryEvent[] =>
  dispute.events.events.filter((e) => firstDay(e.date.start) <= lastDay(date)).sort(byStart);
