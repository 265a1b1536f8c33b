// Types of build-venue-order.mjs for the unit tests.
import type { Lang } from '../../src/data/ids';

export const LOCALES: Record<Lang, string>;
export function venueOrder(venues: {
  venues: { id: string; name: Record<Lang, string> }[];
}): Record<Lang, string[]>;
export const METHOD: string;
