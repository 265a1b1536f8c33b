// Builds public/data/relief.geojson: sea-depth bands and land-height bands for the region, from
// NOAA's ETOPO5 (a 5′ grid), smoothed, contoured, and the height bands cut to the drawn land; and
// public/data/dem/4/14/5.png, the land's heights as one terrarium-encoded tile for the hillshade.
// Run after build-land.mjs (the height bands and the tile follow region.geojson and islands.geojson).
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { PNG } from 'pngjs';
import {
  importPinned,
  outDir,
  REGION_BBOX,
  root,
  rfc7946,
  roundCoordinates,
  sha256,
  writeBytes,
  writeOutput,
} from './lib.mjs';

const ETOPO5 = {
  package: 'ferret-datasets',
  source: 'Debian 12 (apt-get install ferret-datasets)',
  version: '7.6.0',
  debianVersion: '7.6.0-5',
  file: '/usr/share/ferret-vis/data/etopo5.cdf',
  sha256: '1455d5e5feebd183d0bef5538a750ca8a44801e1503f964df900831c224459ce',
  licence: 'Public domain (NOAA)',
  attribution: 'ETOPO5, NOAA National Geophysical Data Center',
  origin: 'ETOPO5 5-minute gridded elevations and bathymetry (variable ROSE, metres)',
};
const NETCDFJS = {
  package: 'netcdfjs',
  version: '3.0.0',
  licence: 'MIT',
  role: 'reads etopo5.cdf',
};
const PNGJS = {
  package: 'pngjs',
  version: JSON.parse(readFileSync(join(root, 'node_modules', 'pngjs', 'package.json'), 'utf8'))
    .version,
  licence: 'MIT',
  role: 'writes the terrarium PNG',
};
const D3_CONTOUR = {
  package: 'd3-contour',
  version: '4.0.2',
  licence: 'ISC',
  role: 'contours the smoothed grid (marching squares)',
};

/**
 * The depth bands' box (W, S, E, N): the seas of Okhotsk and Japan and the Pacific off the
 * islands, wider than any view that shows the bands (the map draws them from zoom 5.5).
 */
const DEPTH_BBOX = [120, 30, 175, 63];
/** Read a little beyond the box, so smoothing near its edge sees real neighbours. */
const MARGIN = 1;
/** Depths (m) that start a band; the Kuril–Kamchatka Trench goes below 8,000 m here. */
const DEPTHS = [200, 1000, 2000, 3000, 4000, 5000, 6000, 7000];
/** Heights (m) that start a band on land. */
const HEIGHTS = [200, 500, 1000];
/**
 * Gaussian smoothing of the sea floor, in cells (a cell is about 9 km by 7 km here). The land is
 * not smoothed: the islands' volcanoes are a cell or two wide and would flatten away.
 */
const SIGMA = 1;
/** Each cell is split this many times each way (bilinear) before contouring, for rounder bands. */
const UPSAMPLE = 2;
/** Simplification (°) and decimals of each kind: the bands come from cells about 9 km across. */
const SIMPLIFY = { depth: 0.02, height: 0.01 };
const DECIMALS = { depth: 2, height: 3 };

/**
 * The hillshade's tile: web-Mercator z4 (14, 5) spans 135–157.5 E and 40.98–55.78 N, just around
 * the region's box, so one tile holds all the land the height bands cover. At 512 px a pixel is
 * about 2.6′ across, half an ETOPO5 cell: the shading is interpolated between cells, not stepped.
 */
const DEM_TILE = { z: 4, x: 14, y: 5, size: 512 };
/** Smoothing of the land (cells) for the hillshade only, so the 5′ cells do not show as facets. */
const DEM_SIGMA = 0.6;
/** Degrees over which the heights fade out towards the box's west and north edges. */
const DEM_FADE = 1;

function checkInput() {
  const bytes = readFileSync(realpathSync(ETOPO5.file));
  if (sha256(bytes) !== ETOPO5.sha256)
    throw new Error(
      `${ETOPO5.file} is missing or not the pinned ETOPO5: apt-get install -y ferret-datasets`,
    );
  return bytes;
}

