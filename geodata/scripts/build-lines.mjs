// Builds public/data/lines.geojson: the historical borders and today's lines, derived from the
// coastline polygons of public/data/region.geojson and public/data/islands.geojson.
//
// Sea lines are the set of points equidistant from two groups of shores (a median line), traced
// as the zero contour of d(A) - d(B) on a fine grid over the strait; the Sakhalin line follows the
// 50th parallel from coast to coast. Names, dates and sources come from geodata/dispute/lines.json.
// Every line is approximate and marked so. The output is deterministic: same inputs, same bytes.
//
// Usage: node geodata/scripts/build-lines.mjs [--out <dir>] [--region <file>] [--islands <file>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { GSHHG_DERIVED } from './gshhg.mjs';
import { root, roundCoordinates, sha256 } from './lib.mjs';

/** Reads the inputs and writes lines.geojson and its provenance record. */
function main() {
  function option(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
  }

  const paths = {
    region: option('region', join(root, 'public', 'data', 'region.geojson')),
    kamchatka: option('kamchatka', join(root, 'geodata', 'derived', 'kamchatka.geojson')),
    islands: option('islands', join(root, 'public', 'data', 'islands.geojson')),
    lines: join(root, 'geodata', 'dispute', 'lines.json'),
    out: option('out', join(root, 'public', 'data')),
  };

  const bytes = {
    region: readFileSync(paths.region),
    kamchatka: readFileSync(paths.kamchatka),
    islands: readFileSync(paths.islands),
    lines: readFileSync(paths.lines),
  };
  const region = JSON.parse(bytes.region.toString('utf8'));
  const kamchatkaShore = JSON.parse(bytes.kamchatka.toString('utf8'));
  const islands = JSON.parse(bytes.islands.toString('utf8'));
  const lineMeta = JSON.parse(bytes.lines.toString('utf8')).lines;

  /** Each polygon of a (Multi)Polygon feature, as a list of rings. */
  const polygonsOf = (feature) =>
    feature.geometry.type === 'Polygon'
      ? [feature.geometry.coordinates]
      : feature.geometry.coordinates;

  const regionPolygons = (country) =>
    region.features.filter((f) => f.properties.country === country).flatMap(polygonsOf);
  const islandPolygons = (...ids) =>
    islands.features.filter((f) => ids.includes(f.properties.id)).flatMap(polygonsOf);
  const allLand = [
    ...regionPolygons('JPN'),
    ...regionPolygons('RUS'),
    ...islandPolygons('iturup', 'kunashir', 'shikotan', 'habomai'),
  ];

  /** The one polygon that holds a seed point; throws when the coastline data lacks it. */
  function polygonAt(polygons, seed, name) {
    const found = polygons.filter((rings) => turf.booleanPointInPolygon(seed, turf.polygon(rings)));
    if (found.length !== 1)
      throw new Error(`${name}: expected one land polygon at ${seed}, found ${found.length}`);
    return found[0];
  }

  const bboxesMeet = (a, b) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
  const within = (polygons, bbox) =>
    polygons.filter((rings) => bboxesMeet(turf.bbox(turf.polygon(rings)), bbox));

  // -------------------------------------------------------------------------------------------
  // Median line between two groups of polygons inside a box

  /** Shore segments of the polygons near the box, in local kilometres. */
  function segmentsNear(polygons, bbox, project) {
    const margin = 0.5;
    const near = [bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin];
    const out = [];
    for (const rings of polygons) {
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i += 1) {
          const [a, b] = [ring[i], ring[i + 1]];
          if (Math.max(a[0], b[0]) < near[0] || Math.min(a[0], b[0]) > near[2]) continue;
          if (Math.max(a[1], b[1]) < near[1] || Math.min(a[1], b[1]) > near[3]) continue;
          out.push(...project(a), ...project(b));
        }
      }
    }
    return Float64Array.from(out);
  }

  function distanceToSegments(x, y, segs) {
    let best = Infinity;
    for (let i = 0; i < segs.length; i += 4) {
      const ax = segs[i];
      const ay = segs[i + 1];
      const dx = segs[i + 2] - ax;
      const dy = segs[i + 3] - ay;
      const len2 = dx * dx + dy * dy;
      let t = len2 === 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / len2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      const d2 = ex * ex + ey * ey;
      if (d2 < best) best = d2;
    }
    return Math.sqrt(best);
  }

  /** Polygons ready for fast point-in-polygon tests. */
  const prepare = (polygons) =>
    polygons.map((rings) => {
      const feature = turf.polygon(rings);
      return { feature, bbox: turf.bbox(feature) };
    });

  const inside = ([x, y], prepared) =>
    prepared.some(
      ({ feature, bbox }) =>
        x >= bbox[0] &&
        x <= bbox[2] &&
        y >= bbox[1] &&
        y <= bbox[3] &&
        turf.booleanPointInPolygon([x, y], feature),
    );

  /** Signed distance: negative inside the land. */
  function signedDistance(point, xy, segs, prepared) {
    const d = distanceToSegments(xy[0], xy[1], segs);
    return inside(point, prepared) ? -d : d;
  }

  /**
   * Traces the zero contour of d(A) - d(B) over a grid (marching squares) and returns its longest
   * connected piece as a list of [lon, lat].
   */
  function medianLine(groupA, groupB, bbox, step) {
    const lat0 = (bbox[1] + bbox[3]) / 2;
    const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
    const ky = 110.57;
    const project = ([lon, lat]) => [lon * kx, lat * ky];
    const segsA = segmentsNear(groupA, bbox, project);
    const segsB = segmentsNear(groupB, bbox, project);
    const polysA = prepare(within(groupA, bbox));
    const polysB = prepare(within(groupB, bbox));

    const nx = Math.round((bbox[2] - bbox[0]) / step) + 1;
    const ny = Math.round((bbox[3] - bbox[1]) / step) + 1;
    const lon = (i) => bbox[0] + i * step;
    const lat = (j) => bbox[1] + j * step;
    const value = new Float64Array(nx * ny);
    for (let j = 0; j < ny; j += 1) {
      for (let i = 0; i < nx; i += 1) {
        const p = [lon(i), lat(j)];
        const xy = project(p);
        value[j * nx + i] =
          signedDistance(p, xy, segsA, polysA) - signedDistance(p, xy, segsB, polysB);
      }
    }
    const v = (i, j) => value[j * nx + i];

    // Crossing points, one per grid edge, keyed by edge: h:i:j (i,j)-(i+1,j); v:i:j (i,j)-(i,j+1).
    const points = new Map();
    const crossing = (key, i0, j0, i1, j1) => {
      if (!points.has(key)) {
        const a = v(i0, j0);
        const b = v(i1, j1);
        const t = a / (a - b);
        points.set(key, [lon(i0) + t * (lon(i1) - lon(i0)), lat(j0) + t * (lat(j1) - lat(j0))]);
      }
      return key;
    };
    const segments = [];
    for (let j = 0; j + 1 < ny; j += 1) {
      for (let i = 0; i + 1 < nx; i += 1) {
        const corners = [v(i, j), v(i + 1, j), v(i + 1, j + 1), v(i, j + 1)];
        const edges = [];
        const sides = [
          [0, 1, `h:${i}:${j}`, i, j, i + 1, j],
          [1, 2, `v:${i + 1}:${j}`, i + 1, j, i + 1, j + 1],
          [3, 2, `h:${i}:${j + 1}`, i, j + 1, i + 1, j + 1],
          [0, 3, `v:${i}:${j}`, i, j, i, j + 1],
        ];
        for (const [a, b, key, i0, j0, i1, j1] of sides) {
          if (corners[a] > 0 !== corners[b] > 0) edges.push(crossing(key, i0, j0, i1, j1));
        }
        if (edges.length === 2) {
          segments.push(edges);
        } else if (edges.length === 4) {
          // Saddle: pair the crossings by the sign at the cell centre.
          const centre = corners.reduce((s, c) => s + c, 0) / 4;
          const pairs =
            centre > 0 === corners[0] > 0
              ? [
                  [0, 1],
                  [2, 3],
                ]
              : [
                  [0, 3],
                  [1, 2],
                ];
          for (const [a, b] of pairs) segments.push([edges[a], edges[b]]);
        }
      }
    }

    // Join the segments into chains through shared crossings.
    const byPoint = new Map();
    segments.forEach(([a, b], n) => {
      for (const key of [a, b]) byPoint.set(key, [...(byPoint.get(key) ?? []), n]);
    });
    const used = new Uint8Array(segments.length);
    const extend = (chain, from) => {
      for (;;) {
        const next = (byPoint.get(from) ?? []).find((n) => !used[n]);
        if (next === undefined) return;
        used[next] = 1;
        const [a, b] = segments[next];
        from = a === from ? b : a;
        chain.push(from);
      }
    };
    let longest = [];
    segments.forEach(([a, b], n) => {
      if (used[n]) return;
      used[n] = 1;
      const forward = [a, b];
      extend(forward, b);
      const backward = [a];
      extend(backward, a);
      const chain = [...backward.slice(1).reverse(), ...forward];
      if (chain.length > longest.length) longest = chain;
    });
    return longest.map((key) => points.get(key));
  }

  // -------------------------------------------------------------------------------------------
  // Land border along a parallel

  /** The stretch of a parallel across one polygon, from its westmost to its eastmost crossing. */
  function alongParallel(rings, latitude, step) {
    const xs = [];
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const [[x0, y0], [x1, y1]] = [ring[i], ring[i + 1]];
        if (y0 > latitude !== y1 > latitude)
          xs.push(x0 + ((latitude - y0) / (y1 - y0)) * (x1 - x0));
      }
    }
    if (xs.length < 2) throw new Error(`no coast found at ${latitude}°`);
    const west = Math.min(...xs);
    const east = Math.max(...xs);
    const coords = [[west, latitude]];
    for (let x = Math.ceil(west / step) * step; x < east; x += step) {
      if (x > west) coords.push([x, latitude]);
    }
    coords.push([east, latitude]);
    return coords;
  }

  // -------------------------------------------------------------------------------------------
  // Finishing: simplify, round, orient, and check against the land

  const round = (coords) => roundCoordinates({ coordinates: coords }, 4).coordinates;

  function crossesLand(coords) {
    const line = turf.lineString(coords);
    return allLand.some((rings) => turf.booleanIntersects(line, turf.polygon(rings)));
  }

  function finishSeaLine(coords, name) {
    if (coords.length < 2) throw new Error(`${name}: no median line found`);
    // North end first, so reruns and readers see the same orientation.
    const oriented = coords[0][1] >= coords[coords.length - 1][1] ? coords : [...coords].reverse();
    for (const tolerance of [0.001, 0.0005, 0]) {
      const simplified =
        tolerance === 0
          ? oriented
          : turf.simplify(turf.lineString(oriented), { tolerance, highQuality: true }).geometry
              .coordinates;
      const rounded = round(simplified);
      if (!crossesLand(rounded)) return rounded;
    }
    throw new Error(`${name}: the median line crosses land`);
  }

  // -------------------------------------------------------------------------------------------
  // The lines

  const SEEDS = {
    hokkaido: [143.0, 43.5],
    kamchatka: [157.0, 52.0],
    sakhalin: [142.7, 50.0],
  };

  const rus = regionPolygons('RUS');
  const kamchatka = polygonAt(
    kamchatkaShore.features.flatMap(polygonsOf),
    SEEDS.kamchatka,
    'Kamchatka',
  );
  const sakhalin = polygonAt(rus, SEEDS.sakhalin, 'Sakhalin');
  polygonAt(regionPolygons('JPN'), SEEDS.hokkaido, 'Hokkaido');

  const VRIES_BOX = [148.7, 45.2, 149.7, 46.0];
  const FIRST_KURIL_BOX = [156.15, 50.55, 157.0, 51.05];
  const NEMURO_BOX = [144.9, 43.0, 146.3, 44.45];
  const STEP = 0.004;

  const vries = () =>
    finishSeaLine(
      medianLine(islandPolygons('iturup'), within(rus, VRIES_BOX), VRIES_BOX, STEP),
      'Vries Strait',
    );

  const geometry = {
    'shimoda-1855': vries,
    'japan-claim-1951': vries,
    'first-kuril-strait-1875': () =>
      finishSeaLine(
        medianLine(
          [kamchatka],
          within(rus, FIRST_KURIL_BOX).filter((p) => p !== kamchatka),
          FIRST_KURIL_BOX,
          STEP / 2,
        ),
        'First Kuril Strait',
      ),
    'sakhalin-50n-1905': () => round(alongParallel(sakhalin, 50, 0.1)),
    'line-of-control-1945': () =>
      finishSeaLine(
        medianLine(
          within(regionPolygons('JPN'), NEMURO_BOX),
          islandPolygons('kunashir', 'habomai', 'shikotan'),
          NEMURO_BOX,
          STEP,
        ),
        'Nemuro and Soviet straits',
      ),
  };

  const METHOD = {
    sea: 'median line: zero contour of the difference of the distances to the two shores, on a grid',
  };

  const features = lineMeta.map((meta) => {
    const build = geometry[meta.id];
    if (!build) throw new Error(`no geometry rule for line ${meta.id}`);
    return {
      type: 'Feature',
      id: meta.id,
      properties: {
        id: meta.id,
        kind: meta.kind,
        kind_japan: meta.viewedAs.japan,
        kind_russia: meta.viewedAs.russia,
        validFrom: meta.validFrom,
        validTo: meta.validTo,
        approximate: true,
        sources: meta.sources,
        name: meta.name,
        name_en: meta.name.en,
        name_ru: meta.name.ru,
        name_ja: meta.name.ja,
      },
      geometry: { type: 'LineString', coordinates: build() },
    };
  });

  const collection = { type: 'FeatureCollection', features };
  const text = JSON.stringify(collection) + '\n';
  mkdirSync(paths.out, { recursive: true });
  writeFileSync(join(paths.out, 'lines.geojson'), text);

  const rel = (p) => relative(root, p).split('\\').join('/');
  const record = {
    output: 'public/data/lines.geojson',
    sha256: sha256(Buffer.from(text)),
    bytes: Buffer.byteLength(text),
    inputs: [
      {
        path: rel(paths.region),
        sha256: sha256(bytes.region),
        ...GSHHG_DERIVED,
      },
      {
        path: rel(paths.islands),
        sha256: sha256(bytes.islands),
        ...GSHHG_DERIVED,
      },
      {
        path: rel(paths.kamchatka),
        sha256: sha256(bytes.kamchatka),
        ...GSHHG_DERIVED,
      },
      {
        path: rel(paths.lines),
        sha256: sha256(bytes.lines),
        licence: 'MIT (project data: names, dates, sources)',
      },
    ],
    licence: `${GSHHG_DERIVED.licence} (derived from GSHHG)`,
    attribution: GSHHG_DERIVED.attribution,
    method:
      `Approximate lines. Sea lines (Vries Strait between Iturup and Urup: 1855 border and the border Japan claims; ` +
      `First Kuril Strait between Kamchatka and Shumshu: 1875 border; Nemuro Strait and Soviet (Goyomai) Strait ` +
      `between Hokkaido and Kunashir, Habomai and Shikotan: line of control since 1945) are the ${METHOD.sea} of ` +
      `${STEP}° (${STEP / 2}° for the First Kuril Strait) in the boxes ${JSON.stringify(VRIES_BOX)}, ` +
      `${JSON.stringify(FIRST_KURIL_BOX)} and ${JSON.stringify(NEMURO_BOX)} (W, S, E, N), distances in a local ` +
      `equirectangular projection; the longest piece is kept, simplified at up to 0.001° as long as it stays clear ` +
      `of all land, rounded to 4 decimals and oriented north to south. Off Cape Nosappu the line runs midway ` +
      `between the cape and Kaigara (Signalny), which islands.geojson draws at its charted position. The 1905–1945 Sakhalin border follows 50° N ` +
      `across the Sakhalin polygon from its westmost to its eastmost coast crossing, with a vertex every 0.1°. ` +
      `Names, dates and sources from geodata/dispute/lines.json.`,
    script: 'geodata/scripts/build-lines.mjs',
    command: 'node geodata/scripts/build-lines.mjs',
  };
  writeFileSync(
    join(paths.out, 'lines.geojson.source.json'),
    JSON.stringify(record, null, 2) + '\n',
  );
  console.log(`lines.geojson: ${features.length} lines, ${record.bytes} bytes`);
}

// Only when run, not when imported.
if (process.argv[1] === fileURLToPath(import.meta.url)) main();
