// The slice of the data set the first view needs: island names, venues and the lines the legend
// names. The rest (dispute.ts) arrives with the panels.
import islandsFile from '../../geodata/dispute/islands.json';
import venuesFile from '../../geodata/dispute/venues.json';
import linesFile from '../../geodata/dispute/lines.json';
import venueOrder from '../../geodata/derived/venue-order.json';
import type { Lang } from './ids';
import type { Island, Line } from './schema';

export interface Venue {
  id: string;
  name: { en: string; ru: string; ja: string };
  country: string;
  coordinates: [number, number];
  sources: string[];
}

export const islands = islandsFile.islands as Island[];
export const lines = linesFile.lines as Line[];

const venueById = new Map((venuesFile.venues as Venue[]).map((venue) => [venue.id, venue]));
/**
 * The venues in the order their markers are drawn: the cities with the most meetings last, on top
 * where markers overlap at a low zoom (geodata/scripts/build-venue-order.mjs).
 */
export const venues: Venue[] = venueOrder.markers.map((id) => venueById.get(id)!);
/** The venues in the order of their names in `lang`, sorted by geodata/scripts/build-venue-order.mjs. */
export const venuesByName = (lang: Lang): Venue[] =>
  venueOrder[lang].map((id) => venueById.get(id)!);
