// Types of build-places.mjs for the unit tests.
type Names = Partial<Record<'en' | 'ru' | 'ja', string>>;
type Sources = Partial<Record<'en' | 'ru' | 'ja', string[]>>;
interface Venue {
  id: string;
  coordinates: number[];
  country: string;
}
interface City {
  name: string;
  alternates: string[];
  coordinates: number[];
  featureCode: string;
  population: number;
}
interface NeighbourReview {
  geonameid: number;
  names?: Names;
  sources?: Sources;
  leftOut?: boolean;
  why: string;
}

export function venueNeighbours(input: {
  venues: Venue[];
  cities: Map<number, City>;
  catalogues: Partial<Record<'en' | 'ru' | 'ja', Map<string, string>>>;
  curated: {
    places: { kind: string; geonameid?: number; coordinates?: number[] }[];
    neighbourReviews: NeighbourReview[];
  };
}): { id: string; kind: 'town'; geonameid: number; names: Required<Names>; sources?: Sources }[];
export function checkVenueCountries(
  venues: Venue[],
  countries: { code: string; coordinates: number[] }[],
): string[];
