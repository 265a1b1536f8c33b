// Who took over the administration of each island and when, from the events' administration
// changes, for the map's first view: a link to a past year colours the islands as they were from
// its first frame, without the whole record of events. Writes geodata/derived/administration.json
// and its provenance record beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, writeDerived } from './lib.mjs';

/** Every administration change of `events` (events.json), by date, then island, then side. */
export function administrationChanges(events) {
  return events.events
    .flatMap((event) =>
      (event.administrationChanges ?? []).map(({ island, to, date }) => ({
        island,
        to,
        date,
        event: event.id,
      })),
    )
    .sort((a, b) =>
      a.date !== b.date
        ? a.date.localeCompare(b.date)
        : `${a.island}/${a.to}`.localeCompare(`${b.island}/${b.to}`),
    );
}

export const METHOD =
  "Each event's administrationChanges (events.json: island, to, date) with the event's id, " +
  'sorted by date, then island and side.';

function main() {
  const input = 'geodata/dispute/events.json';
  const changes = administrationChanges(JSON.parse(readFileSync(join(root, input), 'utf8')));
  const record = writeDerived(
    'administration.json',
    { changes },
    {
      inputs: [{ path: input, origin: "the data set's events, each cited by its sources" }],
      method: METHOD,
      script: 'geodata/scripts/build-administration.mjs',
    },
  );
  console.log(`administration.json: ${changes.length} changes, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
