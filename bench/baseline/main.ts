// The floor `npm run bench` measures the app against: MapLibre alone, drawing the app's own
// basemap files (public/data) with plain layers, no fonts, no React, no panels.
import { Map, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
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

const map = new Map({
  container: 'map',
  hash: 'map',
  style: {
    version: 8,
    sources: {
      ...Object.fromEntries(
        ['world', 'region', 'relief', 'borders', 'islands', 'island-labels', 'lines'].map(
          (name) => [name, { type: 'geojson', data: data(name) }],
        ),
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
  },
});
// The same signal the app gives: the bench times both pages to this attribute.
map.once('idle', () => document.documentElement.setAttribute('data-map-ready', 'true'));
