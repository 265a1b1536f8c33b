// The order of the meeting venues by name in each language of the app, for the place list: sorting
// them in the browser would build a collator in the first view, which costs tens of milliseconds on
// a slow machine while the map is still loading. And the order of their markers: where markers
// overlap at a low zoom (Tokyo, Yokohama, Kawana, Shimoda), the one drawn last is on top and takes
// the click, so the cities with the most meetings come last; counting needs the meetings, which the
// first view does not load. Writes geodata/derived/venue-order.json and its provenance record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, writeDerived } from './lib.mjs';

/** The locale of each language, as src/i18n/format.ts has it (a unit test holds them together). */
export const LOCALES = { en: 'en-GB', ru: 'ru-RU', ja: 'ja-JP' };

/**
 * Venue ids in the order of their names, for each language, and in the order their markers are
 * drawn (`markers`: fewest meetings first, confirmed or not; ties keep the order of venues.json).
 * `venues` is venues.json, `meetings` meetings.json.
 */
export function venueOrder(venues, meetings) {
  const byName = Object.entries(LOCALES).map(([lang, locale]) => {
    const collator = new Intl.Collator(locale);
    const sorted = [...venues.venues].sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
    return [lang, sorted.map((venue) => venue.id)];
  });
  const held = [...meetings.meetings, ...meetings.unconfirmedMeetings].map((m) => m.venue);
  const count = (id) => held.filter((venue) => venue === id).length;
  // Array.prototype.sort is stable: equal counts keep the file's order.
  const markers = [...venues.venues].sort((a, b) => count(a.id) - count(b.id)).map((v) => v.id);
  return { ...Object.fromEntries(byName), markers };
}

export const METHOD =
  "Each language's venue names (venues.json, name.en / name.ru / name.ja) sorted with " +
  `Intl.Collator of the language's locale (${Object.values(LOCALES).join(', ')}), default options; ` +
  'the ids in that order. markers: the venues by the number of meetings held there (meetings.json, ' +
  'confirmed and unconfirmed), fewest first, ties in the order of venues.json.';

function main() {
  const input = 'geodata/dispute/venues.json';
  const meetingsInput = 'geodata/dispute/meetings.json';
  const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const order = venueOrder(read(input), read(meetingsInput));
  const record = writeDerived('venue-order.json', order, {
    inputs: [
      { path: input, origin: "the data set's venues, each name cited by the venue's sources" },
      { path: meetingsInput, origin: "the data set's meetings, for the number held in each venue" },
    ],
    method: METHOD,
    script: 'geodata/scripts/build-venue-order.mjs',
  });
  console.log(`venue-order.json: ${order.en.length} venues, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
