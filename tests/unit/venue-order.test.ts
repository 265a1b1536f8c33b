import { describe, expect, it } from 'vitest';
import { expectRecordMatches, readFromRoot as read } from './support/provenance';
import { venueOrder } from '../../geodata/scripts/build-venue-order.mjs';
import { venues, venuesByName, venuesInDrawingOrder } from '../../src/data/basics';
import { LANGS } from '../../src/data/ids';
import { compareNames } from '../../src/i18n/format';

const text = read('geodata/derived/venue-order.json');

describe('venue order (geodata/derived/venue-order.json)', () => {
  it('matches a fresh sort of venues.json', () => {
    expect(JSON.parse(text)).toEqual(venueOrder(JSON.parse(read('geodata/dispute/venues.json'))));
  });

  it('draws the main cities last, on top of the markers of their neighbours', () => {
    const order = venuesInDrawingOrder.map((venue) => venue.id);
    expect(order.slice(-2)).toEqual(['moscow', 'tokyo']);
    for (const near of ['yokohama', 'kawana', 'shimoda', 'nagoya', 'osaka']) {
      expect(order.indexOf(near), near).toBeLessThan(order.indexOf('tokyo'));
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
