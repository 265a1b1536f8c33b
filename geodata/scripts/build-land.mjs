// Builds the basemap land and the four disputed island units:
//   islands.geojson  the four units (GSHHG full resolution), Habomai islets named by distance
//   region.geojson   context land around them (Hokkaido, the Kurils, Sakhalin, south Kamchatka)
//   world.geojson    Natural Earth land for the rest of the world, with the region cut out
//   borders.geojson  Natural Earth land borders between countries
import * as turf from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GMT, GSHHG, readGshhgLand } from './gshhg.mjs';
import {
  cleanPolygon,
  readPinnedInput,
  REGION_BBOX,
  roundCoordinates,
  rfc7946,
  root,
  writeOutput,
  writeTiles,
} from './lib.mjs';

const NE_LAND = {
  package: 'world-atlas',
  version: '2.0.2',
  file: 'land-110m.json',
  sha256: 'ead5f68119c49a9250902e7da303bcb209341bbb8fefe7369a439b48b704658a',
  licence: 'Public domain (Natural Earth); package ISC',
  attribution: 'Natural Earth',
  origin: 'Natural Earth 4.1.0 1:110m land',
};
const NE_COUNTRIES = {
  ...NE_LAND,
  file: 'countries-110m.json',
  sha256: '2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8',
  origin: 'Natural Earth 4.1.0 1:110m admin-0 countries',
};

const NE_LAND_50M = {
  ...NE_LAND,
  file: 'land-50m.json',
  sha256: '619477ff690c086885e45cb91707d783805561bd75ae8e437b7d4694b0204e0f',
  origin: 'Natural Earth 4.1.0 1:50m land',
};
const NE_COUNTRIES_50M = {
  ...NE_LAND,
  file: 'countries-50m.json',
  sha256: '04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394',
  origin: 'Natural Earth 4.1.0 1:50m admin-0 countries',
};
/**
 * The zooms of the world's finer land (src/map/style.ts draws it from the lower one on, enlarged
 * beyond the higher): a country at a venue's scale, where 1:110m would put coastal cities at sea.
 */
const DETAIL_ZOOMS = [4, 5];

/** All four units lie inside this box; so do the Nemuro peninsula and Shiretoko's tip. */
const DISPUTED_BBOX = [145.3, 43.2, 149.0, 45.7];
/** Small islets this close to a main island belong to its unit. */
const ATTACH_KM = 3;
/** Habomai islets of at least this area are the named ones (the smallest official figure is 2.1). */
const NAMED_ISLET_KM2 = 1;
/**
 * Outside the four units, land reaching north of this latitude is Russian: Hokkaido and its
 * islands end at 45.52 N (Cape Soya), Sakhalin begins at 45.89 N (Cape Crillon).
 */
const RUSSIA_NORTH_OF = 45.7;
const HOKKAIDO_SEED = [142.5, 43.5];
const CAPE_NOSAPPU = [145.817, 43.3853];
/**
 * Habomai islets and their distance from Cape Nosappu as given by the Japanese Government
 * (hoppou.go.jp, fact-sheet sources S2/P1); Dyomina's position is from the Russian description
 * (south of Zelyony, S15). The named-size polygon nearest that distance is taken as the islet.
 */
const HABOMAI_ISLETS = [
  { id: 'tanfilyeva', distanceKm: 7.0 },
  { id: 'anuchina', distanceKm: 13.7 },
  { id: 'yuri', distanceKm: 16.6 },
  { id: 'zelyony', distanceKm: 25.5 },
  { id: 'polonskogo', distanceKm: 45.5 },
];
/** The Oskolki rocks (S16: 43°35′ N, 146°25′ E): the largest polygon this near is named. */
const OSKOLKI = { id: 'oskolki', at: [146.417, 43.583], withinKm: 3 };
/**
 * Signalny / Kaigara, a rock of 0.0007 km² under its light (S14: 43°23′42″ N, 145°51′34″ E), is
 * too small for GSHHG; it is drawn as a disc of that area at that position.
 */
