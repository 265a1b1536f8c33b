// Computes the figures the island panel shows next to the official ones, from the map's own
// geometry: the area of each unit and its shortest distance to Hokkaido's coast and to Cape
// Nosappu. Writes geodata/derived/figures.json and its provenance record beside it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { root, sha256 } from './lib.mjs';
import { GSHHG_DERIVED } from './gshhg.mjs';

/** A point in Nemuro; the JPN polygon holding it is Hokkaido. */
const NEMURO = [145.58, 43.33];
/** Cape Nosappu, the east tip of Hokkaido, from which Japan gives most distances (as in build-land.mjs). */
const CAPE_NOSAPPU = [145.817, 43.3853];
const KM = { units: 'kilometers' };

const round = (value, decimals) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const roundPoint = ([x, y]) => [round(x, 4), round(y, 4)];
const exteriors = (geometry) =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((p) => p[0]);

/** Rings cut into short lines with their boxes, so far pieces can be skipped. */
function pieces(rings, size = 32) {
  const out = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i += size) {
      const line = turf.lineString(ring.slice(i, i + size + 1));
      out.push({ line, bbox: turf.bbox(line) });
    }
  }
  return out;
}

/**
 * A lower bound of the distance from a point to anything in a box: the distance to the box's
 * nearest corner or edge point, less a margin for the sphere (boxes here span well under 1°).
 */
function boxLowerBoundKm([x, y], [w, s, e, n]) {
  const clamped = [Math.min(Math.max(x, w), e), Math.min(Math.max(y, s), n)];
  return turf.distance([x, y], clamped, KM) * 0.9;
}

/** Shortest geodesic distance from a point to the pieces, and the nearest point on them. */
function pointToPieces(point, all, bound = Infinity) {
  let best = { km: bound, piece: null };
  for (const piece of all) {
    if (boxLowerBoundKm(point, piece.bbox) >= best.km) continue;
    const km = turf.pointToLineDistance(point, piece.line, KM);
    if (km < best.km) best = { km, piece };
  }
  return best;
}

const nearestOn = (point, piece) =>
  turf.nearestPointOnLine(piece.line, point, KM).geometry.coordinates;

/**
 * Shortest distance between two sets of rings that do not overlap: it is reached at a vertex of
 * one set, so every vertex of each set is measured against the other set's edges.
 */
function ringsToRings(a, b) {
  let best = { km: Infinity };
  const measure = (rings, others, swap) => {
    const otherPieces = pieces(others);
    for (const vertex of rings.flat()) {
      const found = pointToPieces(vertex, otherPieces, best.km);
      if (!found.piece) continue;
      const nearest = nearestOn(vertex, found.piece);
      best = { km: found.km, from: swap ? nearest : vertex, to: swap ? vertex : nearest };
    }
  };
  measure(a, b, false);
  measure(b, a, true);
  return best;
}

/** The figures for each unit of islands.geojson; `region` is region.geojson. */
export function computeFigures(islands, region) {
  const japan = region.features.find((f) => f.properties.country === 'JPN');
  const hokkaido = japan.geometry.coordinates.find((polygon) =>
    turf.booleanPointInPolygon(NEMURO, turf.polygon(polygon)),
  );
  if (!hokkaido) throw new Error('no JPN polygon of region.geojson holds Nemuro');
  const coast = [hokkaido[0]];
  const units = {};
  for (const feature of islands.features) {
    const rings = exteriors(feature.geometry);
    const toCoast = ringsToRings(rings, coast);
    const toCape = pointToPieces(CAPE_NOSAPPU, pieces(rings));
    units[feature.properties.id] = {
      areaKm2: round(turf.area(feature) / 1e6, 1),
      toHokkaido: {
        km: round(toCoast.km, 1),
        from: roundPoint(toCoast.from),
        to: roundPoint(toCoast.to),
      },
      toCapeNosappu: {
        km: round(toCape.km, 1),
        from: CAPE_NOSAPPU,
        to: roundPoint(nearestOn(CAPE_NOSAPPU, toCape.piece)),
      },
      // Named islets present in the geometry (Habomai only); the others are too small for it.
      ...(feature.properties.islets && {
        islets: feature.properties.islets.filter((id) => id !== null).sort(),
      }),
    };
  }
  return { units };
}

export const METHOD =
  'Area: turf.area of each unit of islands.geojson (geodesic, WGS 84 sphere), km² to 1 decimal. ' +
  'Distance to Hokkaido: the exterior ring of the JPN polygon of region.geojson holding Nemuro ' +
  `(${NEMURO.join(' E, ')} N) is the coast; the shortest geodesic distance between it and the ` +
  "unit's exterior rings, measured from every vertex of each to the other's edges " +
  '(turf.pointToLineDistance), km to 1 decimal, with both end points. Distance to Cape Nosappu: ' +
  `from ${CAPE_NOSAPPU.join(' E, ')} N to the nearest edge of the unit. Islets: the named islets ` +
  "of the unit's geometry (properties.islets), sorted.";

function main() {
  const paths = {
    islands: join(root, 'public', 'data', 'islands.geojson'),
    region: join(root, 'public', 'data', 'region.geojson'),
    out: join(root, 'geodata', 'derived', 'figures.json'),
  };
  const bytes = { islands: readFileSync(paths.islands), region: readFileSync(paths.region) };
  const figures = computeFigures(JSON.parse(bytes.islands), JSON.parse(bytes.region));
  // Arrays of numbers or strings on one line where they fit in 100 columns, as Prettier writes them.
  const text =
    JSON.stringify(figures, null, 2).replace(
      /\[\s+([^[\]{}]*?)\s+\]/g,
      (array, items, offset, whole) => {
        const oneLine = `[${items.split(/,\s+/).join(', ')}]`;
        const column = offset - (whole.lastIndexOf('\n', offset) + 1);
        const after = whole.slice(offset + array.length).match(/^[^\n]*/)[0];
        return column + oneLine.length + after.length <= 100 ? oneLine : array;
      },
    ) + '\n';
  mkdirSync(join(root, 'geodata', 'derived'), { recursive: true });
  writeFileSync(paths.out, text);
  const record = {
    output: 'geodata/derived/figures.json',
    sha256: sha256(Buffer.from(text)),
    bytes: Buffer.byteLength(text),
    inputs: [
      { path: 'public/data/islands.geojson', sha256: sha256(bytes.islands), ...GSHHG_DERIVED },
      { path: 'public/data/region.geojson', sha256: sha256(bytes.region), ...GSHHG_DERIVED },
    ],
    licence: `${GSHHG_DERIVED.licence} (derived from GSHHG)`,
    attribution: GSHHG_DERIVED.attribution,
    method: METHOD,
    script: 'geodata/scripts/build-figures.mjs',
    command: 'node geodata/scripts/build-figures.mjs',
  };
  writeFileSync(`${paths.out}.source.json`, JSON.stringify(record, null, 2) + '\n');
  console.log(`figures.json: ${Object.keys(figures.units).length} units, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
