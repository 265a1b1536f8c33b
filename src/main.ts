// The entry: the map starts first. The page around it (src/page.tsx, with React) is fetched at
// once but built when the map's data are in, or after PAGE_WAIT_MS: on a machine with few cores,
// building it earlier takes the processor from MapLibre's worker and delays the map.
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
import { labelText, loadLabelFonts } from './fonts';
import { dateOfYear, today } from './history/years';
import { isFramed } from './embed/host';
import './app.css';

installCameraGuard();
const view = readViewState();
const reducedMotion = window.matchMedia(MEDIA_QUERIES.reducedMotion).matches;
const dark = window.matchMedia(MEDIA_QUERIES.dark).matches;
const firstStyle = (labels: IslandLabels | null) =>
  styleOptionsFor(
    { ...view, date: dateOfYear(view.year, today()) },
    { labels, colorScheme: dark ? 'dark' : 'light', reducedMotion, history: null },
  );
const { controller } = startFirstMap(
  firstStyle(null),
  mapSetupFor(view, { framed: isFramed(), reducedMotion }),
);
// The labels join as soon as their fonts are in, with the same options the page will hand over.
const labels = islandLabelsFor(view.pov, view.lang);
void loadLabelFonts(labelText(labels)).then(() => restyleFirstMap(firstStyle(labels)));

const PAGE_WAIT_MS = 1500;
const page = import('./page');
const waited = new Promise((resolve) => setTimeout(resolve, PAGE_WAIT_MS));
void Promise.all([page, Promise.race([controller?.whenSourcesLoaded(), waited])]).then(
  ([{ renderPage }]) => renderPage(document.getElementById('root')!, view),
);
