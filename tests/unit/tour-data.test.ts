// The guided tour's chapters (geodata/dispute/tour.json) as the build checks them: each check
// fails on a broken copy of the data set.
import { describe, expect, it } from 'vitest';
import { dispute, rawDispute } from '../../src/data/dispute';
import { validateDispute, type Problem } from '../../src/data/validate';
import { chapterAfter, chapterTarget, chapterView } from '../../src/tour/chapters';

type Json = Record<string, unknown>;
const copy = () => structuredClone(rawDispute) as unknown as { tour: { chapters: Json[] } };
const messages = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message}`);
const chapters = dispute.tour.chapters;
const index = (id: string) => chapters.findIndex((chapter) => chapter.id === id);
/** The problems of the data set with one chapter changed. */
function withChapter(id: string, change: (chapter: Json) => void): string[] {
  const data = copy();
  change(data.tour.chapters[index(id)]!);
  return messages(validateDispute(data));
}

describe('the tour (geodata/dispute/tour.json)', () => {
  it('walks from the first maps to today in at least 12 chapters, in date order', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(12);
    const years = chapters.map((chapter) => chapter.year ?? Infinity);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(chapters[0]!.year).toBeLessThan(1700);
    expect(chapters.at(-1)!.year).toBeNull();
    for (const year of [1855, 1875, 1905, 1945, 1951, 1956, 1960, 1993, 2001, 2010, 2018])
      expect(years).toContain(year);
  });

  it('has no problem in the build check', () => {
    expect(messages(validateDispute(rawDispute)).filter((m) => m.startsWith('tour'))).toEqual([]);
  });

  it('reports a source, an event, an island, a venue or a line that does not resolve', () => {
    const i = index('shimoda-1855');
    const problems = withChapter('shimoda-1855', (chapter) => {
      chapter.sources = ['S5', 'NOPE1'];
      chapter.events = ['shimoda-1855', 'no-such-event'];
      chapter.camera = { island: 'urup' };
      chapter.selection = { venue: 'kyoto' };
      chapter.lines = ['no-such-line'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        `tour.chapters.${i}.sources.1: unknown source id "NOPE1"`,
        `tour.chapters.${i}.events.1: unknown event id "no-such-event"`,
        `tour.chapters.${i}.camera.island: unknown island id "urup"`,
        `tour.chapters.${i}.selection.venue: unknown venue id "kyoto"`,
        `tour.chapters.${i}.lines.0: unknown line id "no-such-line"`,
      ]),
    );
  });

  it('reports a text missing a language or written in the wrong script', () => {
    const i = index('war-1945');
    const problems = withChapter('war-1945', (chapter) => {
      delete (chapter.title as Json).ja;
      (chapter.text as Json).ru = 'The Soviet landings';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        `tour.chapters.${i}.title.ja: missing ja text`,
        `tour.chapters.${i}.text.ru: Russian text has no Cyrillic letters`,
      ]),
    );
  });

  it('reports an event later than the chapter, and a year before the first event', () => {
    const i = index('shimoda-1855');
    expect(
      withChapter('shimoda-1855', (chapter) => {
        chapter.events = ['shimoda-1855', 'yalta-1945'];
      }),
    ).toContain(`tour.chapters.${i}.events.1: event yalta-1945 comes after the chapter's year`);
    expect(
      withChapter('first-maps', (chapter) => {
        chapter.year = 1600;
      }),
    ).toContain('tour.chapters.0.year: year 1600 lies before the first event (1615)');
  });

  it('reports a line the map does not draw in the chapter year', () => {
    const i = index('first-maps');
    expect(
      withChapter('first-maps', (chapter) => {
        chapter.lines = ['shimoda-1855'];
      }),
    ).toContain(`tour.chapters.${i}.lines.0: line shimoda-1855 is not drawn in 1644-12-31`);
  });

  it('reports readings of an event the chapter does not tell of, or that has none', () => {
    const i = index('shimoda-1855');
    expect(
      withChapter('shimoda-1855', (chapter) => {
        chapter.readings = 'yalta-1945';
      }),
    ).toContain(
      `tour.chapters.${i}.readings: readings of yalta-1945, not one of the chapter's events`,
    );
    const j = index('ainu-and-trade');
    expect(
      withChapter('ainu-and-trade', (chapter) => {
        chapter.readings = 'kunashir-menashi-1789';
      }),
    ).toContain(`tour.chapters.${j}.readings: event kunashir-menashi-1789 has no readings`);
  });

  it('reports chapters out of order and a chapter id given twice', () => {
    const data = copy();
    const list = data.tour.chapters;
    [list[1], list[2]] = [list[2]!, list[1]!];
    list.push({ ...list[0]! });
    const problems = messages(validateDispute(data));
    expect(problems).toContain('tour.chapters.2.year: chapters are not in date order');
    expect(problems).toContain(`tour.chapters.${list.length - 1}.id: duplicate id first-maps`);
  });

  it('reports a chapter the schema rejects: a bad camera or an unknown key', () => {
    const problems = withChapter('first-maps', (chapter) => {
      chapter.camera = { center: [147, 95], zoom: 4 };
      chapter.colour = 'red';
    });
    expect(problems.some((p) => p.startsWith('tour.chapters.0.camera'))).toBe(true);
    expect(problems.some((p) => p.startsWith('tour.chapters.0: schema'))).toBe(true);
  });
});

describe('what a chapter asks of the map (src/tour/chapters.ts)', () => {
  const chapter = (id: string) => chapters[index(id)]!;

  it('sets the year, the selection and the trail, and clears what it does not name', () => {
    expect(chapterView(chapter('shimoda-1855'))).toEqual({
      year: 1855,
      island: 'iturup',
      venue: null,
      trail: null,
      period: null,
    });
    expect(chapterView(chapter('abe-putin-2016-18'))).toEqual({
      year: 2018,
      island: null,
      venue: null,
      trail: 'summit',
      period: [2016, 2018],
    });
    expect(chapterView(chapter('four-islands-named-1991-93'))).toMatchObject({
      island: null,
      venue: 'tokyo',
    });
    expect(chapterView(chapter('since-2022')).year).toBeNull();
  });

  it('frames its island, or flies to its place', () => {
    expect(chapterTarget(chapter('medvedev-2010'))).toEqual({ kind: 'island', island: 'kunashir' });
    expect(chapterTarget(chapter('first-maps'))).toEqual({
      kind: 'place',
      center: [147.6, 45.2],
      zoom: 4.8,
    });
  });

  it('steps to the neighbouring chapters, no further than the first and the last', () => {
    expect(chapterAfter('first-maps', 1).id).toBe(chapters[1]!.id);
    expect(chapterAfter('first-maps', -1).id).toBe('first-maps');
    expect(chapterAfter(chapters.at(-1)!.id, 1).id).toBe(chapters.at(-1)!.id);
    expect(chapterAfter('war-1945', -1).id).toBe(chapters[index('war-1945') - 1]!.id);
  });
});
