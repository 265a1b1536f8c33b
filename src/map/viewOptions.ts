// What the map is given for a view, as pure functions: `mapInputFor` turns a view and what the page
// adds into the map's one input, for main.ts (the first paint, before App has rendered) and for
// App alike.
import { islands, venues } from '../data/basics';
import type { IslandId, Lang } from '../data/schema';
import type { HistoryLayers } from '../history/layers';
import { administrationOn } from '../data/administration';
import { islandLabel, type Pov } from '../state/perspective';
import type { ViewState } from '../state/url';
import type { ColorScheme, StyleOptions } from './style';
import type { CameraRequest, MapInput, MapSetup } from './types';

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

export function mapSetupFor(
  view: Pick<ViewState, 'embed' | 'lock'>,
  page: { framed: boolean; reducedMotion: boolean },
): MapSetup {
  return {
    reducedMotion: page.reducedMotion,
    cooperativeGestures: page.framed,
    interactive: !view.lock,
    chrome: !view.embed,
  };
}

/**
 * The move a link asks for: its camera as it is, else its island or venue brought into view;
 * null: the default view.
 */
export function linkCameraRequest(
  link: Pick<ViewState, 'camera' | 'island' | 'venue'>,
  id: number,
): CameraRequest | null {
  const request = (target: CameraRequest['target']): CameraRequest => ({
    id,
    origin: 'link',
    target,
  });
  if (link.camera) {
    const { lng, lat, zoom, bearing, pitch } = link.camera;
    return request({ kind: 'view', center: [lng, lat], zoom, bearing, pitch });
  }
  if (link.island) return request({ kind: 'island', island: link.island });
  const venue = venues.find((item) => item.id === link.venue);
  return venue ? request({ kind: 'point', lngLat: venue.coordinates }) : null;
}

/** What the page adds to a view for the map: the style's context and the rest of the input. */
export type PageContext = StyleContext & Omit<MapInput, 'style' | 'selection'>;

/** The map's input for a view: what main.ts starts the map with and App hands it after. */
export function mapInputFor(
  view: Pick<ViewState, 'pov' | 'lang' | 'globe' | 'year' | 'island' | 'venue'> & {
    date: string;
  },
  page: PageContext,
): MapInput {
  return {
    style: styleOptionsFor(view, page),
    basemap: page.basemap,
    selection: { island: view.island, venue: view.venue },
    venues: page.venues,
    venueGroupLabel: page.venueGroupLabel,
    canvasLabel: page.canvasLabel,
    measuring: page.measuring,
    measureFeatures: page.measureFeatures,
    insets: page.insets,
    camera: page.camera,
    snapshot: page.snapshot,
  };
}

/** The page's part of the input before the page is built: no markers, panel or tools yet. */
export const FIRST_PAGE: Omit<PageContext, keyof StyleContext | 'camera'> = {
  basemap: null,
  venues: [],
  venueGroupLabel: '',
  canvasLabel: '',
  measuring: false,
  measureFeatures: [],
  insets: null,
  snapshot: null,
};
