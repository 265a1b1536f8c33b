import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_PREFIX, mergeBasemap, type OnlineBasemap } from '../../src/map/basemap';
import {
  buildStyle,
  EMBEDDED_BASEMAP_LAYERS,
  ISLAND_FILL_LAYER,
  LABEL_FONTS,
} from '../../src/map/style';
import { DEFAULT_STYLE_OPTIONS } from './support/styleOptions';

const app = buildStyle(DEFAULT_STYLE_OPTIONS);

const online: OnlineBasemap = {
  url: 'https://tiles.example.org/styles/basic/style.json',
  style: {
    version: 8,
    sprite: '../../sprites/basic',
    glyphs: 'https://fonts.example.org/{fontstack}/{range}.pbf',
    sources: {
      osm: { type: 'vector', url: '/tilejson/osm.json', attribution: '© OSM' },
      relief: { type: 'raster', tiles: ['../tiles/relief/{z}/{x}/{y}.png'], tileSize: 256 },
      [ISLAND_FILL_LAYER]: { type: 'geojson', data: 'extra.geojson' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eee' } },
      { id: 'sea', type: 'fill', source: 'osm', 'source-layer': 'water' },
      { id: 'relief', type: 'raster', source: 'relief' },
      {
        id: 'places',
        type: 'symbol',
        source: 'osm',
        'source-layer': 'place',
        layout: { 'text-field': ['get', 'name'], 'text-font': ['Open Sans Regular'] },
      },
      { id: 'pois', type: 'symbol', source: 'osm', layout: { 'icon-image': 'dot' } },
    ],
  } as StyleSpecification,
};

describe('mergeBasemap', () => {
  const merged = mergeBasemap(app, online);
  const ids = merged.layers.map((layer) => layer.id);

  it('puts every basemap layer under every app layer, and drops the embedded basemap', () => {
    const appLayers = app.layers
      .map((layer) => layer.id)
      .filter((id) => !EMBEDDED_BASEMAP_LAYERS.includes(id));
    expect(ids).toEqual([
      ...['background', 'sea', 'relief', 'places', 'pois'].map((id) => BASEMAP_PREFIX + id),
      ...appLayers,
    ]);
    expect(appLayers).toContain(ISLAND_FILL_LAYER);
    for (const id of EMBEDDED_BASEMAP_LAYERS) expect(ids).not.toContain(id);
  });

  it('renames the basemap’s sources so they never replace the app’s', () => {
    expect(merged.sources[ISLAND_FILL_LAYER]).toBeUndefined();
    expect(merged.sources[`${BASEMAP_PREFIX}${ISLAND_FILL_LAYER}`]).toBeDefined();
    for (const [id, source] of Object.entries(app.sources)) expect(merged.sources[id]).toBe(source);
    const relief = merged.layers.find((layer) => layer.id === `${BASEMAP_PREFIX}relief`);
    expect(relief).toMatchObject({ source: `${BASEMAP_PREFIX}relief` });
  });

  it('makes the basemap’s URLs absolute against the style’s own URL', () => {
    expect(merged.sprite).toBe('https://tiles.example.org/sprites/basic');
    expect(merged.sources[`${BASEMAP_PREFIX}osm`]).toMatchObject({
      url: 'https://tiles.example.org/tilejson/osm.json',
      attribution: '© OSM',
    });
    expect(merged.sources[`${BASEMAP_PREFIX}relief`]).toMatchObject({
      tiles: ['https://tiles.example.org/styles/tiles/relief/{z}/{x}/{y}.png'],
    });
    expect(merged.sources[`${BASEMAP_PREFIX}${ISLAND_FILL_LAYER}`]).toMatchObject({
      data: 'https://tiles.example.org/styles/basic/extra.geojson',
    });
  });

  it('draws the basemap’s labels locally, in the app’s fonts, without a glyph server', () => {
    expect(merged.glyphs).toBeUndefined();
    const places = merged.layers.find((layer) => layer.id === `${BASEMAP_PREFIX}places`);
    expect(places).toMatchObject({ layout: { 'text-font': LABEL_FONTS } });
    const pois = merged.layers.find((layer) => layer.id === `${BASEMAP_PREFIX}pois`);
    expect(pois).toMatchObject({ layout: { 'icon-image': 'dot' } });
    expect((pois as { layout: object }).layout).not.toHaveProperty('text-font');
  });

  it('is pure: same inputs, same style, inputs untouched', () => {
    const before = JSON.stringify([app, online]);
    expect(mergeBasemap(app, online)).toEqual(merged);
    expect(JSON.stringify([app, online])).toBe(before);
  });
});
