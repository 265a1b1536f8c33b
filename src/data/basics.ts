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
/**
 * The venues in the order their markers are drawn: venues.json lists the main cities first (as
 * place labels take them), and a marker drawn later lies on top, so the list is reversed: Tokyo
 * over Yokohama, Kawana and Shimoda where their markers overlap at a low zoom.
 */
export const venues = [...(venuesFile.venues as Venue[])].reverse();
export const lines = linesFile.lines as Line[];

const venueById = new Map(venues.map((venue) => [venue.id, venue]));
/** The venues in the order of their names in `lang`, sorted by geodata/scripts/build-venue-order.mjs. */
export const venuesByName = (lang: Lang): Venue[] =>
  venueOrder[lang].map((id) => venueById.get(id)!);
