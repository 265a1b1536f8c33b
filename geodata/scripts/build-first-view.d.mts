// Types of build-first-view.mjs for the unit tests.
import type { FirstViewIsland, FirstViewLine, Venue } from '../../src/data/basics';

export const FIELDS: Record<
  'islands' | 'islandNames' | 'venues' | 'lines' | 'tourChapters',
  string[]
>;
export const INPUTS: Record<'islands' | 'venues' | 'lines' | 'tour', string>;
export function firstView(files: {
  islands: { islands: unknown[] };
  venues: { venues: unknown[] };
  lines: { lines: unknown[] };
  tour: { chapters: { id: string }[] };
}): {
  islands: FirstViewIsland[];
  venues: Venue[];
  lines: FirstViewLine[];
  tourChapters: string[];
};
export const METHOD: string;
