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
      '1941-04-13',
      '1956-10-13',
      '1973-10-07',
      '1985-03',
      '1996-04',
      '1998-11-11',
      '2003-01-09',
      '2005-05-09',
      '2008-04-26',
      '2013-04-29',
      '2017-04-27',
      '2018-05-26',
      '2018-07-31',
      '2019-01-14',
      '2019-01-22',
      '2019-05-10',
      '2019-12-19',
    ]);
    expect(meetingsForVenue('lima').map((m) => m.id)).toEqual([
      'lima-2008-11',
      'summit-2016-11-lima',
    ]);
    expect(meetingsForVenue('atlantis')).toEqual([]);
  });

  it("counts the Abe–Putin meetings as Japan's Foreign Ministry does, Nagato and Tokyo once", () => {
    const abePutin = meetingsBetween('shinzo-abe', 'vladimir-putin');
    expect(abePutin.map((m) => m.id)).toContain('summit-2016-12-nagato');
    expect(abePutin.map((m) => m.id)).not.toContain('summit-2016-12-tokyo');
    // The Foreign Ministry's running numbers: Beijing 10th, New York 11th, Lima 15th, Hamburg
    // 18th, Vladivostok 2019 the 27th and last (its first term of 2006–07 included).
    const number = (id: string) => abePutin.findIndex((m) => m.id === id) + 1;
    expect(number('beijing-2014-11')).toBe(10);
    expect(number('newyork-2015-09')).toBe(11);
    expect(number('summit-2016-11-lima')).toBe(15);
    expect(number('hamburg-2017-07')).toBe(18);
    expect(number('summit-2019-09-vladivostok')).toBe(27);
    expect(abePutin).toHaveLength(27);
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
    const until1855 = eventsUntil('1855');
    expect(until1855.at(-1)!.id).toBe('shimoda-1855');
    expect(until1855.map((e) => e.id)).toContain('matsumae-map-1644');
    expect(until1855.every((e) => e.date.start <= '1855-12-31')).toBe(true);
    expect(eventsUntil('1856')).toHaveLength(until1855.length);
    expect(correctionsForMeeting('2plus2-2018-moscow').map((c) => c.id)).toContain(
      'latest-2plus2-date',
    );
  });
});
