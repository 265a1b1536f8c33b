// How many meetings were held in each venue, for the map's markers: the first view shows the
// counts without loading the record of meetings. Writes geodata/derived/venue-meetings.json and
// its provenance record beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, writeDerived } from './lib.mjs';

/**
 * The number of meetings (meetings.json's `meetings`, the confirmed ones) held in each venue of
 * venues.json, in the venues' order; a venue with none has 0.
 */
export function venueMeetingCounts(venues, meetings) {
  const counts = Object.fromEntries(venues.venues.map((venue) => [venue.id, 0]));
  for (const meeting of meetings.meetings) counts[meeting.venue] += 1;
  return counts;
}

export const METHOD =
  'Each confirmed meeting (meetings.json, meetings[]) counted under its venue; every venue of ' +
  'venues.json listed, in its order, with 0 when none was held there. Unconfirmed meetings are ' +
  'not counted.';

function main() {
  const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const inputs = ['geodata/dispute/venues.json', 'geodata/dispute/meetings.json'];
  const counts = venueMeetingCounts(read(inputs[0]), read(inputs[1]));
  const record = writeDerived('venue-meetings.json', counts, {
    inputs: inputs.map((path) => ({
      path,
      origin: "the data set's venues and meetings, each cited by its sources",
    })),
    method: METHOD,
    script: 'geodata/scripts/build-venue-meetings.mjs',
  });
  console.log(`venue-meetings.json: ${Object.keys(counts).length} venues, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
