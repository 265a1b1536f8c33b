// Types of build-first-view.mjs for the unit tests.
import type { FirstViewIsland, FirstViewLine, Venue } from '../../src/data/basics';

export const FIELDS: Record<'islands' | 'islandNames' | 'venues' | 'lines', string[]>;
export const INPUTS: Record<'islands' | 'venues' | 'lines', string>;
export function firstView(files: {
  islands: { islands: unknown[] };
  venues: { venues: unknown[] };
  lines: { lines: unknown[] };
}): { islands: FirstViewIsland[]; venues: Venue[]; lines: FirstViewLine[] };
export const METHOD: string;
