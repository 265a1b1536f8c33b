// The entry: the map starts first, once its labels' fonts are in (or after FONT_WAIT_MS). The page
// around it (src/page.tsx, with React) is fetched then but built when the map's data are in, or
// after PAGE_WAIT_MS: on a machine with few cores, building it earlier takes the processor from
// MapLibre's worker and delays the map.
import { readViewState } from './state/currentView';
import { startFirstMap, updateFirstMap } from './map/startMap';
import {
  FIRST_PAGE,
  islandLabelsFor,
  linkCameraRequest,
  MEDIA_QUERIES,
  mapInputFor,
  mapSetupFor,
  type IslandLabels,
} from './map/viewOptions';
import { labelText, loadLabelFonts } from './map/fonts';
import { dateOfYear, today } from './data/years';
import { isFramed } from './embed/host';
import './ui/global.css';

const view = readViewState();
const reducedMotion = window.matchMedia(MEDIA_QUERIES.reducedMotion).matches;
const dark = window.matchMedia(MEDIA_QUERIES.dark).matches;
// The same function as App's, with what the page has before it is built.
const firstInput = (labels: IslandLabels | null) =>
  mapInputFor(
    { ...view, date: dateOfYear(view.year, today()) },
    {
      ...FIRST_PAGE,
      labels,
      colorScheme: dark ? 'dark' : 'light',
      reducedMotion,
      history: null,
      camera: linkCameraRequest(view, 0),
    },
  );
// Labels laid out with the first data cost the map much less than a label layer added later: the
// map waits a little for their fonts, and on a slow network starts without them.
const FONT_WAIT_MS = 300;
const PAGE_WAIT_MS = 1500;
const labels = islandLabelsFor(view.pov, view.lang);
const fontsLoad = loadLabelFonts(labelText(labels));
const wait = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(resolve, ms, value));

async function start() {
  const fontsIn = await Promise.race([fontsLoad.then(() => true), wait(FONT_WAIT_MS, false)]);
  const { controller } = startFirstMap(
    firstInput(fontsIn ? labels : null),
    mapSetupFor(view, { framed: isFramed(), reducedMotion }),
  );
  if (!fontsIn) void fontsLoad.then(() => updateFirstMap(firstInput(labels)));
  const page = import('./page');
  await Promise.race([controller?.whenSourcesLoaded(), wait(PAGE_WAIT_MS, null)]);
  const { renderPage } = await page;
  renderPage(document.getElementById('root')!, view);
}

void start();
