import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { venueOrder } from '../../geodata/scripts/build-venue-order.mjs';
import { venues, venuesByName } from '../../src/data/basics';
import { LANGS } from '../../src/data/ids';
import { compareNames } from '../../src/i18n/format';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const text = read('geodata/derived/venue-order.json');

describe('venue order (geodata/derived/venue-order.json)', () => {
  it('matches a fresh sort of venues.json', () => {
    expect(JSON.parse(text)).toEqual(venueOrder(JSON.parse(read('geodata/dispute/venues.json'))));
  });

  it('carries a provenance record that matches the file and its input', () => {
    const record = JSON.parse(read('geodata/derived/venue-order.json.source.json'));
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(record.sha256).toBe(sha(text));
    expect(record.bytes).toBe(Buffer.byteLength(text));
    for (const input of record.inputs) expect(input.sha256, input.path).toBe(sha(read(input.path)));
  });

  it.each(LANGS)('%s: every venue once, in the order the app compares names', (lang) => {
    const names = venuesByName(lang).map((venue) => venue.name[lang]);
    expect(names).toHaveLength(venues.length);
    expect(new Set(venuesByName(lang))).toEqual(new Set(venues));
    expect(names).toEqual([...names].sort(compareNames(lang)));
  });
});
