import { describe, expect, it } from 'vitest';
import { expectRecordMatches, readFromRoot as read } from './support/provenance';
import { venueOrder } from '../../geodata/scripts/build-venue-order.mjs';
import { venues, venuesByName } from '../../src/data/basics';
import { LANGS } from '../../src/data/ids';
import { compareNames } from '../../src/i18n/format';

const text = read('geodata/derived/venue-order.json');

describe('venue order (geodata/derived/venue-order.json)', () => {
  it('matches a fresh sort of venues.json', () => {
    expect(JSON.parse(text)).toEqual(
      venueOrder(
        JSON.parse(read('geodata/dispute/venues.json')),
        JSON.parse(read('geodata/dispute/meetings.json')),
      ),
    );
  });

  it('draws the markers of the busiest cities last, on top of their neighbours', () => {
    expect(venues).toHaveLength(JSON.parse(read('geodata/dispute/venues.json')).venues.length);
    expect(venues.slice(-2).map((venue) => venue.id)).toEqual(['tokyo', 'moscow']);
    const tokyo = venues.findIndex((venue) => venue.id === 'tokyo');
    for (const near of ['yokohama', 'kawana', 'shimoda', 'nagoya']) {
      expect(
        venues.findIndex((venue) => venue.id === near),
        near,
      ).toBeLessThan(tokyo);
    }
  });

  it('carries a provenance record that matches the file and its input', () => {
    expectRecordMatches('geodata/derived/venue-order.json');
  });

  it.each(LANGS)('%s: every venue once, in the order the app compares names', (lang) => {
    const names = venuesByName(lang).map((venue) => venue.name[lang]);
    expect(names).toHaveLength(venues.length);
    expect(new Set(venuesByName(lang))).toEqual(new Set(venues));
    expect(names).toEqual([...names].sort(compareNames(lang)));
  });
});
