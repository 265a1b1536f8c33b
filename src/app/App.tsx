import {
  startTransition,
  lazy,
  Suspense,
  type CSSProperties,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../map/MapView';
import type { ColorScheme } from '../map/style';
import {
  islandLabelsFor,
  linkCameraRequest,
  MEDIA_QUERIES,
  mapInputFor,
  mapSetupFor,
  type PageContext,
} from '../map/viewOptions';
import { islands, meetingsHeldIn, venues, venuesInDrawingOrder } from '../data/basics';
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
import { Locator } from './Locator';
import { Compare } from './Compare';
import { useCoveredEdges } from './useCoveredEdges';
import { Legend } from '../map/Legend';
import { Announcer, useAnnouncer } from '../ui/Announcer';
import { connectHost, hostState, isFramed, type HostLink } from '../embed/host';
import { usePreferredHeight } from '../embed/usePreferredHeight';
import type {
  CameraRequest,
  CameraTarget,
  MapEvent,
  Origin,
  Snapshot,
  SnapshotRequest,
  VenueMarker,
} from '../map/types';
import { writeHash, type ViewState } from '../state/url';
import { hashOptions, readViewState } from '../state/currentView';
import type { Feature } from 'geojson';

import { dateOfYear, today } from '../data/years';
import { useHistoryLayers } from '../history/useHistoryLayers';
import type { TrailChange } from '../history/TrailControls';
import { useTour } from '../tour/useTour';

const ShareDialog = lazy(() => import('../share/ShareDialog'));
const DataDialog = lazy(() => import('../download/DataDialog'));
const PrintDialog = lazy(() => import('../print/PrintDialog'));
const HistoryBar = lazy(() => import('../history/HistoryBar'));
// The panels carry the whole cited data set: loaded on first use, or once the map is idle.
const [IslandPanel, loadIslandPanel] = preloadable(() =>
  import('../panels/IslandPanel').then((m) => m.IslandPanel),
);
const [VenuePanel, loadVenuePanel] = preloadable(() =>
  import('../panels/VenuePanel').then((m) => m.VenuePanel),
);
const DistanceTool = lazy(() => import('../measure/DistanceTool'));
const TourPanel = lazy(() => import('../tour/TourPanel'));
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
 * The full map at the view the reader has now: the camera the map wrote after any pan or zoom,
 * without the embed's keys.
 */
function fullMapHref(): string {
  const full: ViewState = { ...readViewState(), embed: false, lock: false };
  return `${window.location.pathname}${writeHash(full, hashOptions())}`;
}

/** The centre of the map, from the camera it wrote into the address. */
function mapCentre(): [number, number] | null {
  const { camera } = readViewState();
  return camera && [camera.lng, camera.lat];
}

/**
 * `opened`: the view of the link as the page was opened, read before the map started (main.ts);
 * by the time the page mounts, the map may have written its camera into the address.
 */
export function App({ opened }: { opened: ViewState }) {
  const [view, update] = useViewState();
  const { t } = useTranslation('app');
  // The camera moves the page asks of the map: the link's (id 0, made already when the map
  // started), then the list's, a pasted link's and the host's.
  const [cameraRequest, setCameraRequest] = useState(() => linkCameraRequest(opened, 0));
  const nextRequest = useRef(1);
  const requestCamera = useCallback(
    (origin: CameraRequest['origin'], target: CameraTarget) =>
      setCameraRequest({ id: nextRequest.current++, origin, target }),
    [],
  );
  useEffect(() => {
    // A link pasted into the address of the open page (the hash alone changes), or Back.
    const onHashChange = () => {
      const request = linkCameraRequest(readViewState(), nextRequest.current++);
      if (request) setCameraRequest(request);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const [measuring, setMeasuring] = useState(false);
  const [measurePoints, setMeasurePoints] = useState<[number, number][]>([]);
  const host = useRef<HostLink | null>(null);
  const [sharing, setSharing] = useState(false);
  const [offeringData, setOfferingData] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [highlightMeeting, setHighlightMeeting] = useState<string | null>(null);
  const [mapDrawn, setMapDrawn] = useState(false);
  const [mapUnavailable, setMapUnavailable] = useState<MapUnavailable | null>(null);
  // The embed's link to the full map is written from the address, which the map updates at rest.
  // So is the locator's frame.
  const [cameraMoves, cameraMoved] = useReducer((moves: number) => moves + 1, 0);
  const onlineBasemap = useOnlineBasemap(`${import.meta.env.BASE_URL}config.json`);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [announcement, announce] = useAnnouncer();
  const dark = useMediaQuery(MEDIA_QUERIES.dark);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const reducedMotion = useMediaQuery(MEDIA_QUERIES.reducedMotion);
  const colorScheme: ColorScheme = dark ? 'dark' : 'light';
  // While the print dialog is open the map and its key take their light colours, as on paper.
  const mapScheme: ColorScheme = printing ? 'light' : colorScheme;
  const { lang, pov, embed } = view;
  const island = islands.find((item) => item.id === view.island);
  const venue = venues.find((item) => item.id === view.venue);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
  }, [lang, t]);

  // The controls and the panel cover the map's edges: the map frames what it shows clear of them.
  const appElement = useRef<HTMLDivElement>(null);
  const insets = useCoveredEdges(appElement);
  const [placesOpen, setPlacesOpen] = useState(false);
  const togglePlaces = useCallback(() => setPlacesOpen((open) => !open), []);
  const placesId = useId();

  // PNG export and print: each copy of the map asked for is answered by a `snapshot` event.
  const [snapshotRequest, setSnapshotRequest] = useState<SnapshotRequest | null>(null);
  const snapshotsWaiting = useRef(new Map<number, (snapshot: Snapshot) => void>());
  const takeSnapshot = useCallback(
    (options: Omit<SnapshotRequest, 'id'>) =>
      new Promise<Snapshot>((resolve) => {
        const id = nextRequest.current++;
        snapshotsWaiting.current.set(id, resolve);
        setSnapshotRequest({ id, ...options });
      }),
    [],
  );
  const snapshotCanvas = useCallback(
    (pixelRatio: number) =>
      takeSnapshot({ pixelRatio, names: true }).then((snapshot) => snapshot.canvas),
    [takeSnapshot],
  );

  const [measured, setMeasured] = useState<Feature[]>([]);
  const date = dateOfYear(view.year, today());
  const { trail, period, globe } = view;
  const history = useHistoryLayers(view, date);
  // In the comparison the page's map shows Japan's view, and a second map Russia's.
  const comparing = view.compare && !mapUnavailable;
  const mapPov: Pov = comparing ? 'japan' : pov;
  const labels = useLabelFonts(useMemo(() => islandLabelsFor(mapPov, lang), [mapPov, lang]));
  const russiaLabels = useLabelFonts(useMemo(() => islandLabelsFor('russia', lang), [lang]));
  const venueMarkers = useMemo<VenueMarker[]>(
    () =>
      venuesInDrawingOrder.map((item) => ({
        id: item.id,
        coordinates: item.coordinates,
        name: item.name[lang],
        meetings: meetingsHeldIn(item.id),
        label: t('venueMarker', { name: item.name[lang], count: meetingsHeldIn(item.id) }),
      })),
    [lang, t],
  );
  // What the page adds to the map's input.
  const page = useMemo<PageContext>(
    () => ({
      labels,
      colorScheme: mapScheme,
      reducedMotion,
      history,
      basemap: onlineBasemap.basemap,
      venues: mapDrawn ? venueMarkers : NO_MARKERS,
      venueGroupLabel: t('venueGroup', { names: '{names}' }),
      canvasLabel: t('mapLabel'),
      measuring,
      measureFeatures: measured,
      insets,
      camera: cameraRequest,
      snapshot: snapshotRequest,
    }),
    [
      labels,
      mapScheme,
      reducedMotion,
      history,
      onlineBasemap.basemap,
      mapDrawn,
      venueMarkers,
      t,
      measuring,
      measured,
      insets,
      cameraRequest,
      snapshotRequest,
    ],
  );
  const { island: selectedIsland, venue: selectedVenue, year } = view;
  const mapInput = useMemo(
    () =>
      mapInputFor(
        { pov: mapPov, lang, date, globe, year, island: selectedIsland, venue: selectedVenue },
        page,
      ),
    [mapPov, lang, date, globe, year, selectedIsland, selectedVenue, page],
  );
  // Read once, when the map starts.
  const [mapSetup] = useState(() => mapSetupFor(view, { framed: FRAMED, reducedMotion }));
  // The comparison's second map: Russia's view of what the first shows, without the page's parts.
  const compareInput = useMemo(
    () =>
      comparing
        ? mapInputFor(
            { pov: 'russia', lang, date, globe, year, island: selectedIsland, venue: null },
            {
              ...page,
              labels: russiaLabels,
              venues: NO_MARKERS,
              measuring: false,
              measureFeatures: [],
              insets: null,
              camera: null,
              snapshot: null,
            },
          )
        : null,
    [comparing, lang, date, globe, year, selectedIsland, page, russiaLabels],
  );
  // What the key says besides the view: the same for both views of the comparison.
  const legend = {
    lang,
    date,
    year,
    administration: mapInput.style.administration,
    colorScheme: mapScheme,
    trail: trail !== null,
  };
  // Side by side, the page's map under the divider takes every gesture; one above the other,
  // each half takes its own.
  const followerSetup = useMemo(
    () => ({ ...mapSetup, interactive: narrow && mapSetup.interactive, follower: true }),
    [mapSetup, narrow],
  );

  const addMeasurePoint = useCallback((lngLat: [number, number]) => {
    setMeasurePoints((points) => (points.length >= 2 ? [lngLat] : [...points, lngLat]));
  }, []);
  const measureAtCentre = useCallback(() => {
    const centre = mapCentre();
    if (centre) addMeasurePoint(centre);
  }, [addMeasurePoint]);

  // The host page, when framed: it may set and get the view, and hears of every change. What it
  // hears is read from the address, where the view and the map's camera are.
  const drawn = useRef(false);
  const currentHostState = () => hostState(readViewState(), drawn.current);
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
        // A selection from the host is framed as one from the list; a camera it gives wins.
        if (center || zoom !== undefined) requestCamera('host', { kind: 'view', center, zoom });
        else if (change.island) requestCamera('host', { kind: 'island', island: change.island });
        else if (change.venue) {
          const lngLat = venues.find((item) => item.id === change.venue)?.coordinates;
          if (lngLat) requestCamera('host', { kind: 'point', lngLat });
        }
      },
    });
    host.current = link;
    return () => link.stop();
  }, [update, requestCamera]);
  const readySent = useRef(false);
  // Every change after that: a selection, the perspective, the language or the year (the camera's
  // come with the map's events).
  const postState = () => {
    if (readySent.current)
      host.current?.post({ type: 'kuril-map:state', state: currentHostState() });
  };
  useEffect(postState, [view]);

  const tellHostOfChapter = useCallback((chapter: string | null) => {
    if (readySent.current) host.current?.post({ type: 'kuril-map:tour', chapter });
  }, []);
  const tour = useTour({ view, update, requestCamera, announce, onChapter: tellHostOfChapter });
  // The reader's own choice of an island or a place during the tour: its panel stands over the
  // chapter's until closed, which gives the chapter its selection back.
  const detour =
    tour.selection !== null &&
    (view.island !== tour.selection.island || view.venue !== tour.selection.venue) &&
    (view.island !== null || view.venue !== null);
  // After the link above: the map may have been drawn before the page mounted (main.ts). A map
  // that cannot be drawn is ready at once: the host always hears back. A tour's link is ready
  // once its chapter has set the view, so that the first state is the chapter's.
  const canReport = (mapDrawn || mapUnavailable === 'no-webgl') && tour.settled;
  useEffect(() => {
    if (!canReport || readySent.current) return;
    readySent.current = true;
    host.current?.post({ type: 'kuril-map:ready', state: currentHostState() });
  }, [canReport]);
  usePreferredHeight(host, FRAMED && canReport, Boolean(island || venue || tour.chapter));

  const selectIsland = useCallback(
    (id: IslandId, origin: Origin) => {
      rememberFocus(returnFocus);
      update({ island: id, venue: null }, true);
      host.current?.post({ type: 'kuril-map:select', island: id });
      const item = islands.find((i) => i.id === id)!;
      announce(t('announce.selectedIsland', { name: islandLabel(item, pov, lang) }));
      if (origin === 'list') requestCamera('list', { kind: 'island', island: id });
    },
    [update, announce, t, pov, lang, requestCamera],
  );
  const selectVenue = useCallback(
    (id: string, origin: Origin, meeting: string | null = null) => {
      rememberFocus(returnFocus);
      update({ island: null, venue: id }, true);
      setHighlightMeeting(meeting);
      host.current?.post({ type: 'kuril-map:select', venue: id });
      const item = venues.find((v) => v.id === id)!;
      announce(t('announce.selectedVenue', { name: item.name[lang] }));
      if (origin === 'list') requestCamera('list', { kind: 'point', lngLat: item.coordinates });
    },
    [update, announce, t, lang, requestCamera],
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
  const backToChapter = tour.selection;
  const closePanel = useCallback(() => {
    if (!backToChapter) return clearSelection();
    update(backToChapter, true);
    returnFocus.current = null;
  }, [backToChapter, clearSelection, update]);

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
  const compareOn = view.compare;
  const toggleCompare = useCallback(() => update({ compare: !compareOn }), [update, compareOn]);
  const openShare = useCallback(() => {
    rememberFocus(returnFocus);
    setSharing(true);
  }, []);
  const openData = useCallback(() => {
    rememberFocus(returnFocus);
    setOfferingData(true);
  }, []);
  const openPrint = useCallback(() => {
    rememberFocus(returnFocus);
    setPrinting(true);
  }, []);
  // On a narrow screen the list, once used, gives the map and the panel the screen.
  const selectIslandFromList = useCallback(
    (id: IslandId) => {
      if (window.matchMedia(NARROW_SCREEN).matches) setPlacesOpen(false);
      selectIsland(id, 'list');
    },
    [selectIsland],
  );
  const selectVenueFromList = useCallback(
    (id: string) => {
      if (window.matchMedia(NARROW_SCREEN).matches) setPlacesOpen(false);
      selectVenue(id, 'list');
    },
    [selectVenue],
  );
  const selectMeetingFromList = useCallback(
    (meeting: string, venueId: string) => selectVenue(venueId, 'list', meeting),
    [selectVenue],
  );

  // What the map reports. Selections and measures are the reader's, on the map.
  const onMapEvent = (event: MapEvent) => {
    switch (event.type) {
      case 'select':
        if (event.selection.island) selectIsland(event.selection.island, event.origin);
        else if (event.selection.venue)
          selectVenue(event.selection.venue, event.origin, event.meeting);
        break;
      case 'measure':
        addMeasurePoint(event.lngLat);
        break;
      case 'camera':
        cameraMoved();
        postState();
        break;
      case 'drawn':
        drawn.current = true;
        // After the page's first paint: the idle may come while the page mounts.
        startTransition(() => setMapDrawn(true));
        whenBrowserIdle(() => {
          void loadIslandPanel();
          void loadVenuePanel();
        });
        break;
      case 'unavailable':
        setMapUnavailable(event.reason);
        // Without the map, the list is the way to the places.
        if (event.reason) setPlacesOpen(true);
        break;
      case 'basemap-failed':
        onlineBasemap.onFailed();
        break;
      case 'snapshot':
        snapshotsWaiting.current.get(event.id)?.(event.snapshot);
        snapshotsWaiting.current.delete(event.id);
        break;
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const onMap = (event.target as Element | null)?.classList?.contains('maplibregl-canvas');
      if (event.key === 'Enter' && measuring && onMap) {
        measureAtCentre();
      } else if (event.key === 'Escape') {
        if (measuring) setMeasuring(false);
        else clearSelection();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [clearSelection, measuring, measureAtCentre]);

  return (
    <div
      ref={appElement}
      className={[
        'app',
        embed && 'embed',
        comparing && 'comparing',
        !narrow && (island || venue || tour.chapter) && 'panel-open',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ '--inset-right': `${narrow ? 0 : (insets?.right ?? 0)}px` } as CSSProperties}
    >
      {embed ? (
        <header className="embed-header card" data-covers="top">
          <h1>{t('title')}</h1>
          <a href={fullMapHref()} target="_blank" rel="noopener">
            {t('openFullMap')}
          </a>
        </header>
      ) : (
        <header className="app-bar card" data-covers="top">
          <h1 className="visually-hidden-narrow">{t('title')}</h1>
          <p className="visually-hidden">{t('subtitle')}</p>
          <Toolbar
            lang={lang}
            pov={pov}
            onLang={setLang}
            onPov={setPov}
            placesOpen={placesOpen}
            placesId={placesId}
            onTogglePlaces={togglePlaces}
            measuring={measuring}
            onToggleMeasure={toggleMeasure}
            comparing={view.compare}
            onToggleCompare={toggleCompare}
            onShare={openShare}
            onData={openData}
            onPrint={openPrint}
            touring={tour.chapter !== null}
            onTour={tour.toggle}
          />
        </header>
      )}
      {!embed && (
        <PlaceList
          id={placesId}
          open={placesOpen}
          lang={lang}
          pov={pov}
          selectedIsland={view.island}
          selectedVenue={view.venue}
          onIsland={selectIslandFromList}
          onVenue={selectVenueFromList}
        />
      )}
      <main className="map-area">
        <MapView input={mapInput} setup={mapSetup} onEvent={onMapEvent} />
        {/* Once the page's map is drawn: the second asks for the same files, which the browser
            then has (a revalidation, not a second download of any of them). */}
        {compareInput && mapDrawn && <Compare input={compareInput} setup={followerSetup} />}
        {onlineBasemap.failed && <BasemapNotice onDismiss={onlineBasemap.dismiss} />}
        {mapUnavailable && (
          <Suspense fallback={null}>
            <MapFallback reason={mapUnavailable} pov={pov} lang={lang} />
          </Suspense>
        )}
      </main>
      {/* The legend explains the map's symbols: nothing to explain without the map. */}
      {/* In the comparison, each view's key, at the foot of its half. */}
      {comparing && <Legend open={!narrow} className="compare-right" pov="russia" {...legend} />}
      {!mapUnavailable && (
        <Legend
          open={comparing && !narrow}
          className={comparing ? 'compare-left' : undefined}
          pov={mapPov}
          {...legend}
        />
      )}
      {!mapUnavailable && !comparing && (
        <Locator
          lang={lang}
          pov={pov}
          colorScheme={colorScheme}
          width={narrow ? 180 : embed ? 200 : 280}
          selectedVenue={view.venue}
          onVenue={selectVenueFromList}
          cameraMoves={cameraMoves}
        />
      )}
      {/* The history bar (with the cited events) comes once the map is drawn: not in the first
          view. It stays while the distance tool is open. */}
      {mapDrawn && !embed && !mapUnavailable && (
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
            onPlaceAtCentre={measureAtCentre}
            onClear={() => setMeasurePoints([])}
            onClose={() => setMeasuring(false)}
            onFeatures={setMeasured}
          />
        </Suspense>
      )}
      <Suspense fallback={null}>
        {/* The tour's panel stands in the panels' place while the tour is open. */}
        {tour.chapter && !detour && (
          <div className="panel-slot" key="tour">
            <TourPanel
              chapter={tour.chapter}
              lang={lang}
              pov={pov}
              reducedMotion={reducedMotion}
              onGo={tour.go}
              onExit={tour.exit}
              onAnnounce={announce}
            />
          </div>
        )}
        {(island || venue) && (!tour.chapter || detour) && (
          <div className="panel-slot" key={island?.id ?? venue?.id}>
            {island && (
              <IslandPanel
                island={island}
                pov={pov}
                lang={lang}
                year={view.year}
                date={date}
                onClose={closePanel}
              />
            )}
            {venue && (
              <VenuePanel
                venueId={venue.id}
                lang={lang}
                highlight={highlightMeeting}
                onClose={closePanel}
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
            snapshot={snapshotCanvas}
            onlineBasemap={onlineBasemap.basemap !== null}
            onClose={() => {
              setSharing(false);
              returnFocus.current?.focus();
            }}
          />
        </Suspense>
      )}
      {offeringData && (
        <Suspense fallback={null}>
          <DataDialog
            lang={lang}
            pov={pov}
            year={view.year}
            onClose={() => {
              setOfferingData(false);
              returnFocus.current?.focus();
            }}
          />
        </Suspense>
      )}
      {printing && (
        <Suspense fallback={null}>
          <PrintDialog
            lang={lang}
            content={{
              ...legend,
              pov: mapPov,
              clear: insets,
              permalink: `${window.location.origin}${fullMapHref()}`,
              panel: () =>
                appElement.current?.querySelector<HTMLElement>('.panel-slot .panel') ?? null,
            }}
            mapWidth={() =>
              appElement.current?.querySelector('.map')?.clientWidth ?? window.innerWidth
            }
            takeSnapshot={takeSnapshot}
            onClose={() => {
              setPrinting(false);
              returnFocus.current?.focus();
            }}
          />
        </Suspense>
      )}
      {/* What a print without the Print dialog's page gives (App.css). */}
      <p className="print-hint-only">{t('printHint')}</p>
      <Announcer message={announcement} />
    </div>
  );
}
