// The land of the locator inset: the world's coast, cut at 30° W so that the Pacific lies in the
// middle (the islands, Japan and Russia on its west, the Americas on its east), simplified to what
// a drawing a few hundred pixels wide shows, and written as one SVG path. Beside it, the four
// islands' label points, which the inset marks. Writes geodata/derived/locator.json and its
// provenance record beside it.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import { readJson, root, writeDerived } from './lib.mjs';

/** Where the drawing is cut: a meridian through the Atlantic, east of the Americas. */
export const SEAM = -30;
/** The latitudes drawn: no meeting was held south of Buenos Aires or north of the Arctic coast. */
export const LATITUDES = [-56, 78];
/** Path units per degree: the path's coordinates are integers, half a degree apart. */
export const UNITS_PER_DEGREE = 2;
/** Degrees: the simplification tolerance, about a pixel at the inset's widest (280 px for 285°). */
const TOLERANCE = 1.0;
/** Square degrees: smaller islands are too small to see in the inset. */
const MIN_AREA = 1.5;

const LAND_INPUT = 'node_modules/world-atlas/land-110m.json';
const LABELS_INPUT = 'public/data/island-labels.geojson';

/** Plate carrée, x from the seam eastwards round the globe, y southwards: the path's frame. */
export function project([lng, lat]) {
  const x = lng < SEAM ? lng + 360 : lng;
  return [Math.round(x * UNITS_PER_DEGREE), Math.round(-lat * UNITS_PER_DEGREE)];
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  }
  return Math.abs(sum) / 2 / UNITS_PER_DEGREE ** 2;
}

/** A ring made continuous across the antimeridian: each step shorter than half the globe. */
function unwrap(ring) {
  let shift = 0;
  return ring.map(([lng, lat], i) => {
    if (i > 0) {
      const step = lng + shift - ring[i - 1][0] - shift;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [lng + shift, lat];
  });
}

/** One SVG path of `land` (world-atlas's topology), cut at the seam and clipped to the latitudes. */
export function landPath(topology) {
  const land = feature(topology, topology.objects.land);
  const [south, north] = LATITUDES;
  const drawn = [];
  for (const polygon of turf.flatten(land).features) {
    const rings = polygon.geometry.coordinates.map(unwrap);
    // A ring that goes round the pole (Antarctica) lies south of the drawing.
    if (rings[0][0][0] !== rings[0][rings[0].length - 1][0]) continue;
    const unwrapped = turf.polygon(rings);
    // Each turn of the globe a ring may reach into, moved into the drawing's one.
    for (const turn of [-1, 0, 1, 2]) {
      const west = SEAM + 360 * (turn - 1);
      const clipped = turf.bboxClip(unwrapped, [west, south, west + 360, north]);
      if (clipped.geometry.coordinates.every((ring) => ring.length < 4)) continue;
      const simplified = turf.simplify(clipped, { tolerance: TOLERANCE, highQuality: true });
      for (const ring of simplified.geometry.coordinates) {
        const points = [];
        for (const [lng, lat] of ring) {
          const point = [
            Math.round((lng - 360 * (turn - 1)) * UNITS_PER_DEGREE),
            Math.round(-lat * UNITS_PER_DEGREE),
          ];
          const last = points[points.length - 1];
          if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
        }
        if (points.length >= 4 && ringArea(points) >= MIN_AREA) drawn.push(points);
      }
    }
  }
  // Relative moves after each ring's first point: shorter than absolute ones.
  return drawn
    .map((ring) => {
      const steps = ring.slice(1, -1).map((point, i) => {
        const [dx, dy] = [point[0] - ring[i][0], point[1] - ring[i][1]];
        return `${dx}${dy < 0 ? '' : ' '}${dy}`;
      });
      return `M${ring[0][0]} ${ring[0][1]}l${steps.join(' ').replace(/ -/g, '-')}z`;
    })
    .join('');
}

/** The four islands' label points, in degrees, from island-labels.geojson. */
export function islandPoints(labels) {
  return Object.fromEntries(
    labels.features.map((item) => [item.properties.id, item.geometry.coordinates]),
  );
}

export const METHOD =
  `world-atlas land-110m (topojson-client's feature), each polygon clipped at ${SEAM}° and to ` +
  `latitudes ${LATITUDES.join('..')}, simplified (turf.simplify, high quality, tolerance ` +
  `${TOLERANCE}°), projected as plate carrée with longitudes west of ${SEAM}° moved by 360°, ` +
  `rounded to 1/${UNITS_PER_DEGREE}°, rings under ${MIN_AREA} square degrees dropped, written as ` +
  'one SVG path (y southwards); with the label point of each island from island-labels.geojson.';

function main() {
  const value = {
    unitsPerDegree: UNITS_PER_DEGREE,
    seam: SEAM,
    land: landPath(readJson(join(root, LAND_INPUT))),
    islands: islandPoints(readJson(join(root, LABELS_INPUT))),
  };
  const record = writeDerived('locator.json', value, {
    inputs: [
      {
        path: LAND_INPUT,
        origin:
          'world-atlas 2.0.2 (ISC), from Natural Earth 1:110m land (public domain), ' +
          'https://github.com/topojson/world-atlas',
      },
      { path: LABELS_INPUT, origin: "the islands' label points, built by build-land.mjs" },
    ],
    method: METHOD,
    script: 'geodata/scripts/build-locator.mjs',
  });
  console.log(`locator.json: ${value.land.length} characters of path, ${record.bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