const SIGNALNY = { id: 'signalny', at: [145.85944, 43.395], areaKm2: 0.0007 };
const MAIN_ISLANDS = [
  { id: 'iturup', contains: [147.88, 45.23] }, // Kurilsk
  { id: 'kunashir', contains: [145.86, 44.03] }, // Yuzhno-Kurilsk
  { id: 'shikotan', contains: [146.74, 43.85] }, // Malokurilskoye
];
/** Simplification of the units: GSHHG's median segment here is about 0.11 km. */
const ISLAND_CLEANING = { tolerance: 0.0004, decimals: 4, minHoleKm2: 0.5 };
const REGION_CLEANING = { tolerance: 0.002, decimals: 4, minHoleKm2: 20 };
/**
 * Land in sight of the four units (Hokkaido with the Nemuro peninsula and Shiretoko, Urup) keeps
 * more of its detail, so its coast is drawn as finely as the islands' across the straits.
 */
const NEAR_BBOX = [144.5, 42.8, 150.5, 46.5];
const NEAR_CLEANING = { ...REGION_CLEANING, tolerance: 0.0008 };

const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
const inBox = ([x, y], [w, s, e, n]) => x >= w && x <= e && y >= s && y <= n;
const km2 = (rings) => turf.area(turf.polygon(rings)) / 1e6;
const distanceToRingKm = (point, rings) =>
  turf.pointToLineDistance(turf.point(point), turf.lineString(rings[0]), { units: 'kilometers' });

/** Shortest distance from any vertex of one ring to the other ring. */
function ringDistanceKm(ring, other) {
  const line = turf.lineString(other);
  return Math.min(...ring.map((c) => turf.pointToLineDistance(c, line, { units: 'kilometers' })));
}

/** Shortest vertex-to-vertex distance in km (GSHHG's vertices are about 0.1 km apart). */
function vertexDistanceKm(ring, points) {
  const kmPerDegree = 111.2;
  const cos = Math.cos((ring[0][1] * Math.PI) / 180);
  let best = Infinity;
  for (const [x, y] of ring) {
    for (const [px, py] of points) {
      const d = Math.hypot((x - px) * cos, y - py);
      if (d < best) best = d;
    }
  }
  return best * kmPerDegree;
}

/**
 * Shares out the land of the disputed box: Hokkaido, and every other polygon nearer to Hokkaido
 * than to the four units' main islands and named islets, is Japan's (the rocks off the Nemuro
 * peninsula and Shiretoko); the rest is the four units'.
 */
function disputedPolygons(rings) {
  const hokkaido = rings.find((r) => turf.booleanPointInPolygon(HOKKAIDO_SEED, turf.polygon([r])));
  const candidates = rings.filter((r) => r !== hokkaido && r.every((c) => inBox(c, DISPUTED_BBOX)));
  const anchors = candidates.filter(
    (r) => km2([r]) >= NAMED_ISLET_KM2 && vertexDistanceKm(r, hokkaido) > ATTACH_KM,
  );
  const hokkaidoShore = hokkaido.filter((c) => inBox(c, DISPUTED_BBOX));
  const anchorShore = anchors.flat();
  return candidates.filter(
    (r) =>
      anchors.includes(r) || vertexDistanceKm(r, anchorShore) < vertexDistanceKm(r, hokkaidoShore),
  );
}

