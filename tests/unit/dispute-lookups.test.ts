import { describe, expect, it } from 'vitest';
import { administeringSide } from '../../src/data/administration';
import {
  meetingsBetween,
  claimFor,
  dispute,
  correctionsForMeeting,
  eventsForIsland,
  eventsUntil,
  isletsForIsland,
  meetingsForVenue,
  meetingsInOrder,
  settlementsForIsland,
  sourceById,
  venueById,
} from '../../src/data/dispute';
import { inForceOn } from '../../src/data/dates';

describe('dispute lookups', () => {
  it('finds sources by their fact-sheet key', () => {
    expect(sourceById('T11')?.links[0].url).toContain('Joint_Declaration_of_1956');
    expect(sourceById('GSHHG')?.licence).toBe('LGPL 3.0 or later');
    expect(sourceById('nope')).toBeUndefined();
  });

  it('lists the meetings of a venue in date order', () => {
    expect(meetingsForVenue('moscow').map((m) => m.date.start)).toEqual([
      '1956-10-13',
      '2013-04-29',
      '2017-04-27',
      '2018-05-26',
      '2018-07-31',
      '2019-01-22',
    ]);
    expect(meetingsForVenue('lima').map((m) => m.id)).toEqual(['summit-2016-11-lima']);
    expect(meetingsForVenue('atlantis')).toEqual([]);
  });

  it("counts the Abe–Putin meetings as Japan's Foreign Ministry does, Nagato and Tokyo once", () => {
    const abePutin = meetingsBetween('shinzo-abe', 'vladimir-putin');
    expect(abePutin.map((m) => m.id)).toContain('summit-2016-12-nagato');
    expect(abePutin.map((m) => m.id)).not.toContain('summit-2016-12-tokyo');
    // Lima was the 15th, the Moscow meeting of April 2017 the 17th (MOFA): one meeting between.
    const lima = abePutin.findIndex((m) => m.id === 'summit-2016-11-lima');
    const moscow = abePutin.findIndex((m) => m.id === 'summit-2017-04-moscow');
    expect(moscow - lima).toBe(2);
    expect(abePutin).toHaveLength(16);
  });

  it('gives every meeting venue coordinates', () => {
    for (const meeting of meetingsInOrder())
      expect(venueById(meeting.venue), meeting.id).toBeDefined();
  });

  it('lists events per island, oldest first', () => {
    const kunashir = eventsForIsland('kunashir').map((e) => e.id);
    expect(kunashir).toContain('medvedev-kunashir-2010');
    expect(eventsForIsland('iturup').map((e) => e.id)).not.toContain('medvedev-kunashir-2010');
    expect(eventsForIsland('habomai')[0].id).toBe('matsumae-map-1644');
  });

  it('gives islets, settlements and both claims per island', () => {
    expect(isletsForIsland('habomai')).toHaveLength(8);
    expect(isletsForIsland('iturup')).toHaveLength(0);
    expect(settlementsForIsland('kunashir').map((s) => s.japanese?.kanji)).toEqual([
      '古釜布',
      '泊',
    ]);
    expect(claimFor('habomai', 'japan')?.administration.at(-1)?.native).toBe('根室市');
    expect(claimFor('iturup', 'russia')?.administration.at(-1)?.native).toBe('Курильский район');
  });

  it('computes who administered an island on a date', () => {
    expect(administeringSide('iturup', '1800-01-01')).toBeNull();
    expect(administeringSide('iturup', '1900-01-01')).toBe('japan');
    expect(administeringSide('iturup', '1945-08-27')).toBe('japan');
    expect(administeringSide('iturup', '1945-08-28')).toBe('russia');
    expect(administeringSide('habomai', '1945-09-02')).toBe('japan');
    expect(administeringSide('habomai', '1945-09-03')).toBe('russia');
    expect(administeringSide('shikotan', '2025-01-01')).toBe('russia');
  });

  it('computes the lines in force on a date', () => {
    // The rule the legend filters with (the map's style expression is checked against it).
    const ids = (day: string) =>
      dispute.lines.lines.filter((line) => inForceOn(line, day)).map((l) => l.id);
    expect(ids('1850-01-01')).toEqual([]);
    expect(ids('1860-01-01')).toEqual(['shimoda-1855']);
    expect(ids('1900-01-01')).toEqual(['first-kuril-strait-1875']);
    expect(ids('1930-01-01')).toEqual(['first-kuril-strait-1875', 'sakhalin-50n-1905']);
    expect(ids('1948-01-01')).toEqual(['line-of-control-1945']);
    expect(ids('2025-01-01')).toEqual(['line-of-control-1945', 'japan-claim-1951']);
  });

  it('lists events up to a date and the corrections of a meeting', () => {
    expect(eventsUntil('1855').map((e) => e.id)).toEqual(['matsumae-map-1644', 'shimoda-1855']);
    expect(correctionsForMeeting('2plus2-2018-moscow').map((c) => c.id)).toContain(
      'latest-2plus2-date',
    );
  });
});
