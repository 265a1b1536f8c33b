// The entry: the map starts first, once its labels' fonts are in (or after FONT_WAIT_MS). The page
// around it (src/page.tsx, with React) is fetched then but built when the map's data are in, or
// after PAGE_WAIT_MS: on a machine with few cores, building it earlier takes the processor from
// MapLibre's worker and delays the map.
import { installCameraGuard } from './state/cameraGuard';
import { readViewState } from './state/currentView';
import { restyleFirstMap, startFirstMap } from './map/startMap';
import {
  islandLabelsFor,
  MEDIA_QUERIES,
  mapSetupFor,
  styleOptionsFor,
  type IslandLabels,
} from './map/viewOptions';
import { labelText, loadLabelFonts } from './map/fonts';
import { dateOfYear, today } from './data/years';
import { isFramed } from './embed/host';
import './ui/global.css';

installCameraGuard();
const view = readViewState();
const reducedMotion = window.matchMedia(MEDIA_QUERIES.reducedMotion).matches;
const dark = window.matchMedia(MEDIA_QUERIES.dark).matches;
const firstStyle = (labels: IslandLabels | null) =>
  styleOptionsFor(
    { ...view, date: dateOfYear(view.year, today()) },
    { labels, colorScheme: dark ? 'dark' : 'light', reducedMotion, history: null },
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
    firstStyle(fontsIn ? labels : null),
    mapSetupFor(view, { framed: isFramed(), reducedMotion }),
  );
  if (!fontsIn) void fontsLoad.then(() => restyleFirstMap(firstStyle(labels)));
  const page = import('./page');
  await Promise.race([controller?.whenSourcesLoaded(), wait(PAGE_WAIT_MS, null)]);
  const { renderPage } = await page;
  renderPage(document.getElementById('root')!, view);
}

void start();
