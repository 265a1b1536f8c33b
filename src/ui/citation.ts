// Citations of the view on screen, and of a panel with its sources, in four formats. Pure: the
// words come from the `share` namespace through `t`, so every format and language is tested
// without a browser. The map has no personal author and no publication date: the citations name
// the work by its title, say "no date" where a style asks for one, and give the date of access.
import type { Lang } from '../data/ids';
import { islands, venues } from '../data/basics';
import { islandLabel, type Pov } from '../state/perspective';
import type { ViewState } from '../state/url';
import { formatDate } from '../i18n/format';
import { localIsoDate } from './format';

export const CITATION_FORMATS = ['plain', 'apa', 'chicago', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** Resolves 'share' keys and 'app:'-prefixed ones, in the language of the citation. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What is on screen, and where and when it was seen. */
export interface CitedView {
  lang: Lang;
  pov: Pov;
  /** null: today. */
  year: number | null;
  /** The selected island or venue: its id (for the BibTeX key) and its name as shown. */
  selection: { id: string; name: string } | null;
  /** The link that restores the view. */
  url: string;
  accessed: Date;
}

export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

/** What a view shows, named as the map names it, seen at `url` on `accessed`. */
export function citedViewOf(view: ViewState, url: string, accessed: Date): CitedView {
  const { lang, pov, year } = view;
  const island = view.island && islands.find((item) => item.id === view.island);
  const venue = view.venue && venues.find((item) => item.id === view.venue);
  const selection = island
    ? { id: island.id, name: islandLabel(island, pov, lang) }
    : venue
      ? { id: venue.id, name: venue.name[lang] }
      : null;
  return { lang, pov, year, selection, url, accessed };
}

/** The language names biblatex and babel know. */
const BIBTEX_LANGUAGE: Record<Lang, string> = { en: 'english', ru: 'russian', ja: 'japanese' };

/** The work's title with what the view shows: the selection, the perspective and the year. */
export function citationTitle(view: CitedView, t: Translate): string {
  const year =
    view.year === null ? t('footer.today', { year: view.accessed.getFullYear() }) : view.year;
  const shown = t('cite.shown', { pov: t(`app:pov.${view.pov}`), year });
  const map = t('app:title');
  return view.selection
    ? t('cite.titleSelection', { map, selection: view.selection.name, shown })
    : t('cite.title', { map, shown });
}

/** The citation of the view, followed by its sources (a panel's) when there are any. */
export function citation(
  format: CitationFormat,
  view: CitedView,
  sources: readonly CitedSource[],
  t: Translate,
): string {
  const title = citationTitle(view, t);
  if (format === 'bibtex')
    return [bibtexOfView(view, title, t), ...sources.map(bibtexOfSource)].join('\n\n');
  const date = formatDate(localIsoDate(view.accessed), view.lang);
  const cited = t(`cite.${format}`, { title, medium: t('cite.medium'), date, url: view.url });
  if (sources.length === 0) return cited;
  const listed = sources.map((source) => t(`cite.source.${format}`, { ...source }));
  return [cited, '', t('cite.sources'), ...listed].join('\n');
}

/** A BibTeX field's value: the characters TeX reads as commands written as text. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (char) =>
    char === '\\'
      ? '\\textbackslash{}'
      : char === '^' || char === '~'
        ? `\\${char}{}`
        : `\\${char}`,
  );
}

/** A URL for a BibTeX `url` field, read verbatim: only braces need to be kept out. */
const bibtexUrl = (url: string) => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');

function bibtexEntry(key: string, fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([name, value]) => `  ${name} = {${value}}`);
  return `@misc{${key},\n${lines.join(',\n')}\n}`;
}

function bibtexOfView(view: CitedView, title: string, t: Translate): string {
  const key = ['kuril-map', view.pov, view.selection?.id, view.year ?? 'today']
    .filter((part) => part !== undefined)
    .join('-');
  return bibtexEntry(key, {
    // Double braces keep the title's capitals as they are.
    title: `{${bibtexText(title)}}`,
    howpublished: bibtexText(t('cite.medium')),
    url: bibtexUrl(view.url),
    urldate: localIsoDate(view.accessed),
    language: BIBTEX_LANGUAGE[view.lang],
  });
}

function bibtexOfSource(source: CitedSource): string {
  return bibtexEntry(`kuril-map-source-${source.id}`, {
    title: `{${bibtexText(source.title)}}`,
    organization: bibtexText(source.publisher),
    url: bibtexUrl(source.url),
  });
}
