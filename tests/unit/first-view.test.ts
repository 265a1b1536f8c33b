import { describe, expect, it } from 'vitest';
import { expectRecordMatches, readFromRoot as read } from './support/provenance';
import { firstView, INPUTS } from '../../geodata/scripts/build-first-view.mjs';
import { islands, lines, tourChapterIds, venues } from '../../src/data/basics';
import { dispute } from '../../src/data/dispute';

const output = 'geodata/derived/first-view.json';

describe("the first view's data (geodata/derived/first-view.json)", () => {
  it('matches a fresh extraction from islands.json, venues.json and lines.json', () => {
    const fresh = firstView({
      islands: JSON.parse(read(INPUTS.islands)),
      venues: JSON.parse(read(INPUTS.venues)),
      lines: JSON.parse(read(INPUTS.lines)),
      tour: JSON.parse(read(INPUTS.tour)),
    });
    expect(JSON.parse(read(output))).toEqual(fresh);
  });

  it('carries a provenance record that matches the file and its inputs', () => {
    expectRecordMatches(output);
  });

  it('holds every island, venue and line of the data set, in order, each as the data set has it', () => {
    expect(islands.map((island) => island.id)).toEqual(dispute.islands.islands.map((i) => i.id));
    expect(venues.map((venue) => venue.id)).toEqual(dispute.venues.venues.map((v) => v.id));
    expect(lines.map((line) => line.id)).toEqual(dispute.lines.lines.map((l) => l.id));
    expect(tourChapterIds).toEqual(dispute.tour.chapters.map((chapter) => chapter.id));
    dispute.islands.islands.forEach((island, index) =>
      expect(island).toMatchObject(islands[index]!),
    );
    dispute.venues.venues.forEach((venue, index) => expect(venue).toMatchObject(venues[index]!));
    dispute.lines.lines.forEach((line, index) => expect(line).toMatchObject(lines[index]!));
  });

  it('leaves out the cited record: no facts, Ainu origins, settlements, descriptions or name variants', () => {
    const text = read(output);
    for (const field of ['ainu', 'area', 'population', 'description', 'variants', 'settlements'])
      expect(text).not.toContain(`"${field}"`);
  });
});