/** The ETOPO5 grid around the box: values row by row from south to north. */
function readGrid(NetCDFReader, bytes) {
  const reader = new NetCDFReader(bytes);
  const xs = reader.getDataVariable('ETOPO05_X');
  const ys = reader.getDataVariable('ETOPO05_Y');
  const rose = reader.getDataVariable('ROSE');
  const [west, south, east, north] = DEPTH_BBOX;
  const columns = xs.flatMap((x, i) => (x >= west - MARGIN && x <= east + MARGIN ? [i] : []));
  const rows = ys
    .flatMap((y, j) => (y >= south - MARGIN && y <= north + MARGIN ? [j] : []))
    .sort((a, b) => ys[a] - ys[b]);
  const values = new Float64Array(columns.length * rows.length);
  rows.forEach((j, r) => {
    columns.forEach((i, c) => {
      values[r * columns.length + c] = rose[j * xs.length + i];
    });
  });
  return {
    width: columns.length,
    height: rows.length,
    values,
    x0: xs[columns[0]],
    y0: ys[rows[0]],
    dx: xs[1] - xs[0],
    dy: Math.abs(ys[1] - ys[0]),
  };
}

function gaussianBlur({ width, height, values }, sigma) {
  const radius = Math.ceil(sigma * 3);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, k) =>
    Math.exp(-((k - radius) ** 2) / (2 * sigma * sigma)),
  );
  const pass = (input, step, count, lineStep, lines) => {
    const output = new Float64Array(input.length);
    for (let line = 0; line < lines; line += 1) {
      for (let i = 0; i < count; i += 1) {
        let sum = 0;
        let weight = 0;
        for (let k = -radius; k <= radius; k += 1) {
          const at = i + k;
          if (at < 0 || at >= count) continue;
          sum += input[line * lineStep + at * step] * kernel[k + radius];
          weight += kernel[k + radius];
        }
        output[line * lineStep + i * step] = sum / weight;
      }
    }
    return output;
  };
  return pass(pass(values, 1, width, width, height), width, height, 1, width);
}

function upsample({ width, height, values }, factor) {
  const w = (width - 1) * factor + 1;
  const h = (height - 1) * factor + 1;
  const out = new Float64Array(w * h);
  for (let r = 0; r < h; r += 1) {
    const y = r / factor;
    const j = Math.min(Math.floor(y), height - 2);
    const fy = y - j;
    for (let c = 0; c < w; c += 1) {
      const x = c / factor;
      const i = Math.min(Math.floor(x), width - 2);
      const fx = x - i;
      const at = (jj, ii) => values[jj * width + ii];
      out[r * w + c] =
        at(j, i) * (1 - fx) * (1 - fy) +
        at(j, i + 1) * fx * (1 - fy) +
        at(j + 1, i) * (1 - fx) * fy +
        at(j + 1, i + 1) * fx * fy;
    }
  }
  return { width: w, height: h, values: out };
}

/**
 * Bands of the grid at or above each threshold, as MultiPolygons in longitude and latitude, cut
 * to the region's box. `sign` -1 contours depths (negated heights).
 */
function bands(contours, grid, fine, thresholds, sign, box, tolerance) {
  const generator = contours().size([fine.width, fine.height]).thresholds(thresholds);
  const values = fine.values.map((v) => sign * v);
  // d3-contour's coordinates count cells from the grid's corner; a value sits at a cell's centre.
  const toLonLat = ([x, y]) => [
    grid.x0 + ((x - 0.5) / UPSAMPLE) * grid.dx,
    grid.y0 + ((y - 0.5) / UPSAMPLE) * grid.dy,
  ];
  return generator(values).map(({ value, coordinates }) => {
    const lonLat = coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat)));
    const clipped = turf.bboxClip(turf.multiPolygon(lonLat), box);
    const simple = turf.simplify(clipped, { tolerance, highQuality: true });
    return { value, geometry: simple.geometry };
  });
}

const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Drops the empty and degenerate rings clipping can leave. */
const validRings = (geometry) => ({
  type: 'MultiPolygon',
  coordinates: polygonsOf(geometry)
    .map((polygon) =>
      polygon[0]?.length >= 4 ? polygon.filter((ring) => ring && ring.length >= 4) : [],
    )
    .filter((polygon) => polygon.length > 0),
});