function buildIslands(candidates) {
  const units = new Map(MAIN_ISLANDS.map((m) => [m.id, []]));
  const mains = MAIN_ISLANDS.map((m) => ({
    ...m,
    rings: candidates.find((rings) => turf.booleanPointInPolygon(m.contains, turf.polygon(rings))),
  }));
  for (const m of mains) {
    if (!m.rings) throw new Error(`no polygon contains the main settlement of ${m.id}`);
  }
  const habomai = [];
  for (const rings of candidates) {
    const main = mains.find((m) => m.rings === rings);
    if (main) {
      units.get(main.id).push(rings);
      continue;
    }
    const near = mains
      .map((m) => ({ id: m.id, km: ringDistanceKm(rings[0], m.rings[0]) }))
      .sort((a, b) => a.km - b.km)[0];
    if (near.km <= ATTACH_KM) units.get(near.id).push(rings);
    else habomai.push(rings);
  }
  // Name the Habomai islets: each listed islet takes the unclaimed polygon nearest its distance.
  const islets = habomai.map(() => null);
  for (const islet of HABOMAI_ISLETS) {
    let best = -1;
    let bestError = Infinity;
    habomai.forEach((rings, i) => {
      if (islets[i] !== null || km2(rings) < NAMED_ISLET_KM2) return;
      const error = Math.abs(distanceToRingKm(CAPE_NOSAPPU, rings) - islet.distanceKm);
      if (error < bestError) [best, bestError] = [i, error];
    });
    if (best >= 0 && bestError < 1.5) islets[best] = islet.id;
  }
  // Dyomina: the group south of Zelyony, the largest unnamed islet there.
  const zelyony = habomai[islets.indexOf('zelyony')];
  const centroid = (rings) => turf.centroid(turf.polygon(rings)).geometry.coordinates;
  const dyomina = habomai
    .map((rings, i) => ({ i, rings }))
    .filter(
      ({ i, rings }) =>
        islets[i] === null &&
        centroid(rings)[1] < centroid(zelyony)[1] &&
        distanceToRingKm(centroid(rings), zelyony) < 12,
    )
    .sort((a, b) => km2(b.rings) - km2(a.rings))[0];
  if (dyomina) islets[dyomina.i] = 'dyomina';
  const oskolki = habomai
    .map((rings, i) => ({ i, rings }))
    .filter(
      ({ i, rings }) =>
        islets[i] === null && distanceToRingKm(OSKOLKI.at, rings) < OSKOLKI.withinKm,
    )
    .sort((a, b) => km2(b.rings) - km2(a.rings))[0];
  if (oskolki) islets[oskolki.i] = OSKOLKI.id;
  const radiusKm = Math.sqrt(SIGNALNY.areaKm2 / Math.PI);
  const signalny = turf.circle(SIGNALNY.at, radiusKm, { steps: 16, units: 'kilometers' });
  habomai.push(signalny.geometry.coordinates);
  islets.push(SIGNALNY.id);

  const order = habomai
    .map((rings, i) => ({ rings, islet: islets[i] }))
    .sort((a, b) => km2(b.rings) - km2(a.rings));
  const features = [
    ...MAIN_ISLANDS.map(({ id }) => ({
      id,
      polygons: units.get(id).sort((a, b) => km2(b) - km2(a)),
    })),
    { id: 'habomai', polygons: order.map((o) => o.rings), islets: order.map((o) => o.islet) },
  ].map(({ id, polygons, islets: names }) => {
    const parts = polygons.flatMap((rings, i) => {
      const pieces = cleanPolygon(rings, ISLAND_CLEANING);
      // A rock a few metres across can collapse when rounded; anything larger, or named, must survive.
      if (pieces.length === 0 && (km2(rings) > 0.01 || names?.[i]))
        throw new Error(`${id}: polygon ${i} lost`);
      return pieces.map((piece, j) => ({ piece, islet: j === 0 ? (names?.[i] ?? null) : null }));
    });
    const geometry = { type: 'MultiPolygon', coordinates: parts.map((p) => p.piece) };
    const properties = { id };
    if (names) properties.islets = parts.map((p) => p.islet);
    return rfc7946({ type: 'Feature', properties, geometry });
  });
  return { type: 'FeatureCollection', features };
}

/** Just south of the Habomai group, so its label never hides the small islets. */
function habomaiLabelPoint(island) {
  const [west, south, east] = turf.bbox(island);
  return turf.point([(west + east) / 2, south - 0.06]);
}

/** Label anchors: a point inside the largest polygon, or just south of the Habomai group. */
function buildIslandLabels(islands) {
  const features = islands.features.map((island) => {
    const anchor =
      island.properties.id === 'habomai'
        ? habomaiLabelPoint(island)
        : turf.pointOnFeature(turf.polygon(island.geometry.coordinates[0]));
    // The unit's bounding box, for bringing it into view when it is chosen from a list.
    const bbox = turf.bbox(island).map((value) => Math.round(value * 1e4) / 1e4);
    return {
      type: 'Feature',
      properties: { id: island.properties.id, bbox },
      geometry: roundCoordinates(anchor.geometry, 4),
    };
  });
  return { type: 'FeatureCollection', features };
}

/** A point on Kamchatka's southern tip. */
const KAMCHATKA_SEED = [157.0, 52.0];

/** The ring reaches the region box's edge: part of the mainland, Honshu or Kamchatka. */
const reachesEdge = (ring) => {
  const [west, south, east, north] = REGION_BBOX;
  return ring.some(([x, y]) => x <= west || x >= east || y <= south || y >= north);
};

/**
 * The islands outside the four units, by country, as GSHHG gives no countries. Land the box
 * cuts (the mainland, Honshu, Kamchatka) is left to world.geojson, whole: a coast drawn from
 * two sources would show the seam where they meet.
 */
