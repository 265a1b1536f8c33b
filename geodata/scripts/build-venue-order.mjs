// The order of the meeting venues by name in each language of the app, for the place list: sorting
// them in the browser would build a collator in the first view, which costs tens of milliseconds on
// a slow machine while the map is still loading. Writes geodata/derived/venue-order.json and its
// provenance record beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, writeDerived } from './lib.mjs';

/** The locale of each language, as src/i18n/format.ts has it (a unit test holds them together). */
export const LOCALES = { en: 'en-GB', ru: 'ru-RU', ja: 'ja-JP' };

/** Venue ids in the order of their names, for each language; `venues` is venues.json. */
export function venueOrder(venues) {
  return Object.fromEntries(
    Object.entries(LOCALES).map(([lang, locale]) => {
      const collator = new Intl.Collator(locale);
      const sorted = [...venues.venues].sort((a, b) =>
        collator.compare(a.name[lang], b.name[lang]),
      );
      return [lang, sorted.map((venue) => venue.id)];
    }),
  );
}

export const METHOD =
  "Each language's venue names (venues.json, name.en / name.ru / name.ja) sorted with " +
  `Intl.Collator of the language's locale (${Object.values(LOCALES).join(', ')}), default options; ` +
  'the ids in that order.';

function main() {
  const input = 'geodata/dispute/venues.json';
  const order = venueOrder(JSON.parse(readFileSync(join(root, input), 'utf8')));
  const record = writeDerived('venue-order.json', order, {
    inputs: [
      { path: input, origin: "the data set's venues, each name cited by the venue's sources" },
    ],
    method: METHOD,
    script: 'geodata/scripts/build-venue-order.mjs',
  });
  console.log(`venue-order.json: ${order.en.length} venues, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