/** ETOPO5 at a point, bilinear between the four cells around it. */
function sampleAt(grid, values, lon, lat) {
  const x = (lon - grid.x0) / grid.dx;
  const y = (lat - grid.y0) / grid.dy;
  const i = Math.min(Math.floor(x), grid.width - 2);
  const j = Math.min(Math.floor(y), grid.height - 2);
  const fx = x - i;
  const fy = y - j;
  const at = (jj, ii) => values[jj * grid.width + ii];
  return (
    at(j, i) * (1 - fx) * (1 - fy) +
    at(j, i + 1) * fx * (1 - fy) +
    at(j + 1, i) * (1 - fx) * fy +
    at(j + 1, i + 1) * fx * fy
  );
}

/** The latitude of a row's centre in a web-Mercator tile. */
function rowLatitude({ z, y, size }, row) {
  const n = Math.PI * (1 - (2 * (y + (row + 0.5) / size)) / 2 ** z);
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

/**
 * Which of the tile's pixels lie on the drawn land (even-odd scanlines over every ring of
 * `land`), so the shading stops at the map's coasts, not at ETOPO5's.
 */
function landMask(tile, land) {
  const [west, east] = [tileLongitude(tile, 0), tileLongitude(tile, tile.size)];
  const toPixel = (lon) => ((lon - west) / (east - west)) * tile.size;
  const rings = land.flatMap((feature) => polygonsOf(feature.geometry).flat());
  const mask = new Uint8Array(tile.size * tile.size);
  for (let row = 0; row < tile.size; row += 1) {
    const lat = rowLatitude(tile, row);
    const crossings = [];
    for (const ring of rings) {
      for (let k = 1; k < ring.length; k += 1) {
        const [x1, y1] = ring[k - 1];
        const [x2, y2] = ring[k];
        if (y1 > lat === y2 > lat) continue;
        crossings.push(toPixel(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1)));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      const from = Math.max(0, Math.ceil(crossings[k] - 0.5));
      const to = Math.min(tile.size - 1, Math.floor(crossings[k + 1] - 0.5));
      for (let column = from; column <= to; column += 1) mask[row * tile.size + column] = 1;
    }
  }
  return mask;
}

const tileLongitude = ({ z, x, size }, column) => ((x + column / size) / 2 ** z) * 360 - 180;

/**
 * The land's heights as a terrarium PNG (height + 32768 = R × 256 + G + B / 256, in metres):
 * whole metres, sea and land below sea level at 0, so only the land is shaded. Where the box cuts
 * the mainland (its west and north edges; the east and south ones are the tile's), the heights
 * fade to 0 over DEM_FADE, so the shading does not end in a cliff along the cut.
 */
function demTile(grid, land) {
  const smooth = gaussianBlur(grid, DEM_SIGMA);
  const mask = landMask(DEM_TILE, land);
  const { size } = DEM_TILE;
  const [west, , , north] = REGION_BBOX;
  const png = new PNG({ width: size, height: size, colorType: 2, inputHasAlpha: true });
  for (let row = 0; row < size; row += 1) {
    const lat = rowLatitude(DEM_TILE, row);
    for (let column = 0; column < size; column += 1) {
      const at = row * size + column;
      const lon = tileLongitude(DEM_TILE, column + 0.5);
      const fade = Math.min(1, (lon - west) / DEM_FADE, (north - lat) / DEM_FADE);
      const height = mask[at]
        ? Math.max(0, Math.round(sampleAt(grid, smooth, lon, lat) * fade))
        : 0;
      const encoded = height + 32768;
      png.data.set([encoded >> 8, encoded & 255, 0, 255], at * 4);
    }
  }
  return PNG.sync.write(png, { colorType: 2, inputColorType: 6, deflateLevel: 9 });
}

/** The part of a band on the drawn land: the map's own coasts, not ETOPO5's 9 km cells. */
function onLand(geometry, land) {
  const band = turf.multiPolygon(validRings(geometry).coordinates);
  const [w, s, e, n] = turf.bbox(band);
  const pieces = land.flatMap((feature) => {
    const [fw, fs, fe, fn] = turf.bbox(feature);
    if (fe < w || fw > e || fn < s || fs > n) return [];
    const part = turf.intersect(turf.featureCollection([band, feature]));
    return part ? polygonsOf(part.geometry) : [];
  });
  return { type: 'MultiPolygon', coordinates: pieces };
}

async function main() {
  const bytes = checkInput();
  const { NetCDFReader } = await importPinned(NETCDFJS);
  const { contours } = await importPinned(D3_CONTOUR);
  const grid = readGrid(NetCDFReader, bytes);
  const seaFloor = upsample({ ...grid, values: gaussianBlur(grid, SIGMA) }, UPSAMPLE);
  const ground = upsample(grid, UPSAMPLE);
  const readLand = (name) => JSON.parse(readFileSync(join(outDir, name), 'utf8')).features;
  const land = [...readLand('region.geojson'), ...readLand('islands.geojson')];

  const features = [
    ...bands(contours, grid, seaFloor, DEPTHS, -1, DEPTH_BBOX, SIMPLIFY.depth).map(
      ({ value, geometry }) => ({
        properties: { kind: 'depth', metres: value },
        geometry,
      }),
    ),
    ...bands(contours, grid, ground, HEIGHTS, 1, REGION_BBOX, SIMPLIFY.height).map(
      ({ value, geometry }) => ({
        properties: { kind: 'height', metres: value },
        geometry: onLand(validRings(geometry), land),
      }),
    ),
  ]
    .map(({ properties, geometry }) =>
      rfc7946({
        type: 'Feature',
        properties,
        geometry: roundCoordinates(validRings(geometry), DECIMALS[properties.kind]),
      }),
    )
    .filter((feature) => feature.geometry.coordinates.length > 0);

  const script = fileURLToPath(import.meta.url);
  const { z, x, y, size } = DEM_TILE;
  writeBytes(`dem/${z}/${x}/${y}.png`, demTile(grid, land), {
    inputs: [
      ETOPO5,
      ...['region.geojson', 'islands.geojson'].map((name) => ({
        path: `public/data/${name}`,
        sha256: sha256(readFileSync(join(outDir, name))),
        origin: 'the drawn land: the shading is cut to it',
      })),
    ],
    tools: [NETCDFJS, PNGJS],
    script,
    method: `ETOPO5 (ROSE) smoothed (Gaussian, sigma ${DEM_SIGMA} cell) and sampled bilinearly at the centre of each pixel of web-Mercator tile ${z}/${x}/${y} (${size} × ${size} px); pixels off the land of region.geojson and islands.geojson, and heights below 0, set to 0; heights faded linearly to 0 over ${DEM_FADE}° towards the west and north edges of the region's box (${REGION_BBOX.join(', ')}), where it cuts the mainland; whole metres, terrarium encoding (height + 32768 = R × 256 + G + B / 256), PNG RGB, deflate level 9 (Node's zlib).`,
  });
  const { sha256: digest, ...input } = ETOPO5;
  writeOutput(
    'relief.geojson',
    { type: 'FeatureCollection', features },
    {
      inputs: [{ ...input, sha256: digest }],
      tools: [NETCDFJS, D3_CONTOUR],
      script,
      method: `ETOPO5 (ROSE) in ${DEPTH_BBOX.join(', ')} (W, S, E, N) and ${MARGIN}° around; Gaussian smoothing of the depths (sigma ${SIGMA} cell), bilinear upsampling ×${UPSAMPLE}; d3-contour bands at depths of ${DEPTHS.join(', ')} m (kind depth) and heights of ${HEIGHTS.join(', ')} m (kind height), each band the area at or beyond its value; depth bands cut to that box, height bands to ${REGION_BBOX.join(', ')}; simplified at ${SIMPLIFY.depth}° and rounded to ${DECIMALS.depth} decimals (depth), ${SIMPLIFY.height}° and ${DECIMALS.height} (height). Height bands are cut to the land of region.geojson and islands.geojson, so they follow the map's coasts.`,
    },
  );
}

await main();
