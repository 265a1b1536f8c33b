// The slice of the data set the first view reads (src/data/basics.ts): the islands' names for the
// labels and the place list, the venues' names and points for the list and the markers, and the
// lines the legend names, and the ids of the guided tour's chapters, which a link may name. The cited record (facts, Ainu origins, settlements, descriptions,
// sources) arrives with the panels, so it can grow without slowing the first view. Writes
// geodata/derived/first-view.json and its provenance record beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, writeDerived } from './lib.mjs';

/** The fields the first view reads, per file; an island's `names` keeps only those of its labels. */
export const FIELDS = {
  islands: ['id', 'names'],
  islandNames: ['english', 'russian', 'japanese', 'transcriptions'],
  venues: ['id', 'name', 'coordinates'],
  lines: ['id', 'kind', 'viewedAs', 'validFrom', 'validTo', 'name'],
  tourChapters: ['id'],
};

const pick = (item, keys) => Object.fromEntries(keys.map((key) => [key, item[key]]));

/** The first view's slice of islands.json, venues.json, lines.json and tour.json, in their order. */
export function firstView({ islands, venues, lines, tour }) {
  return {
    islands: islands.islands.map((island) => ({
      ...pick(island, FIELDS.islands),
      names: pick(island.names, FIELDS.islandNames),
    })),
    venues: venues.venues.map((venue) => pick(venue, FIELDS.venues)),
    lines: lines.lines.map((line) => pick(line, FIELDS.lines)),
    // A link's `tour=` is checked against these before the tour's texts load.
    tourChapters: tour.chapters.map((chapter) => chapter.id),
  };
}

export const INPUTS = {
  islands: 'geodata/dispute/islands.json',
  venues: 'geodata/dispute/venues.json',
  lines: 'geodata/dispute/lines.json',
  tour: 'geodata/dispute/tour.json',
};

export const METHOD =
  'Each item of islands.json, venues.json and lines.json in its order, with only the fields the ' +
  `first view reads: islands ${FIELDS.islands.join(', ')} (of names only ${FIELDS.islandNames.join(', ')}); ` +
  `venues ${FIELDS.venues.join(', ')}; lines ${FIELDS.lines.join(', ')}; of tour.json the ids of ` +
  'its chapters. Values copied unchanged.';

function main() {
  const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const slice = firstView({
    islands: read(INPUTS.islands),
    venues: read(INPUTS.venues),
    lines: read(INPUTS.lines),
    tour: read(INPUTS.tour),
  });
  const record = writeDerived('first-view.json', slice, {
    inputs: [
      { path: INPUTS.islands, origin: "the data set's islands, each name cited by its sources" },
      {
        path: INPUTS.venues,
        origin: "the data set's venues, each name cited by the venue's sources",
      },
      { path: INPUTS.lines, origin: "the data set's lines, each cited by its sources" },
      { path: INPUTS.tour, origin: "the guided tour's chapters, each cited by its sources" },
    ],
    method: METHOD,
    script: 'geodata/scripts/build-first-view.mjs',
  });
  const counts = Object.entries(slice).map(([key, items]) => `${items.length} ${key}`);
  console.log(`first-view.json: ${counts.join(', ')}, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
