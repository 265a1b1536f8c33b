import { describe, expect, it } from 'vitest';
import { tFor } from './support/shareText';
import {
  bibtexText,
  citation,
  citationTitle,
  type CitedSource,
  type CitedView,
} from '../../src/ui/citation';

// Local time, east of UTC: the date of access is the reader's, not UTC's.
process.env.TZ = 'Pacific/Auckland';

const URL_OF_VIEW = 'https://example.org/kuril/#map=7/44/146&island=iturup&pov=japan&year=1956';
const iturup: CitedView = {
  lang: 'en',
  pov: 'japan',
  year: 1956,
  selection: { id: 'iturup', name: 'Etorofu' },
  url: URL_OF_VIEW,
  accessed: new Date(2026, 11, 8, 0, 30),
};
const sources: CitedSource[] = [
  { id: 'S1', title: 'Overview', publisher: 'MOFA', url: 'https://www.mofa.go.jp/a.html' },
  { id: 'S2', title: 'Facts & figures_1', publisher: 'X {Y}', url: 'https://a.example/b' },
];

describe('citations of the view', () => {
  it('name the map, the selection, the perspective and the year', () => {
    expect(citationTitle(iturup, tFor('en'))).toBe(
      "Kuril Islands dispute map: Etorofu (perspective: Japan's view; year shown: 1956)",
    );
    expect(citationTitle({ ...iturup, selection: null, year: null }, tFor('en'))).toBe(
      "Kuril Islands dispute map (perspective: Japan's view; year shown: today (2026))",
    );
  });

  it('come in plain text, APA and Chicago with the link and the date of access', () => {
    const title =
      "Kuril Islands dispute map: Etorofu (perspective: Japan's view; year shown: 1956)";
    const t = tFor('en');
    expect(citation('plain', iturup, [], t)).toBe(
      `${title}. Interactive map. ${URL_OF_VIEW} (accessed 8 December 2026)`,
    );
    expect(citation('apa', iturup, [], t)).toBe(
      `${title} [Interactive map]. (n.d.). Retrieved 8 December 2026, from ${URL_OF_VIEW}`,
    );
    expect(citation('chicago', iturup, [], t)).toBe(
      `“${title}.” Interactive map. Accessed 8 December 2026. ${URL_OF_VIEW}.`,
    );
  });

  it('come as a BibTeX entry with ASCII keys, the link and urldate', () => {
    expect(citation('bibtex', iturup, [], tFor('en'))).toBe(
      [
        '@misc{kuril-map-japan-iturup-1956,',
        "  title = {{Kuril Islands dispute map: Etorofu (perspective: Japan's view; year shown: 1956)}},",
        '  howpublished = {Interactive map},',
        `  url = {${URL_OF_VIEW}},`,
        '  urldate = {2026-12-08},',
        '  language = {english}',
        '}',
      ].join('\n'),
    );
    const ja = citation(
      'bibtex',
      { ...iturup, lang: 'ja', selection: null, year: null },
      [],
      tFor('ja'),
    );
    expect(ja).toMatch(/^@misc\{kuril-map-japan-today,\n/);
    expect(ja).toContain(
      'title = {{北方領土・南クリル問題の地図（立場：日本の立場、表示年：現在（2026年））}}',
    );
    expect(ja).toContain('language = {japanese}');
    // Every field name and the key are ASCII; the values may be any script.
    for (const line of ja.split('\n').slice(1, -1)) expect(line).toMatch(/^ {2}[a-z]+ = \{/);
  });

  it('are written in the reader’s language', () => {
    const ru = { ...iturup, lang: 'ru' as const, selection: { id: 'iturup', name: 'Итуруп' } };
    expect(citation('plain', ru, [], tFor('ru'))).toBe(
      'Карта спора о Курильских островах: Итуруп (точка зрения: Позиция Японии; год: 1956). ' +
        `Интерактивная карта. ${URL_OF_VIEW} (дата обращения: 8 декабря 2026 г.)`,
    );
    const ja = { ...iturup, lang: 'ja' as const, selection: { id: 'iturup', name: '択捉島' } };
    expect(citation('chicago', ja, [], tFor('ja'))).toBe(
      '「北方領土・南クリル問題の地図：択捉島（立場：日本の立場、表示年：1956）」' +
        `インタラクティブ地図。2026年12月8日閲覧。${URL_OF_VIEW}`,
    );
  });
});

describe('citations of a panel', () => {
  it('list the panel’s sources after the view, in the same format', () => {
    expect(citation('chicago', iturup, sources, tFor('en')).split('\n').slice(1)).toEqual([
      '',
      'Sources cited in this panel:',
      'MOFA. “Overview.” https://www.mofa.go.jp/a.html.',
      'X {Y}. “Facts & figures_1.” https://a.example/b.',
    ]);
  });

  it('give each source its own BibTeX entry, TeX’s special characters escaped', () => {
    const entries = citation('bibtex', iturup, sources, tFor('en')).split('\n\n');
    expect(entries).toHaveLength(3);
    expect(entries[2]).toBe(
      [
        '@misc{kuril-map-source-S2,',
        '  title = {{Facts \\& figures\\_1}},',
        '  organization = {X \\{Y\\}},',
        '  url = {https://a.example/b}',
        '}',
      ].join('\n'),
    );
    expect(bibtexText('50% of $5 #1 a\\b ~^')).toBe(
      '50\\% of \\$5 \\#1 a\\textbackslash{}b \\~{}\\^{}',
    );
  });
});
