import {
  startTransition,
  lazy,
  Suspense,
  type CSSProperties,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { MapView, type FocusRequest } from '../map/MapView';
import type { VenueMarker } from '../map/controller';
import type { ColorScheme } from '../map/style';
import { islandLabelsFor, MEDIA_QUERIES, mapSetupFor, styleOptionsFor } from '../map/viewOptions';
import { islands, venues } from '../data/basics';
import type { IslandId, Lang, Meeting } from '../data/schema';
import { useLabelFonts } from '../map/useLabelFonts';
import { preloadable } from './preloadable';
import { whenBrowserIdle } from '../lib/idle';
import { useMediaQuery } from '../lib/useMediaQuery';
import { NARROW_SCREEN } from '../ui/breakpoints';
import { i18next } from '../i18n';
import { islandLabel, type Pov } from '../state/perspective';
import { useViewState } from '../state/useViewState';
import { Toolbar } from './Toolbar';
import { PlaceList } from './PlaceList';
import { Legend } from '../map/Legend';
import { Announcer, useAnnouncer } from '../ui/Announcer';
import type { MapController } from '../map/controller';
import { connectHost, hostState, isFramed, type HostLink } from '../embed/host';
import type { CameraState } from '../map/types';
import { writeHash, type ViewState } from '../state/url';
import { hashOptions, readViewState } from '../state/currentView';
import type { Feature } from 'geojson';

import { dateOfYear, today } from '../data/years';
import { useHistoryLayers } from '../history/useHistoryLayers';
import type { TrailChange } from '../history/TrailControls';

const ShareDialog = lazy(() => import('../share/ShareDialog'));
const HistoryBar = lazy(() => import('../history/HistoryBar'));
// The panels carry the whole cited data set: loaded on first use, or once the map is idle.
const [IslandPanel, loadIslandPanel] = preloadable(() =>
  import('../panels/IslandPanel').then((m) => m.IslandPanel),
);
const [VenuePanel, loadVenuePanel] = preloadable(() =>
  import('../panels/VenuePanel').then((m) => m.VenuePanel),
);
const DistanceTool = lazy(() => import('../measure/DistanceTool'));
import type { MapUnavailable } from '../map/types';
import { useOnlineBasemap } from '../map/useOnlineBasemap';
import { BasemapNotice } from '../map/BasemapNotice';
import './App.css';

const MapFallback = lazy(() => import('./MapFallback'));

const CURRENT_YEAR = new Date().getFullYear();
const FRAMED = isFramed();
const NO_MEETINGS: Meeting[] = [];
// The venue markers (DOM buttons over the map) join once the map is first drawn: the islands come first.
const NO_MARKERS: VenueMarker[] = [];

/** Keeps where the focus goes back to when a panel or dialog closes: what had it, unless in a panel. */
function rememberFocus(returnFocus: { current: HTMLElement | null }): void {
  const active = document.activeElement as HTMLElement | null;
  if (active && !active.closest('.panel')) returnFocus.current = active;
}

/**
 * A link that names a selection but no camera brings the selection into view; a link with a
 * camera restores exactly that view (MapLibre reads it).
 */
function focusForLink(link: ViewState): FocusRequest {
  if (link.camera) return null;
  if (link.island) return { kind: 'island', id: link.island };
  const venue = venues.find((item) => item.id === link.venue);
  return venue ? { kind: 'point', lngLat: venue.coordinates } : null;
}

/** The full map at the view the reader has now: the camera after any pan or zoom, no embed keys. */
function fullMapHref(view: ViewState, camera: CameraState | null): string {
  const full: ViewState = {
    ...view,
    camera: camera
      ? { lng: camera.center[0], lat: camera.center[1], ...pick(camera) }
      : view.camera,
    embed: false,
    extra: view.extra.filter(([key]) => key !== 'lock'),
  };
  return `${window.location.pathname}${writeHash(full, hashOptions())}`;
}
const pick = ({ zoom, bearing, pitch }: CameraState) => ({ zoom, bearing, pitch });

/**
 * `opened`: the view of the link as the page was opened, read before the map started (main.ts);
 * by the time the page mounts, MapLibre may have written a camera into the address.
 */
export function App({ opened }: { opened: ViewState }) {
  const [view, update] = useViewState();
  const { t } = useTranslation('app');
  const [focus, setFocus] = useState<FocusRequest>(() => focusForLink(opened));
  useEffect(() => {
    // A link pasted into the address of the open page (the hash alone changes).
    const onHashChange = () => {
      const request = focusForLink(readViewState());
      if (request) setFocus(request);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const [measuring, setMeasuring] = useState(false);
  const [measurePoints, setMeasurePoints] = useState<[number, number][]>([]);
  const controller = useRef<MapController | null>(null);
  const host = useRef<HostLink | null>(null);
  const [camera, setCamera] = useState<CameraState | null>(null);
  const [sharing, setSharing] = useState(false);
  const [highlightMeeting, setHighlightMeeting] = useState<string | null>(null);
  const [mapDrawn, setMapDrawn] = useState(false);
  const [mapUnavailable, setMapUnavailable] = useState<MapUnavailable | null>(null);
  const onlineBasemap = useOnlineBasemap(`${import.meta.env.BASE_URL}config.json`);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [announcement, announce] = useAnnouncer();
  const dark = useMediaQuery(MEDIA_QUERIES.dark);
  const reducedMotion = useMediaQuery(MEDIA_QUERIES.reducedMotion);
  const colorScheme: ColorScheme = dark ? 'dark' : 'light';
  const { lang, pov, embed } = view;
  const island = islands.find((item) => item.id === view.island);
  const venue = venues.find((item) => item.id === view.venue);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
  }, [lang, t]);

  // The panel covers part of the map: a side strip on wide screens, a bottom sheet on narrow ones.
  const [insets, setInsets] = useState({ right: 0, bottom: 0 });
  const measurePanel = useCallback((slot: HTMLDivElement | null) => {
    const rect = slot?.firstElementChild?.getBoundingClientRect();
    const narrow = window.matchMedia(NARROW_SCREEN).matches;
    setInsets({
      right: rect && !narrow ? Math.round(window.innerWidth - rect.left) : 0,
      bottom: rect && narrow ? Math.round(rect.height) : 0,
    });
  }, []);

  const [measured, setMeasured] = useState<Feature[]>([]);
  const date = dateOfYear(view.year, today());
  const { trail, period, globe } = view;
  const history = useHistoryLayers(view, date);
  const labels = useLabelFonts(useMemo(() => islandLabelsFor(pov, lang), [pov, lang]));
  const styleOptions = useMemo(
    () =>
      styleOptionsFor(
        { pov, lang, date, globe, year: view.year },
        { labels, colorScheme, reducedMotion, history },
      ),
    [labels, colorScheme, pov, lang, date, history, globe, reducedMotion, view.year],
  );
  const venueMarkers = useMemo<VenueMarker[]>(
    () =>
      venues.map((item) => ({
        id: item.id,
        coordinates: item.coordinates,
        label: t('venueMarker', { name: item.name[lang] }),
      })),
    [lang, t],
  );

  const addMeasurePoint = useCallback((lngLat: [number, number]) => {
    setMeasurePoints((points) => (points.length >= 2 ? [lngLat] : [...points, lngLat]));
  }, []);

  // The host page, when framed: it may set and get the view, and hears of every change.
  const latestView = useRef(view);
  /** The view with the map's camera, or the link's where the map cannot be drawn. */
  const currentHostState = () =>
    hostState(latestView.current, controller.current?.camera() ?? null);
  useEffect(() => {
    latestView.current = view;
  });
  useEffect(() => {
    if (!FRAMED) return;
    const link = connectHost({
      currentYear: new Date().getFullYear(),
      state: () => currentHostState(),
      apply: ({ type: _type, center, zoom, ...change }) => {
        void _type;
        if (change.island) change.venue = null;
        else if (change.venue) change.island = null;
        update(change);
        if (center || zoom !== undefined) controller.current?.setCamera({ center, zoom });
      },
    });
    host.current = link;
    return () => link.stop();
  }, [update]);
  // After the link above: the map may have been drawn before the page mounted (main.ts). A map
  // that cannot be drawn is ready at once: the host always hears back.
  const readySent = useRef(false);
  const canReport = mapDrawn || mapUnavailable === 'no-webgl';
  useEffect(() => {
    if (!canReport || readySent.current) return;
    readySent.current = true;
    host.current?.post({ type: 'kuril-map:ready', state: currentHostState() });
  }, [canReport]);
  // Every change after that: a selection, the perspective, the language or the year as well as
  // the camera.
  useEffect(() => {
    if (readySent.current)
      host.current?.post({ type: 'kuril-map:state', state: currentHostState() });
  }, [view, camera]);

  const selectIsland = useCallback(
    (id: IslandId, fromList = false) => {
      rememberFocus(returnFocus);
      update({ island: id, venue: null }, true);
      host.current?.post({ type: 'kuril-map:select', island: id });
      const item = islands.find((i) => i.id === id)!;
      announce(t('announce.selectedIsland', { name: islandLabel(item, pov, lang) }));
      if (fromList) setFocus({ kind: 'island', id });
    },
    [update, announce, t, pov, lang],
  );
  const selectVenue = useCallback(
    (id: string, fromList = false) => {
      rememberFocus(returnFocus);
      update({ island: null, venue: id }, true);
      setHighlightMeeting(null);
      host.current?.post({ type: 'kuril-map:select', venue: id });
      const item = venues.find((v) => v.id === id)!;
      announce(t('announce.selectedVenue', { name: item.name[lang] }));
      if (fromList) setFocus({ kind: 'point', lngLat: item.coordinates });
    },
    [update, announce, t, lang],
  );
  const selectMeeting = useCallback(
    (meeting: string, venueId: string, fromList = false) => {
      selectVenue(venueId, fromList);
      setHighlightMeeting(meeting);
    },
    [selectVenue],
  );
  const setYear = useCallback((year: number | null) => update({ year }), [update]);
  const setTrail = useCallback((change: TrailChange) => update(change), [update]);
  const clearSelection = useCallback(() => {
    if (!view.island && !view.venue) return;
    update({ island: null, venue: null }, true);
    announce(t('announce.cleared'));
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, [update, announce, t, view.island, view.venue]);

  // Stable callbacks: the toolbar, the list of places and the history bar skip a render when
  // their props are unchanged, as on a selection.
  const setPov = useCallback(
    (next: Pov) => {
      update({ pov: next });
      announce(i18next.t('announce.perspective', { name: i18next.t(`pov.${next}`) }));
    },
    [update, announce],
  );
  const setLang = useCallback(
    (next: Lang) => {
      update({ lang: next });
      void i18next.changeLanguage(next).then(() => announce(i18next.t('announce.language')));
    },
    [update, announce],
  );
  const toggleMeasure = useCallback(() => setMeasuring((on) => !on), []);
  const openShare = useCallback(() => {
    rememberFocus(returnFocus);
    setSharing(true);
  }, []);
  const selectIslandFromList = useCallback(
    (id: IslandId) => selectIsland(id, true),
    [selectIsland],
  );
  const selectVenueFromList = useCallback((id: string) => selectVenue(id, true), [selectVenue]);
  const selectMeetingFromList = useCallback(
    (meeting: string, venueId: string) => selectMeeting(meeting, venueId, true),
    [selectMeeting],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const onMap = (event.target as Element | null)?.classList?.contains('maplibregl-canvas');
      if (event.key === 'Enter' && measuring && onMap && controller.current) {
        addMeasurePoint(controller.current.centre());
      } else if (event.key === 'Escape') {
        if (measuring) setMeasuring(false);
        else clearSelection();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [clearSelection, measuring, addMeasurePoint]);

  return (
    <div
      className={embed ? 'app embed' : 'app'}
      style={{ '--inset-right': `${insets.right}px` } as CSSProperties}
    >
      {embed ? (
        <header className="embed-header">
          <h1>{t('title')}</h1>
          <a href={fullMapHref(view, camera)} target="_blank" rel="noopener">
            {t('openFullMap')}
          </a>
        </header>
      ) : (
        <header className="app-header">
          <h1>{t('title')}</h1>
          <p className="app-subtitle">{t('subtitle')}</p>
          <Toolbar
            lang={lang}
            pov={pov}
            onLang={setLang}
            onPov={setPov}
            measuring={measuring}
            onToggleMeasure={toggleMeasure}
            onShare={openShare}
          />
          <p className="pov-shown" data-testid="pov-shown">
            {t(`povShown.${pov}`)}
          </p>
        </header>
      )}
      {!embed && (
        <PlaceList
          lang={lang}
          pov={pov}
          selectedIsland={view.island}
          selectedVenue={view.venue}
          onIsland={selectIslandFromList}
          onVenue={selectVenueFromList}
        />
      )}
      <main className="map-area">
        <MapView
          styleOptions={styleOptions}
          basemap={onlineBasemap.basemap}
          selection={{ island: view.island, venue: view.venue }}
          venues={mapDrawn ? venueMarkers : NO_MARKERS}
          canvasLabel={t('mapLabel')}
          setup={mapSetupFor(view, { framed: FRAMED, reducedMotion })}
          measuring={measuring}
          measureFeatures={measured}
          focus={focus}
          insets={insets}
          onSelectIsland={selectIsland}
          onSelectVenue={selectVenue}
          onSelectMeeting={selectMeeting}
          onMeasureClick={addMeasurePoint}
          onMoveEnd={setCamera}
          onFirstIdle={() => {
            // After the page's first paint: the idle may come while the page mounts.
            startTransition(() => setMapDrawn(true));
            whenBrowserIdle(() => {
              void loadIslandPanel();
              void loadVenuePanel();
            });
          }}
          onReady={(instance) => (controller.current = instance)}
          onUnavailable={setMapUnavailable}
          onBasemapFailed={onlineBasemap.onFailed}
        />
        {onlineBasemap.failed && <BasemapNotice onDismiss={onlineBasemap.dismiss} />}
        {mapUnavailable && (
          <Suspense fallback={null}>
            <MapFallback reason={mapUnavailable} pov={pov} lang={lang} />
          </Suspense>
        )}
      </main>
      {/* The legend explains the map's symbols: nothing to explain without the map. */}
      {!mapUnavailable && (
        <Legend
          compact={embed}
          pov={pov}
          lang={lang}
          date={date}
          year={view.year}
          administration={styleOptions.administration}
          colorScheme={colorScheme}
          trail={trail !== null}
        />
      )}
      {/* The history bar (with the cited events) comes once the map is drawn: not in the first view. */}
      {mapDrawn && !embed && !measuring && !mapUnavailable && (
        <Suspense fallback={null}>
          <HistoryBar
            year={view.year}
            currentYear={CURRENT_YEAR}
            date={date}
            lang={lang}
            pov={pov}
            reducedMotion={reducedMotion}
            trail={trail}
            period={period}
            globe={globe}
            trailMeetings={history?.meetings ?? NO_MEETINGS}
            onYear={setYear}
            onTrail={setTrail}
            onMeeting={selectMeetingFromList}
            onAnnounce={announce}
          />
        </Suspense>
      )}
      {measuring && (
        <Suspense fallback={null}>
          <DistanceTool
            points={measurePoints}
            lang={lang}
            onPlaceAtCentre={() =>
              controller.current && addMeasurePoint(controller.current.centre())
            }
            onClear={() => setMeasurePoints([])}
            onClose={() => setMeasuring(false)}
            onFeatures={setMeasured}
          />
        </Suspense>
      )}
      {/* Outside the slot: the slot mounts, and is measured, with its panel. */}
      <Suspense fallback={null}>
        {(island || venue) && (
          <div className="panel-slot" ref={measurePanel} key={island?.id ?? venue?.id}>
            {island && (
              <IslandPanel
                island={island}
                pov={pov}
                lang={lang}
                year={view.year}
                date={date}
                onClose={clearSelection}
              />
            )}
            {venue && (
              <VenuePanel
                venueId={venue.id}
                lang={lang}
                highlight={highlightMeeting}
                onClose={clearSelection}
              />
            )}
          </div>
        )}
      </Suspense>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog
            view={readViewState()}
            lang={lang}
            pageUrl={`${window.location.origin}${window.location.pathname}`}
            snapshot={(ratio: number) => controller.current!.snapshot(ratio)}
            onClose={() => {
              setSharing(false);
              returnFocus.current?.focus();
            }}
          />
        </Suspense>
      )}
      <Announcer message={announcement} />
    </div>
  );
}
