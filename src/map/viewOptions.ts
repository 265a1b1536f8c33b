// What the map is given for a view, as pure functions: App passes their results to MapView, and
// main.ts starts the map with them before App has rendered.
import { islands } from '../data/basics';
import type { IslandId, Lang } from '../data/schema';
import type { HistoryLayers } from '../history/layers';
import { administrationOn } from '../data/administration';
import { islandLabel, type Pov } from '../state/perspective';
import type { ViewState } from '../state/url';
import type { MapSetup } from './controller';
import type { ColorScheme, StyleOptions } from './style';

export const DATA_URL = `${import.meta.env.BASE_URL}data`;

/** The reader's settings the map follows. */
export const MEDIA_QUERIES = {
  dark: '(prefers-color-scheme: dark)',
  reducedMotion: '(prefers-reduced-motion: reduce)',
};

export type IslandLabels = Record<IslandId, string>;

/** What each island's map label says in a view (src/state/perspective.ts). */
export function islandLabelsFor(pov: Pov, lang: Lang): IslandLabels {
  return Object.fromEntries(
    islands.map((island) => [island.id, islandLabel(island, pov, lang)]),
  ) as IslandLabels;
}

/** What the page adds to a view: the fonts, the reader's settings, the history's layers. */
export interface StyleContext {
  /** The labels whose fonts have loaded (src/map/fonts.ts), null before the first. */
  labels: IslandLabels | null;
  colorScheme: ColorScheme;
  reducedMotion: boolean;
  /** null until the trail is shown and its module has loaded. */
  history: Pick<HistoryLayers, 'trail'> | null;
}

export function styleOptionsFor(
  view: Pick<ViewState, 'pov' | 'lang' | 'globe' | 'year'> & { date: string },
  context: StyleContext,
): StyleOptions {
  const { pov, lang } = view;
  return {
    dataUrl: DATA_URL,
    islandLabels: context.labels ?? islandLabelsFor(pov, lang),
    fontsReady: context.labels !== null,
    colorScheme: context.colorScheme,
    pov,
    lang,
    date: view.date,
    // From the first frame: a past year's colours need only the small administration table.
    administration: view.year === null ? null : administrationOn(view.date),
    trail: context.history?.trail ?? null,
    globe: view.globe,
    transitions: !context.reducedMotion,
  };
}

/** `lock=1` in an embed's link: a map that does not move. */
const isLocked = (view: Pick<ViewState, 'extra'>) =>
  view.extra.some(([key, value]) => key === 'lock' && value === '1');

export function mapSetupFor(
  view: Pick<ViewState, 'embed' | 'extra'>,
  page: { framed: boolean; reducedMotion: boolean },
): MapSetup {
  return {
    reducedMotion: page.reducedMotion,
    cooperativeGestures: page.framed,
    interactive: !isLocked(view),
    chrome: !view.embed,
  };
}
