// The floors `npm run bench` measures the app against: MapLibre alone, with no React, no page, no
// markers and no parts of the app's map module.
// - By default it draws the same basemap as the app's first view, as the app starts it: the map
//   opens on the link's camera, then takes the style buildStyle makes for the default view and the
//   land in view, its labels laid out once their bundled font has loaded.
// - With `?plain`, it draws the same basemap files in plain layers, without the place names or
//   fonts: the floor the app was measured against before the basemap had names.
import { Map, setWorkerUrl, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/400.css';
import { buildStyle, landFor } from '../../src/map/style';
import { islandLabelsFor, styleOptionsFor } from '../../src/map/viewOptions';
import { today } from '../../src/data/years';
import './baseline.css';

setWorkerUrl(workerUrl);

const data = (name: string) => `${import.meta.env.BASE_URL}data/${name}.geojson`;
const fill = (source: string, colour: string): LayerSpecification => ({
  id: `${source}-fill`,
  type: 'fill',
  source,
  paint: { 'fill-color': colour },
});
const line = (source: string, colour: string): LayerSpecification => ({
  id: `${source}-line`,
  type: 'line',
  source,
  paint: { 'line-color': colour, 'line-width': 1 },
});

const plainStyle = (): StyleSpecification => ({
  version: 8,
  sources: {
    ...Object.fromEntries(
      ['world', 'region', 'relief', 'borders', 'islands', 'island-labels', 'lines'].map((name) => [
        name,
        { type: 'geojson', data: data(name) },
      ]),
    ),
    dem: {
      type: 'raster-dem',
      tiles: [`${import.meta.env.BASE_URL}data/dem/{z}/{x}/{y}.png`],
      encoding: 'terrarium',
      tileSize: 512,
      minzoom: 4,
      maxzoom: 4,
      bounds: [139, 41, 157.5, 54.5],
    },
  },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ee' } },
    fill('relief', '#b9d3e3'),
    fill('world', '#f4f1ea'),
    fill('region', '#f4f1ea'),
    { id: 'dem', type: 'hillshade', source: 'dem', minzoom: 5.5 },
    line('region', '#9aa7ad'),
    line('borders', '#8a7f8f'),
    fill('islands', '#8f86b3'),
    line('islands', '#2b2d42'),
    line('lines', '#1b1b1b'),
    {
      id: 'island-labels',
      type: 'symbol',
      source: 'island-labels',
      layout: { 'text-field': ['get', 'id'], 'text-font': ['sans-serif'] },
    },
  ],
});

/** The app's first view in the default view (neutral, English, today), light scheme. */
async function sameStyle(map: Map): Promise<StyleSpecification> {
  const labels = islandLabelsFor('neutral', 'en');
  await document.fonts.load('16px "Noto Sans"', Object.values(labels).join(' '));
  const view = { pov: 'neutral', lang: 'en', globe: false, year: null, date: today() } as const;
  const [[west, south], [east, north]] = map.getBounds().toArray();
  return buildStyle(
    styleOptionsFor(view, { labels, colorScheme: 'light', reducedMotion: false, history: null }),
    landFor([west, south, east, north], false),
  );
}

const plain = new URLSearchParams(window.location.search).has('plain');
const map = new Map({ container: 'map', hash: 'map', style: plain ? plainStyle() : undefined });
// As the app's first style: it is checked against the specification by the unit tests.
if (!plain) map.setStyle(await sameStyle(map), { validate: false });
// The same signal the app gives: the bench times both pages to this attribute.
map.once('idle', () => document.documentElement.setAttribute('data-map-ready', 'true'));
