/**
 * Each check must fail once on a deliberately broken copy of the data before it is trusted.
 */
import { describe, expect, it } from 'vitest';
import { rawDispute } from '../../src/data/dispute';
import { isRealIsoDate, validateDispute, type Problem } from '../../src/data/validate';

type Json = Record<string, unknown>;
const copy = (): Json => structuredClone(rawDispute) as unknown as Json;
const at = (root: unknown, path: string): Json =>
  path.split('.').reduce<unknown>((node, key) => (node as Json)[key], root) as Json;
const messages = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`);
/** The position of an event in the list, so that tests name events rather than places. */
const eventIndex = (id: string) => rawDispute.events.events.findIndex((e) => e.id === id);
const SHIMODA = eventIndex('shimoda-1855');
const MAP_1644 = eventIndex('matsumae-map-1644');

describe('validateDispute on broken copies', () => {
  it('starts from a clean data set', () => {
    expect(validateDispute(copy())).toEqual([]);
  });

  it('reports a sideline meeting without its occasion', () => {
    const data = copy();
    const meetings = at(data, 'meetings.meetings') as unknown as Json[];
    const i = meetings.findIndex((m) => m.format === 'sideline');
    delete meetings[i].occasion;
    expect(messages(validateDispute(data))).toContain(
      `meetings.meetings.${i}.occasion: a sideline meeting must name the event it was held at`,
    );
  });

  it('reports two meetings in one city on one day', () => {
    const data = copy();
    const meetings = at(data, 'meetings.meetings') as unknown as Json[];
    const i = meetings.findIndex((m) => m.id === 'summit-2013-04-moscow');
    meetings.splice(i + 1, 0, { ...meetings[i], id: 'second-on-the-day' });
    expect(messages(validateDispute(data))).toContain(
      `meetings.meetings.${i + 1}.date.start: a second meeting in moscow on 2013-04-29`,
    );
  });

  it('reports a meeting that continues no earlier meeting', () => {
    const data = copy();
    const meetings = at(data, 'meetings.meetings') as unknown as Json[];
    const i = meetings.findIndex((m) => m.continues !== undefined);
    meetings[i].continues = 'summit-2019-09-vladivostok';
    expect(messages(validateDispute(data))).toContain(
      `meetings.meetings.${i}.continues: no earlier meeting summit-2019-09-vladivostok to continue`,
    );
  });

  it('reports meetings out of date order', () => {
    const data = copy();
    const meetings = at(data, 'meetings.meetings') as unknown as Json[];
    [meetings[1], meetings[2]] = [meetings[2], meetings[1]];
    expect(messages(validateDispute(data))).toContain(
      'meetings.meetings.2.date.start: meetings are not in date order',
    );
  });

  it('reports events out of date order', () => {
    const data = copy();
    const events = at(data, 'events.events') as unknown as Json[];
    const i = events.findIndex(
      (e, j) => j > 0 && at(e, 'date').start !== at(events[j - 1], 'date').start,
    );
    [events[i - 1], events[i]] = [events[i], events[i - 1]];
    expect(messages(validateDispute(data))).toContain(
      `events.events.${i}.date.start: events are not in date order`,
    );
  });

  it('reports a venue where no meeting was held', () => {
    const data = copy();
    const venues = at(data, 'venues.venues') as unknown as Json[];
    venues.push({ ...venues[0], id: 'kyoto' });
    expect(messages(validateDispute(data))).toContain(
      `venues.venues.${venues.length - 1}: no meeting in kyoto`,
    );
  });

  it('counts a venue whose only meeting is flagged unconfirmed as a meeting place', () => {
    const data = copy();
    const venues = at(data, 'venues.venues') as unknown as Json[];
    const unconfirmed = at(data, 'meetings.unconfirmedMeetings') as unknown as Json[];
    venues.push({ ...venues[0], id: 'kyoto' });
    unconfirmed.push({ ...unconfirmed[0], id: 'kyoto-meeting', venue: 'kyoto' });
    expect(validateDispute(data)).toEqual([]);
  });

  it('reports a source that leads to no web page', () => {
    const data = copy();
    const links = at(data, 'sources.sources.0.links') as unknown as Json[];
    links.splice(0, links.length, { url: 'mailto:someone@example.org' });
    expect(messages(validateDispute(data))).toContain(
      'sources.sources.0.links: source S1 has no http(s) address',
    );
  });

  it('reports a side left out of a meeting that is not a conference', () => {
    const data = copy();
    const meetings = at(data, 'meetings.meetings') as unknown as Json[];
    const i = meetings.findIndex((m) => m.id === 'summit-2013-04-moscow');
    at(meetings[i], 'participants').japan = [];
    expect(messages(validateDispute(data))).toContain(
      `meetings.meetings.${i}.participants.japan: no japan participant in a meeting of format official-visit`,
    );
  });

  it('reports a third power seated on one of the two sides', () => {
    const data = copy();
    const meetings = at(data, 'meetings.meetings') as unknown as Json[];
    const i = meetings.findIndex((m) => m.id === 'yalta-1945-02');
    const participants = at(meetings[i], 'participants');
    participants.russia = [...(participants.others as Json[]), ...(participants.russia as Json[])];
    expect(messages(validateDispute(data))).toContain(
      `meetings.meetings.${i}.participants.russia.0.person: franklin-roosevelt is not on the russia side`,
    );
  });

  it('reports a missing translation', () => {
    const data = copy();
    delete at(data, `events.events.${SHIMODA}.title`).ru;
    expect(messages(validateDispute(data))).toContain(
      `events.events.${SHIMODA}.title.ru: missing ru text`,
    );
  });

  it('reports an empty translation', () => {
    const data = copy();
    at(data, 'claims.arguments.0.text').ja = '  ';
    expect(messages(validateDispute(data))).toContain(
      'claims.arguments.0.text.ja: missing ja text',
    );
  });

  it('reports English left in place of a Russian or Japanese text', () => {
    const data = copy();
    const summary = at(data, `events.events.${SHIMODA}.summary`);
    summary.ru = summary.en;
    summary.ja = summary.en;
    const found = messages(validateDispute(data));
    expect(found).toContain(
      `events.events.${SHIMODA}.summary.ru: Russian text has no Cyrillic letters`,
    );
    expect(found).toContain(
      `events.events.${SHIMODA}.summary.ja: Japanese text has no kana or kanji`,
    );
  });

  it('reports a missing source list', () => {
    const data = copy();
    delete at(data, `events.events.${SHIMODA}`).sources;
    const found = validateDispute(data);
    expect(found.some((p) => p.path === `events.events.${SHIMODA}.sources`)).toBe(true);
  });

  it('reports an empty source list on a figure', () => {
    const data = copy();
    at(data, 'islands.islands.0.area.0').sources = [];
    const found = validateDispute(data);
    expect(found.some((p) => p.path === 'islands.islands.0.area.0.sources')).toBe(true);
  });

  it('reports an unknown source id', () => {
    const data = copy();
    (at(data, 'meetings.meetings.0').sources as string[]).push('Z99');
    expect(messages(validateDispute(data))).toContain(
      'meetings.meetings.0.sources.2: unknown source id "Z99"',
    );
  });

  it('reports an unknown island id in an event', () => {
    const data = copy();
    (at(data, `events.events.${SHIMODA}`).islands as string[]).push('urup');
    const found = messages(validateDispute(data));
    expect(found).toContain(`events.events.${SHIMODA}.islands.4: unknown island id "urup"`);
  });

  it('reports an unknown venue', () => {
    const data = copy();
    at(data, 'meetings.meetings.0').venue = 'kyoto';
    expect(messages(validateDispute(data))).toContain(
      'meetings.meetings.0.venue: unknown venue id "kyoto"',
    );
  });

  it('reports an unknown event, line, argument, person and meeting id', () => {
    const data = copy();
    at(data, 'claims.claims.0.keyDocuments.0').event = 'treaty-of-nowhere';
    at(data, `events.events.${SHIMODA}.lineChanges.0`).line = 'no-such-line';
    (at(data, 'claims.claims.0').legalBasis as string[]).push('jp-unknown');
    at(data, 'meetings.meetings.0.participants.japan.0').person = 'nobody';
    (at(data, 'meetings.corrections.0').meetings as string[]).push('summit-1800-paris');
    const found = messages(validateDispute(data));
    expect(found).toContain(
      'claims.claims.0.keyDocuments.0.event: unknown event id "treaty-of-nowhere"',
    );
    expect(found).toContain(
      `events.events.${SHIMODA}.lineChanges.0.line: unknown line id "no-such-line"`,
    );
    expect(found).toContain('claims.claims.0.legalBasis.6: unknown argument id "jp-unknown"');
    expect(found).toContain(
      'meetings.meetings.0.participants.japan.0.person: unknown person id "nobody"',
    );
    expect(found).toContain(
      'meetings.corrections.0.meetings.1: unknown meeting id "summit-1800-paris"',
    );
  });

  it("reports an argument used for the other side's claim", () => {
    const data = copy();
    (at(data, 'claims.claims.0').legalBasis as string[]).push('ru-outcome-of-ww2');
    expect(messages(validateDispute(data))).toContain(
      "claims.claims.0.legalBasis.6: argument ru-outcome-of-ww2 is not one of japan's",
    );
  });

  it('reports a date that does not exist', () => {
    const data = copy();
    at(data, 'meetings.meetings.1.date').start = '2017-02-30';
    expect(messages(validateDispute(data))).toContain(
      'meetings.meetings.1.date.start: not a real ISO date: "2017-02-30"',
    );
  });

  it('reports a date whose precision is wrong', () => {
    const data = copy();
    at(data, `events.events.${MAP_1644}.date`).precision = 'day';
    expect(messages(validateDispute(data))).toContain(
      `events.events.${MAP_1644}.date.start: date 1644 does not match precision day`,
    );
  });

  it('reports a line whose dates disagree with the events', () => {
    const data = copy();
    at(data, 'lines.lines.0').validTo = '1876-01-01';
    expect(messages(validateDispute(data))).toContain(
      'lines.lines.0.validTo: no single event ends line shimoda-1855 on 1876-01-01',
    );
  });

  it('reports a missing claim and a missing islet', () => {
    const data = copy();
    (at(data, 'claims').claims as unknown[]).pop();
    (at(data, 'islands').islets as unknown[]).shift();
    const found = messages(validateDispute(data));
    expect(found).toContain('claims.claims: no claim for habomai/russia');
    expect(found).toContain('islands.islets: islet signalny is missing');
  });

  it('reports an Ainu form in the wrong script and an island without its Ainu origin', () => {
    const data = copy();
    const reading = at(data, 'islands.islands.1.ainu.readings.0');
    reading.kana = 'kunne-sir';
    reading.latin = 'クンネ・シリ';
    at(data, 'islands.islets.0.ainu.readings.0').cyrillic = 'kai-ka-ra-i';
    delete at(data, 'islands.islands.2').ainu;
    const found = messages(validateDispute(data));
    expect(found).toContain(
      'islands.islands.1.ainu.readings.0.kana: Ainu form "kunne-sir" is not written in katakana script',
    );
    expect(found).toContain(
      'islands.islands.1.ainu.readings.0.latin: Ainu form "クンネ・シリ" is not written in Latin script',
    );
    expect(found).toContain(
      'islands.islets.0.ainu.readings.0.cyrillic: Ainu form "kai-ka-ra-i" is not written in Cyrillic script',
    );
    expect(found.some((m) => m.startsWith('islands.islands.2.ainu: schema:'))).toBe(true);
  });

  it('reports events out of date order', () => {
    const data = copy();
    const events = at(data, 'events').events as unknown as Json[];
    [events[SHIMODA], events[MAP_1644]] = [events[MAP_1644], events[SHIMODA]];
    expect(messages(validateDispute(data))).toContain(
      `events.events.${SHIMODA}.date.start: events are not in date order`,
    );
  });

  it("reports one side's reading without the other's and without a note", () => {
    const data = copy();
    delete at(data, `events.events.${SHIMODA}.readings`).russia;
    expect(messages(validateDispute(data))).toContain(
      `events.events.${SHIMODA}.readings: a japan reading without a russia one needs a readingsNote (agree or not-found)`,
    );
  });

  it('accepts a note in place of the missing reading, and reports one beside both readings', () => {
    const withNote = copy();
    const i = rawDispute.events.events.findIndex((e) => e.readingsNote !== undefined);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(validateDispute(withNote)).toEqual([]);
    delete at(withNote, `events.events.${i}`).readingsNote;
    expect(
      messages(validateDispute(withNote)).some((m) => m.startsWith(`events.events.${i}.readings:`)),
    ).toBe(true);

    const contradicted = copy();
    at(contradicted, `events.events.${SHIMODA}`).readingsNote = {
      kind: 'agree',
      text: { en: 'The sides agree.', ru: 'Стороны согласны.', ja: '双方は一致している。' },
      sources: ['S5'],
    };
    expect(messages(validateDispute(contradicted))).toContain(
      `events.events.${SHIMODA}.readingsNote: both sides have a reading: the note contradicts them`,
    );
  });

  it('reports a source without a web address', () => {
    const data = copy();
    const sources = at(data, 'sources').sources as unknown as Json[];
    const i = sources.findIndex((s) => s.id === 'T1');
    sources[i].links = [{ url: 'urn:isbn:4000000000' }];
    expect(messages(validateDispute(data))).toContain(
      `sources.sources.${i}.links: source T1 has no http(s) address`,
    );
  });

  it('never throws, even on data of the wrong shape', () => {
    expect(validateDispute(null).length).toBeGreaterThan(0);
    expect(validateDispute({}).length).toBeGreaterThan(0);
    expect(validateDispute({ events: { events: [{}] } }).length).toBeGreaterThan(0);
  });
});

describe('isRealIsoDate', () => {
  it('accepts real dates at each precision and rejects the rest', () => {
    for (const ok of ['1644', '2022-04', '1855-02-07', '2024-02-29'])
      expect(isRealIsoDate(ok), ok).toBe(true);
    for (const bad of ['2023-02-29', '2022-13', '1855-2-7', '7 Feb 1855', '']) {
      expect(isRealIsoDate(bad), bad).toBe(false);
    }
  });
});
