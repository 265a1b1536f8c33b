// The slice of the data set the first view needs: island names and venues.
import islandsFile from '../../geodata/dispute/islands.json';
import venuesFile from '../../geodata/dispute/venues.json';
import type { Island } from './schema';

export interface Venue {
  id: string;
  name: { en: string; ru: string; ja: string };
  country: string;
  coordinates: [number, number];
  sources: string[];
}

export const islands = islandsFile.islands as Island[];
export const venues = venuesFile.venues as Venue[];
