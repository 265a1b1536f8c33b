// The slice of the data set the first view needs: island names, venues and the lines the legend
// names, and the tour's chapter ids, from geodata/derived/first-view.json (built by geodata/scripts/build-first-view.mjs), so
// that the cited record can grow without growing the first view. The whole data set (dispute.ts)
// arrives with the panels.
import firstView from '../../geodata/derived/first-view.json';
import venueOrder from '../../geodata/derived/venue-order.json';
import venueMeetings from '../../geodata/derived/venue-meetings.json';
import type { Lang } from './ids';
import type { Island, Line, Venue as CitedVenue } from './schema';

/** An island's names as the first view shows them: those its labels are made from, without variants. */
export type LabelNames = Pick<
  Island['names'],
  'english' | 'russian' | 'japanese' | 'transcriptions'
>;
/** An island as the first view knows it: its id and its names. */
export type FirstViewIsland = Pick<Island, 'id'> & { names: LabelNames };
/** A venue as the first view knows it: a point on the map and a name in the list. */
export type Venue = Pick<CitedVenue, 'id' | 'name' | 'coordinates'>;
/** A line as the legend names it. */
export type FirstViewLine = Pick<
  Line,
  'id' | 'kind' | 'viewedAs' | 'validFrom' | 'validTo' | 'name'
>;

export const islands = firstView.islands as FirstViewIsland[];
export const venues = firstView.venues as Venue[];
export const lines = firstView.lines as FirstViewLine[];
/** The guided tour's chapter ids, in order: what a link's `tour=` may name. */
export const tourChapterIds: readonly string[] = firstView.tourChapters;
/**
 * The venues in the order their markers are drawn: venues.json lists the main cities first (as
 * place labels take them), and a marker drawn later lies on top, so the list is reversed: Tokyo
 * over Yokohama, Kawana and Shimoda where their markers overlap at a low zoom.
 */
export const venuesInDrawingOrder: readonly Venue[] = [...venues].reverse();

const venueById = new Map(venues.map((venue) => [venue.id, venue]));
/** The venues in the order of their names in `lang`, sorted by geodata/scripts/build-venue-order.mjs. */
export const venuesByName = (lang: Lang): Venue[] =>
  venueOrder[lang].map((id) => venueById.get(id)!);

/** The number of confirmed meetings held in a venue (geodata/scripts/build-venue-meetings.mjs). */
export const meetingsHeldIn = (id: string): number =>
  (venueMeetings as Record<string, number>)[id] ?? 0;
