import { describe, expect, it } from 'vitest';
import { expectRecordMatches, readFromRoot as read } from './support/provenance';
import { islandPoints, landPath } from '../../geodata/scripts/build-locator.mjs';
import { venueMeetingCounts } from '../../geodata/scripts/build-venue-meetings.mjs';
import { placeLabels } from '../../src/app/Locator';
import { dotSize, groupOverlapping } from '../../src/map/parts/markers';
import { meetingsHeldIn, venues } from '../../src/data/basics';

describe('locator land (geodata/derived/locator.json)', () => {
  const locator = JSON.parse(read('geodata/derived/locator.json'));

  it('matches a fresh build from world-atlas and the islands’ label points', () => {
    expect(locator.land).toBe(
      landPath(JSON.parse(read('node_modules/world-atlas/land-110m.json'))),
    );
    expect(locator.islands).toEqual(
      islandPoints(JSON.parse(read('public/data/island-labels.geojson'))),
    );
  });

  it('carries a provenance record that matches the file and its inputs', () => {
    expectRecordMatches('geodata/derived/locator.json');
  });

  it('stays small: under 3 KB gzip for the first view', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(read('geodata/derived/locator.json'), { level: 9 }).length).toBeLessThan(3000);
  });
});

describe('meetings per venue (geodata/derived/venue-meetings.json)', () => {
  it('matches a fresh count of meetings.json', () => {
    expect(JSON.parse(read('geodata/derived/venue-meetings.json'))).toEqual(
      venueMeetingCounts(
        JSON.parse(read('geodata/dispute/venues.json')),
        JSON.parse(read('geodata/dispute/meetings.json')),
      ),
    );
  });

  it('carries a provenance record that matches the file and its inputs', () => {
    expectRecordMatches('geodata/derived/venue-meetings.json');
  });

  it('has a count for every venue', () => {
    for (const venue of venues) expect(meetingsHeldIn(venue.id)).toBeGreaterThanOrEqual(0);
    expect(venues.some((venue) => meetingsHeldIn(venue.id) > 0)).toBe(true);
  });
});

describe('venue markers', () => {
  it('grow with the number of meetings', () => {
    expect(dotSize(1)).toBeLessThan(dotSize(2));
    expect(dotSize(2)).toBeLessThan(dotSize(6));
  });

  it('group what overlaps, chains included, the heaviest first', () => {
    const item = (id: string, x: number, weight: number) => ({
      id,
      at: { x, y: 0 },
      width: 50,
      height: 20,
      weight,
    });
    const groups = groupOverlapping(
      [item('a', 0, 1), item('b', 40, 6), item('c', 80, 1), item('d', 300, 2)],
      (entry) => entry.weight,
    );
    expect(groups.map((group) => group.map((entry) => entry.id))).toEqual([['b', 'a', 'c'], ['d']]);
  });
});

describe('locator labels', () => {
  it('never overlap one another and stay inside', () => {
    const points = venues.map((venue, i) => ({
      id: venue.id,
      name: venue.name.en,
      x: 20 + ((i * 37) % 160),
      y: 10 + ((i * 23) % 60),
    }));
    const labels = [...placeLabels(points, { width: 200, height: 80 }).values()];
    for (const [i, a] of labels.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(200);
      for (const b of labels.slice(i + 1)) {
        const apart =
          a.left + a.width <= b.left ||
          b.left + b.width <= a.left ||
          a.top + 14 <= b.top ||
          b.top + 14 <= a.top;
        expect(apart).toBe(true);
      }
    }
  });
});