function buildRegion(rings, disputed) {
  const features = [];
  for (const country of ['JPN', 'RUS']) {
    const polygons = rings
      .filter((r) => !disputed.includes(r) && !reachesEdge(r))
      .filter((r) => r.some(([, y]) => y > RUSSIA_NORTH_OF) === (country === 'RUS'))
      .filter((r) => km2([r]) >= 0.3)
      .flatMap((r) =>
        cleanPolygon([r], r.some((c) => inBox(c, NEAR_BBOX)) ? NEAR_CLEANING : REGION_CLEANING),
      );
    const geometry = { type: 'MultiPolygon', coordinates: polygons };
    features.push(rfc7946({ type: 'Feature', properties: { country }, geometry }));
  }
  return { type: 'FeatureCollection', features };
}

/** Makes longitudes continuous along a ring: no edge jumps more than half the globe. */
function unwrapRing(ring) {
  const out = [ring[0]];
  for (const [x, y] of ring.slice(1)) {
    let lng = x;
    const previous = out[out.length - 1][0];
    while (lng - previous > 180) lng -= 360;
    while (lng - previous < -180) lng += 360;
    out.push([lng, y]);
  }
  return out;
}

/**
 * Natural Earth's rings cross the antimeridian (Chukotka, Fiji), which in a plane makes edges
 * that span the globe. Unwrap them and cut them at ±180 as RFC 7946 asks. A ring around a pole
 * (Antarctica) cannot be unwrapped and is left as it is.
 */
function splitAtAntimeridian(rings) {
  const unwrapped = rings.map(unwrapRing);
  const closes = unwrapped.every((ring) => ring[0][0] === ring[ring.length - 1][0]);
  const [west, , east] = turf.bbox(turf.polygon(closes ? unwrapped : rings));
  if (!closes || (west >= -180 && east <= 180)) return [rings];
  return [-360, 0, 360].flatMap((shift) => {
    const window = turf.bboxPolygon([-180 - shift, -90, 180 - shift, 90]);
    const part = turf.intersect(turf.featureCollection([turf.polygon(unwrapped), window]));
    if (!part) return [];
    return polygonsOf(part.geometry).map((polygon) =>
      polygon.map((ring) => ring.map(([x, y]) => [x + shift, y])),
    );
  });
}

/** Land and borders of Natural Earth (TopoJSON) but the islands inside the region's box, rounded to `decimals`. */
function buildWorld(landTopo, countriesTopo, decimals) {
  const source = feature(landTopo, landTopo.objects.land).features[0];
  const land = turf.multiPolygon(polygonsOf(source.geometry).flatMap(splitAtAntimeridian));
  // The islands wholly inside the region's box are region.geojson's, from GSHHG; land reaching
  // beyond it stays whole here (region.geojson leaves it out).
  const [west, south, east, north] = REGION_BBOX;
  const polygons = polygonsOf(land.geometry)
    .filter((rings) => {
      const [w, s, e, n] = turf.bbox(turf.polygon(rings));
      return !(w >= west && e <= east && s >= south && n <= north);
    })
    .flatMap((rings) => cleanPolygon(rings, { tolerance: 0, decimals, minHoleKm2: 1000 }));
  const world = rfc7946({
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  });
  const borderLines = mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
  const borders = {
    type: 'Feature',
    properties: {},
    geometry: roundCoordinates(borderLines, decimals),
  };
  return [
    { type: 'FeatureCollection', features: [world] },
    { type: 'FeatureCollection', features: [borders] },
  ];
}

const script = fileURLToPath(import.meta.url);
const record = ({ sha256, ...input }) => ({ ...input, sha256 });

