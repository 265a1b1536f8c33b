/**
 * Whole-data-set checks for the dispute data: the zod schema first, then what a schema of one file
 * cannot see (ids that must resolve across files, real calendar dates, all three languages present
 * and written in their own script, line dates that agree with the events that set them).
 *
 * Pure: takes the data, returns a list of problems (empty when all is well). It never throws, so
 * it can be fed deliberately broken copies in tests.
 */
import {
  DisputeData,
  ISLAND_IDS,
  ISLET_IDS,
  LANGS,
  SIDES,
  type DisputeData as DisputeDataT,
} from './schema';
import { firstDay, isRealIsoDate, lastDay, precisionOf } from './dates';

export { firstDay, isRealIsoDate, lastDay };

export interface Problem {
  /** Where, as a dotted path from the root of the data set, e.g. `events.events.3.title.ru`. */
  path: string;
  message: string;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const LATIN = /\p{Script=Latin}/u;
/**
 * An Ainu form in one script: letters of that script, joined by spaces, hyphens, commas or the
 * katakana middle dot; katakana may carry the long-vowel mark and (semi-)voicing marks (ㇷ゚).
 */
const AINU_SCRIPTS = {
  kana: {
    name: 'katakana',
    letter: /\p{Script=Katakana}/u,
    only: /^(?:[\p{Script=Katakana}\u30FC\u30FB\s,-]|\u3099|\u309A)+$/u,
  },
  latin: { name: 'Latin', letter: LATIN, only: /^[\p{Script=Latin}\s,'-]+$/u },
  cyrillic: { name: 'Cyrillic', letter: CYRILLIC, only: /^[\p{Script=Cyrillic}\s,-]+$/u },
} as const;
const DATE_KEYS = new Set(['start', 'end', 'date', 'asOf', 'inForce', 'validFrom', 'validTo']);
const SOURCE_KEYS = new Set(['sources', 'claimSources', 'nameSources']);
const WEB_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
/** The participant lists of a meeting and the party each person in them must belong to. */
const PARTICIPANT_PARTIES = [
  ['japan', 'japan'],
  ['russia', 'russia'],
  ['others', 'other'],
] as const;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Visits every object and array in the tree with its path. */
function walk(node: unknown, path: string, visit: (node: unknown, path: string) => void): void {
  visit(node, path);
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}.${i}`, visit));
  } else if (isRecord(node)) {
    for (const [key, child] of Object.entries(node))
      walk(child, path ? `${path}.${key}` : key, visit);
  }
}

function isLocalized(node: unknown): node is Record<string, unknown> {
  return isRecord(node) && LANGS.some((lang) => lang in node);
}

export function validateDispute(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  // 1. Shape, per the zod schema.
  const parsed = DisputeData.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      report(issue.path.map(String).join('.'), `schema: ${issue.message}`);
    }
  }

  // 2. Generic checks over the raw tree: texts, source ids, dates.
  const raw = data as DisputeDataT;
  const sourceIds = new Set((raw?.sources?.sources ?? []).map((s) => s?.id));

  walk(data, '', (node, path) => {
    if (isLocalized(node)) {
      for (const lang of LANGS) {
        const text = node[lang];
        const where = `${path}.${lang}`;
        if (typeof text !== 'string' || text.trim() === '') {
          report(where, `missing ${lang} text`);
        } else if (lang === 'ru' && !CYRILLIC.test(text)) {
          report(where, 'Russian text has no Cyrillic letters');
        } else if (lang === 'ja' && !JAPANESE.test(text)) {
          report(where, 'Japanese text has no kana or kanji');
        } else if (lang === 'en' && !LATIN.test(text)) {
          report(where, 'English text has no Latin letters');
        }
      }
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const where = path ? `${path}.${key}` : key;
      // (the root's `sources` and `sources.sources` hold the source records themselves)
      if (SOURCE_KEYS.has(key) && path !== '' && path !== 'sources') {
        if (!Array.isArray(value)) {
          report(where, 'sources must be a list of source ids');
        } else {
          value.forEach((id, i) => {
            if (typeof id !== 'string' || !sourceIds.has(id)) {
              report(`${where}.${i}`, `unknown source id ${JSON.stringify(id)}`);
            }
          });
        }
      }
      if (DATE_KEYS.has(key) && typeof value === 'string' && !isRealIsoDate(value)) {
        report(where, `not a real ISO date: ${JSON.stringify(value)}`);
      }
    }
    // A date span: precision must match the written dates, and the range must run forward.
    if (typeof node.start === 'string' && typeof node.precision === 'string') {
      for (const key of ['start', 'end'] as const) {
        const value = node[key];
        if (typeof value === 'string' && precisionOf(value) !== node.precision) {
          report(`${path}.${key}`, `date ${value} does not match precision ${node.precision}`);
        }
      }
      if (typeof node.end === 'string' && firstDay(node.end) < firstDay(node.start)) {
        report(`${path}.end`, `range ends (${node.end}) before it starts (${node.start})`);
      }
    }
  });

  // Every source resolves to a web address a reader can open.
  (raw?.sources?.sources ?? []).forEach((source, i) => {
    const links = Array.isArray(source?.links) ? source.links : [];
    if (!links.some((link) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(String(link?.url)))) {
      report(`sources.sources.${i}.links`, `source ${source?.id} has no http(s) address`);
    }
  });

  // 3. Ids unique within each collection.
  const unique = (items: readonly { id?: string }[] | undefined, path: string) => {
    const seen = new Set<string>();
    (items ?? []).forEach((item, i) => {
      const id = item?.id;
      if (id === undefined) return;
      if (seen.has(id)) report(`${path}.${i}.id`, `duplicate id ${id}`);
      seen.add(id);
    });
    return seen;
  };
  unique(raw?.sources?.sources, 'sources.sources');
  const islandIds = unique(raw?.islands?.islands, 'islands.islands');
  const isletIds = unique(raw?.islands?.islets, 'islands.islets');
  unique(raw?.islands?.settlements, 'islands.settlements');
  unique(raw?.islands?.straits, 'islands.straits');
  unique(raw?.islands?.collectiveNames, 'islands.collectiveNames');
  const argumentIds = unique(raw?.claims?.arguments, 'claims.arguments');
  const eventIds = unique(raw?.events?.events, 'events.events');
  const meetingIds = unique(raw?.meetings?.meetings, 'meetings.meetings');
  unique(raw?.meetings?.unconfirmedMeetings, 'meetings.unconfirmedMeetings');
  unique(raw?.meetings?.corrections, 'meetings.corrections');
  const personIds = unique(raw?.meetings?.people, 'meetings.people');
  const roleIds = unique(raw?.meetings?.roles, 'meetings.roles');
  const lineIds = unique(raw?.lines?.lines, 'lines.lines');
  const venueIds = unique(raw?.venues?.venues, 'venues.venues');

  const knownIsland = (id: unknown, path: string) => {
    if (typeof id !== 'string' || !(ISLAND_IDS as readonly string[]).includes(id)) {
      report(path, `unknown island id ${JSON.stringify(id)}`);
    }
  };
  const known = (ids: Set<string>, what: string, id: unknown, path: string) => {
    if (typeof id !== 'string' || !ids.has(id))
      report(path, `unknown ${what} id ${JSON.stringify(id)}`);
  };

  // 4. Islands and islets: all four units and all eight islets, each once.
  for (const id of ISLAND_IDS) {
    if (!islandIds.has(id)) report('islands.islands', `island ${id} is missing`);
  }
  for (const id of ISLET_IDS) {
    if (!isletIds.has(id)) report('islands.islets', `islet ${id} is missing`);
  }
  (raw?.islands?.islands ?? []).forEach((island, i) =>
    knownIsland(island?.id, `islands.islands.${i}.id`),
  );
  (raw?.islands?.settlements ?? []).forEach((s, i) =>
    knownIsland(s?.island, `islands.settlements.${i}.island`),
  );
  (raw?.islands?.totals ?? []).forEach((t, i) =>
    (t?.islands ?? []).forEach((id, j) => knownIsland(id, `islands.totals.${i}.islands.${j}`)),
  );

  // 4a. Ainu forms are written in the script their field names (lang ain-Kana, ain-Latn, ain-Cyrl).
  const ainuOrigins = [
    ...(raw?.islands?.islands ?? []).map((island, i) => ({
      ainu: island?.ainu,
      path: `islands.islands.${i}.ainu`,
    })),
    ...(raw?.islands?.islets ?? []).map((islet, i) => ({
      ainu: islet?.ainu,
      path: `islands.islets.${i}.ainu`,
    })),
  ];
  for (const { ainu, path } of ainuOrigins) {
    (ainu?.readings ?? []).forEach((reading, j) => {
      for (const script of Object.keys(AINU_SCRIPTS) as (keyof typeof AINU_SCRIPTS)[]) {
        const form = reading?.[script];
        if (form === undefined) continue;
        const { name, letter, only } = AINU_SCRIPTS[script];
        if (typeof form !== 'string' || !only.test(form) || !letter.test(form)) {
          report(
            `${path}.readings.${j}.${script}`,
            `Ainu form ${JSON.stringify(form)} is not written in ${name} script`,
          );
        }
      }
    });
  }

  // 5. Claims: one per island and side; arguments of the same side; documents are events.
  const argumentSide = new Map((raw?.claims?.arguments ?? []).map((a) => [a?.id, a?.side]));
  const claimKeys = new Set<string>();
  (raw?.claims?.claims ?? []).forEach((claim, i) => {
    const path = `claims.claims.${i}`;
    knownIsland(claim?.island, `${path}.island`);
    const key = `${claim?.island}/${claim?.side}`;
    if (claimKeys.has(key)) report(path, `second claim for ${key}`);
    claimKeys.add(key);
    (claim?.legalBasis ?? []).forEach((id, j) => {
      known(argumentIds, 'argument', id, `${path}.legalBasis.${j}`);
      if (argumentIds.has(id) && argumentSide.get(id) !== claim?.side) {
        report(`${path}.legalBasis.${j}`, `argument ${id} is not one of ${claim?.side}'s`);
      }
    });
    (claim?.keyDocuments ?? []).forEach((doc, j) =>
      known(eventIds, 'event', doc?.event, `${path}.keyDocuments.${j}.event`),
    );
  });
  for (const island of ISLAND_IDS) {
    for (const side of SIDES) {
      if (!claimKeys.has(`${island}/${side}`))
        report('claims.claims', `no claim for ${island}/${side}`);
    }
  }

  // 6. Events: ids resolve, changes fall within the event, events in date order.
  let previousStart = '';
  (raw?.events?.events ?? []).forEach((event, i) => {
    const path = `events.events.${i}`;
    (event?.islands ?? []).forEach((id, j) => knownIsland(id, `${path}.islands.${j}`));
    if (event?.venue !== undefined) known(venueIds, 'venue', event.venue, `${path}.venue`);
    (event?.meetings ?? []).forEach((id, j) =>
      known(meetingIds, 'meeting', id, `${path}.meetings.${j}`),
    );
    const start = typeof event?.date?.start === 'string' ? firstDay(event.date.start) : '';
    const end =
      typeof event?.date?.end === 'string'
        ? lastDay(event.date.end)
        : typeof event?.date?.start === 'string'
          ? lastDay(event.date.start)
          : '';
    if (start && start < previousStart)
      report(`${path}.date.start`, 'events are not in date order');
    if (start) previousStart = start;
    const within = (date: unknown, where: string) => {
      if (typeof date === 'string' && start && (firstDay(date) < start || firstDay(date) > end)) {
        report(where, `date ${date} lies outside the event (${start} to ${end})`);
      }
    };
    (event?.administrationChanges ?? []).forEach((change, j) => {
      knownIsland(change?.island, `${path}.administrationChanges.${j}.island`);
      within(change?.date, `${path}.administrationChanges.${j}.date`);
    });
    (event?.lineChanges ?? []).forEach((change, j) => {
      known(lineIds, 'line', change?.line, `${path}.lineChanges.${j}.line`);
      within(change?.date, `${path}.lineChanges.${j}.date`);
    });
    // Each side's reading, or a note on why one side has none: never one side alone, unexplained.
    const read = SIDES.filter((side) => event?.readings?.[side] !== undefined);
    if (read.length === 1 && event?.readingsNote === undefined) {
      const missing = SIDES.find((side) => !read.includes(side));
      report(
        `${path}.readings`,
        `a ${read[0]} reading without a ${missing} one needs a readingsNote (agree or not-found)`,
      );
    }
    if (read.length === 2 && event?.readingsNote !== undefined) {
      report(`${path}.readingsNote`, 'both sides have a reading: the note contradicts them');
    }
  });

  // 7. Lines: their dates agree with the events that start and end them.
  const lineChanges = (raw?.events?.events ?? []).flatMap((e) => e?.lineChanges ?? []);
  (raw?.lines?.lines ?? []).forEach((line, i) => {
    const path = `lines.lines.${i}`;
    const starts = lineChanges.filter((c) => c?.line === line?.id && c?.change === 'start');
    const ends = lineChanges.filter((c) => c?.line === line?.id && c?.change === 'end');
    if (starts.length !== 1 || starts[0]?.date !== line?.validFrom) {
      report(`${path}.validFrom`, `no single event starts line ${line?.id} on ${line?.validFrom}`);
    }
    if (line?.validTo === null) {
      if (ends.length > 0) report(`${path}.validTo`, `line ${line?.id} is ended by an event`);
    } else {
      if (ends.length !== 1 || ends[0]?.date !== line?.validTo) {
        report(`${path}.validTo`, `no single event ends line ${line?.id} on ${line?.validTo}`);
      }
      if (typeof line?.validTo === 'string' && line.validTo < (line?.validFrom ?? '')) {
        report(`${path}.validTo`, 'line ends before it starts');
      }
    }
  });

  // 8. Meetings: venues, people and roles resolve and belong to the right party; the meetings in
  // date order; rounds in order.
  const personSide = new Map((raw?.meetings?.people ?? []).map((p) => [p?.id, p?.side]));
  const roleSide = new Map((raw?.meetings?.roles ?? []).map((r) => [r?.id, r?.side]));
  const eventsById = new Map((raw?.events?.events ?? []).map((e) => [e?.id, e]));
  let round = 0;
  let previousMeeting = '';
  (raw?.meetings?.meetings ?? []).forEach((meeting, i) => {
    const path = `meetings.meetings.${i}`;
    known(venueIds, 'venue', meeting?.venue, `${path}.venue`);
    for (const [key, party] of PARTICIPANT_PARTIES) {
      const participants = meeting?.participants?.[key] ?? [];
      participants.forEach((p, j) => {
        const where = `${path}.participants.${key}.${j}`;
        known(personIds, 'person', p?.person, `${where}.person`);
        known(roleIds, 'role', p?.role, `${where}.role`);
        if (personIds.has(p?.person) && personSide.get(p.person) !== party) {
          report(`${where}.person`, `${p.person} is not on the ${party} side`);
        }
        if (roleIds.has(p?.role) && roleSide.get(p.role) !== party) {
          report(`${where}.role`, `role ${p.role} is not a ${party} role`);
        }
      });
      // Only a conference may lack one of the two sides (no Japanese party sat at Yalta).
      if (party !== 'other' && participants.length === 0 && meeting?.format !== 'conference') {
        report(
          `${path}.participants.${key}`,
          `no ${party} participant in a meeting of format ${String(meeting?.format)}`,
        );
      }
    }
    const start = typeof meeting?.date?.start === 'string' ? firstDay(meeting.date.start) : '';
    if (start && start < previousMeeting) {
      report(`${path}.date.start`, 'meetings are not in date order');
    }
    if (start) previousMeeting = start;
    if (meeting?.format === '2+2') {
      round += 1;
      if (meeting.round !== round) report(`${path}.round`, `expected 2+2 round ${round}`);
    } else if (meeting?.round !== undefined) {
      report(`${path}.round`, 'only a 2+2 meeting has a round number');
    }
    if (meeting?.event !== undefined) {
      known(eventIds, 'event', meeting.event, `${path}.event`);
      const event = eventsById.get(meeting.event);
      // A meeting of several days belongs to an event that falls on any of its days.
      if (event?.date?.start && start) {
        const from = firstDay(event.date.start);
        const to = lastDay(event.date.end ?? event.date.start);
        const last = lastDay(meeting.date.end ?? meeting.date.start);
        if (last < from || start > to) {
          report(`${path}.date.start`, `meeting date ${start} lies outside event ${meeting.event}`);
        }
      }
    }
  });
  // 9. A sideline meeting names its occasion; a continued meeting comes earlier; no two meetings
  // in one city on one day.
  const seenMeetings = new Set<string>();
  const cityDays = new Set<string>();
  (raw?.meetings?.meetings ?? []).forEach((meeting, i) => {
    const path = `meetings.meetings.${i}`;
    if (meeting?.format === 'sideline' && meeting.occasion === undefined) {
      report(`${path}.occasion`, 'a sideline meeting must name the event it was held at');
    }
    if (meeting?.continues !== undefined && !seenMeetings.has(meeting.continues)) {
      report(`${path}.continues`, `no earlier meeting ${meeting.continues} to continue`);
    }
    const cityDay = `${meeting?.venue}/${meeting?.date?.start}`;
    if (cityDays.has(cityDay)) {
      report(
        `${path}.date.start`,
        `a second meeting in ${meeting?.venue} on ${meeting?.date?.start}`,
      );
    }
    cityDays.add(cityDay);
    if (typeof meeting?.id === 'string') seenMeetings.add(meeting.id);
  });
  (raw?.meetings?.unconfirmedMeetings ?? []).forEach((m, i) =>
    known(venueIds, 'venue', m?.venue, `meetings.unconfirmedMeetings.${i}.venue`),
  );
  // 10. Every venue on the map is the city of a meeting (one the sources confirm, or one flagged
  // as unconfirmed), and every source leads to a web page.
  const meetingVenues = new Set(
    [...(raw?.meetings?.meetings ?? []), ...(raw?.meetings?.unconfirmedMeetings ?? [])].map(
      (m) => m?.venue,
    ),
  );
  (raw?.venues?.venues ?? []).forEach((venue, i) => {
    if (!meetingVenues.has(venue?.id)) report(`venues.venues.${i}`, `no meeting in ${venue?.id}`);
  });
  (raw?.sources?.sources ?? []).forEach((source, i) => {
    if (!(source?.links ?? []).some((link) => WEB_URL.test(String(link?.url)))) {
      report(`sources.sources.${i}.links`, `source ${source?.id} has no http(s) address`);
    }
  });
  (raw?.meetings?.corrections ?? []).forEach((c, i) =>
    (c?.meetings ?? []).forEach((id, j) =>
      known(meetingIds, 'meeting', id, `meetings.corrections.${i}.meetings.${j}`),
    ),
  );

  // 11. The tour: its chapters' ids, events, selection and lines resolve; no chapter is dated
  // before the first event or tells of an event after its year; the lines it names are drawn in
  // its year; the readings it shows are an event's of its own; chapters run in date order.
  unique(raw?.tour?.chapters, 'tour.chapters');
  const firstEventYear = Number(String(raw?.events?.events?.[0]?.date?.start ?? '').slice(0, 4));
  const linesById = new Map((raw?.lines?.lines ?? []).map((l) => [l?.id, l]));
  let previousYear = -Infinity;
  (raw?.tour?.chapters ?? []).forEach((chapter, i) => {
    const path = `tour.chapters.${i}`;
    const year = chapter?.year;
    // The day the chapter's map shows: the last of its year (today for a chapter of today).
    const day = typeof year === 'number' ? `${year}-12-31` : '9999-12-31';
    const yearOrToday = typeof year === 'number' ? year : Infinity;
    if (typeof year === 'number' && year < firstEventYear) {
      report(`${path}.year`, `year ${year} lies before the first event (${firstEventYear})`);
    }
    if (yearOrToday < previousYear) report(`${path}.year`, 'chapters are not in date order');
    previousYear = yearOrToday;
    if (chapter?.camera && 'island' in chapter.camera) {
      knownIsland(chapter.camera.island, `${path}.camera.island`);
    }
    const selection = chapter?.selection;
    if (selection && 'island' in selection)
      knownIsland(selection.island, `${path}.selection.island`);
    if (selection && 'venue' in selection) {
      known(venueIds, 'venue', selection.venue, `${path}.selection.venue`);
    }
    (chapter?.events ?? []).forEach((id, j) => {
      known(eventIds, 'event', id, `${path}.events.${j}`);
      const start = eventsById.get(id)?.date?.start;
      if (typeof start === 'string' && firstDay(start) > day) {
        report(`${path}.events.${j}`, `event ${id} comes after the chapter's year`);
      }
    });
    if (chapter?.readings !== undefined) {
      if (!(chapter.events ?? []).includes(chapter.readings)) {
        report(
          `${path}.readings`,
          `readings of ${chapter.readings}, not one of the chapter's events`,
        );
      } else if (!eventsById.get(chapter.readings)?.readings) {
        report(`${path}.readings`, `event ${chapter.readings} has no readings`);
      }
    }
    (chapter?.lines ?? []).forEach((id, j) => {
      known(lineIds, 'line', id, `${path}.lines.${j}`);
      const line = linesById.get(id);
      const inForce =
        line && line.validFrom <= day && (line.validTo === null || line.validTo > day);
      if (line && !inForce) report(`${path}.lines.${j}`, `line ${id} is not drawn in ${day}`);
    });
    const period = chapter?.trail?.period;
    if (period && !(period[0] <= period[1])) {
      report(`${path}.trail.period`, `period ${period.join('-')} runs backwards`);
    }
  });

  return problems;
}