const gshhg = record(GSHHG);
const land = readGshhgLand(REGION_BBOX);
const disputed = disputedPolygons(land);
const islands = buildIslands(disputed.map((ring) => [ring]));
const tools = [GMT];
writeOutput('islands.geojson', islands, {
  inputs: [gshhg],
  tools,
  script,
  method: `GSHHG level-1 shorelines in ${REGION_BBOX.join(', ')} (W, S, E, N) from gmt coast -Df -W -M -A0/1/1, the pieces joined end to end into rings (lakes filled). The polygons inside ${DISPUTED_BBOX.join(', ')} other than Hokkaido are shared out to the nearer shore: Hokkaido's, or that of the four units' main islands and islets of ${NAMED_ISLET_KM2} km² or more. Each of Iturup, Kunashir and Shikotan is the polygon holding its main settlement plus islets within ${ATTACH_KM} km; the rest form Habomai, islets named by their distance from Cape Nosappu (GSI, S2), Dyomina south of Zelyony (S15), Oskolki the largest polygon within ${OSKOLKI.withinKm} km of ${OSKOLKI.at.join(' E, ')} N (S16). Signalny (Kaigara), too small for GSHHG, is a disc of ${SIGNALNY.areaKm2} km² at ${SIGNALNY.at.join(' E, ')} N (S14). Holes under ${ISLAND_CLEANING.minHoleKm2} km² dropped; simplified at up to ${ISLAND_CLEANING.tolerance}° and rounded to ${ISLAND_CLEANING.decimals} decimals without self-intersections; RFC 7946 winding.`,
});
writeOutput('island-labels.geojson', buildIslandLabels(islands), {
  inputs: [gshhg],
  tools,
  script,
  method:
    'One label point per unit: a point inside its largest polygon (turf pointOnFeature); for Habomai, a point 0.06° south of the group; bbox is the bounding box of the unit.',
});
writeOutput('region.geojson', buildRegion(land, disputed), {
  inputs: [gshhg],
  tools,
  script,
  method: `GSHHG level-1 land in ${REGION_BBOX.join(', ')} (W, S, E, N), joined into rings as for islands.geojson, without the four disputed units and without the land the box's edge cuts (the mainland, Honshu and Kamchatka, which world.geojson draws whole); a polygon reaching north of ${RUSSIA_NORTH_OF}° N is RUS, any other JPN; polygons under 0.3 km² dropped; simplified at up to ${REGION_CLEANING.tolerance}° (${NEAR_CLEANING.tolerance}° for polygons reaching into ${NEAR_BBOX.join(', ')}) and rounded to ${REGION_CLEANING.decimals} decimals, keeping every polygon free of self-intersections.`,
});
const readTopo = (input) => JSON.parse(readPinnedInput(input).toString('utf8'));
const [world, borders] = buildWorld(readTopo(NE_LAND), readTopo(NE_COUNTRIES), 2);
writeOutput('world.geojson', world, {
  inputs: [record(NE_LAND)],
  script,
  method: `Natural Earth 1:110m land without the islands wholly inside the detailed region box ${REGION_BBOX.join(', ')} (region.geojson has them); land reaching beyond the box kept whole; holes under 1,000 km² dropped; rounded to 2 decimals without self-intersections.`,
});
writeOutput('borders.geojson', borders, {
  inputs: [record(NE_COUNTRIES)],
  script,
  method: `Natural Earth 1:110m land borders: arcs shared by two countries (topojson mesh); rounded to 2 decimals. Natural Earth draws de facto borders; no maritime lines are included.`,
});
// Not drawn (world.geojson draws Kamchatka whole), but the 1875 line runs midway between its
// tip and Shumshu: build-lines.mjs reads GSHHG's shore of it here.
const kamchatka = land.filter(
  (ring) => reachesEdge(ring) && turf.booleanPointInPolygon(KAMCHATKA_SEED, turf.polygon([ring])),
);
writeOutput(
  'kamchatka.geojson',
  {
    type: 'FeatureCollection',
    features: [
      rfc7946({
        type: 'Feature',
        properties: { name: 'Kamchatka' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: kamchatka.flatMap((ring) => cleanPolygon([ring], REGION_CLEANING)),
        },
      }),
    ],
  },
  {
    inputs: [gshhg],
    tools,
    script,
    method: `GSHHG level-1 land in ${REGION_BBOX.join(', ')} (W, S, E, N), joined into rings as for region.geojson and closed along the box's edge: the ring holding ${KAMCHATKA_SEED.join(' E, ')} N, cleaned as region.geojson. For build-lines.mjs, not drawn.`,
  },
  join(root, 'geodata', 'derived'),
);
const [detailLand, detailBorders] = buildWorld(
  readTopo(NE_LAND_50M),
  readTopo(NE_COUNTRIES_50M),
  3,
);
writeTiles('world-detail', { land: detailLand, borders: detailBorders }, DETAIL_ZOOMS, {
  inputs: [record(NE_LAND_50M), record(NE_COUNTRIES_50M)],
  script,
  method: `Natural Earth 1:50m land without the islands wholly inside the detailed region box ${REGION_BBOX.join(', ')} (region.geojson has them; land reaching beyond the box kept whole; holes under 1,000 km² dropped) and the 1:50m land borders (topojson mesh), rounded to 3 decimals, cut into Mapbox vector tiles (layers land and borders) at zooms ${DETAIL_ZOOMS.join(' and ')} by @maplibre/geojson-vt and @maplibre/vt-pbf; a tile with nothing in it is an empty file.`,
});
