import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { dispute, sourceById } from '../../src/data/dispute';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path));
const linesText = read('public/data/lines.geojson').toString('utf8');
const lines = JSON.parse(linesText) as FeatureCollection<LineString>;
const provenance = JSON.parse(read('public/data/lines.geojson.source.json').toString('utf8'));
const region = JSON.parse(read('public/data/region.geojson').toString('utf8')) as FeatureCollection<
  Polygon | MultiPolygon
>;
const islands = JSON.parse(
  read('public/data/islands.geojson').toString('utf8'),
) as FeatureCollection<Polygon | MultiPolygon>;

const polygons = (fc: FeatureCollection<Polygon | MultiPolygon>) =>
  fc.features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [turf.polygon(f.geometry.coordinates)]
      : f.geometry.coordinates.map((c) => turf.polygon(c)),
  );
// Kamchatka's tip, which world.geojson draws, has its GSHHG shore in geodata/derived.
const kamchatka = JSON.parse(
  read('geodata/derived/kamchatka.geojson').toString('utf8'),
) as FeatureCollection<Polygon | MultiPolygon>;
const land = [...polygons(region), ...polygons(islands), ...polygons(kamchatka)];
const line = (id: string) =>
  lines.features.find((f) => f.properties?.id === id) as Feature<LineString>;
const SEA_LINES = [
  'shimoda-1855',
  'first-kuril-strait-1875',
  'line-of-control-1945',
  'japan-claim-1951',
];

describe('public/data/lines.geojson', () => {
  it('holds one valid LineString per line of geodata/dispute/lines.json, in order', () => {
    expect(lines.type).toBe('FeatureCollection');
    expect(lines.features.map((f) => f.properties?.id)).toEqual(
      dispute.lines.lines.map((l) => l.id),
    );
    for (const feature of lines.features) {
      expect(feature.geometry.type).toBe('LineString');
      expect(feature.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
      expect(turf.booleanValid(feature), String(feature.id)).toBe(true);
      expect(turf.kinks(feature).features, String(feature.id)).toHaveLength(0);
      for (const [lon, lat] of feature.geometry.coordinates) {
        expect(lon).toBeGreaterThan(139);
        expect(lon).toBeLessThan(158);
        expect(lat).toBeGreaterThan(42);
        expect(lat).toBeLessThan(55);
      }
    }
  });

  it('carries the dates, kinds, names and sources of the metadata, marked approximate', () => {
    for (const meta of dispute.lines.lines) {
      const p = line(meta.id).properties!;
      expect(p).toMatchObject({
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
      });
      for (const id of p.sources as string[]) expect(sourceById(id), id).toBeDefined();
    }
  });

  const landCrossed = (feature: Feature<LineString>) =>
    land.filter((polygon) => turf.booleanIntersects(feature, polygon)).length;

  it('keeps the sea lines off the land', () => {
    for (const id of SEA_LINES) expect(landCrossed(line(id)), id).toBe(0);
  });

  it('would notice a line drawn across land', () => {
    // Cape Nosappu straight to Shikotan crosses the Habomai islets.
    expect(
      landCrossed(
        turf.lineString([
          [145.8175, 43.3854],
          [146.75, 43.8],
        ]),
      ),
    ).toBeGreaterThan(0);
  });

  it('draws the Sakhalin border on 50°N across Sakhalin only', () => {
    const border = line('sakhalin-50n-1905');
    expect(border.geometry.coordinates.every(([, lat]) => lat === 50)).toBe(true);
    const touched = land.filter((polygon) => turf.booleanIntersects(border, polygon));
    expect(touched).toHaveLength(1);
    expect(turf.booleanPointInPolygon([142.7, 50], touched[0])).toBe(true);
    const length = turf.length(border);
    expect(length).toBeGreaterThan(100);
    expect(length).toBeLessThan(200);
  });

  it('runs each sea line about midway between the two shores', () => {
    const at = (seed: [number, number]) => land.filter((p) => turf.booleanPointInPolygon(seed, p));
    const unit = (id: string) =>
      polygons({ ...islands, features: islands.features.filter((f) => f.properties?.id === id) });
    const habomai = unit('habomai');
    const hokkaido = at([143, 43.5]);
    // [line, a point of the strait, shores on one side, shores on the other]
    const probes: [string, [number, number], Feature<Polygon>[], Feature<Polygon>[]][] = [
      ['shimoda-1855', [149.15, 45.55], at([148.5, 45.3]), at([149.9, 45.85])],
      ['first-kuril-strait-1875', [156.6, 50.85], at([157, 52]), at([156.35, 50.75])],
      ['line-of-control-1945', [145.3, 43.8], hokkaido, unit('kunashir')],
      // Off Cape Nosappu the line runs midway between the cape and Kaigara (Signalny).
      ['line-of-control-1945', [145.8175, 43.3854], hokkaido, habomai],
    ];
    for (const [id, seed, a, b] of probes) {
      expect(a.length, `${id}: shore A`).toBeGreaterThan(0);
      expect(b.length, `${id}: shore B`).toBeGreaterThan(0);
      const probe = turf.nearestPointOnLine(line(id), seed);
      const dist = (group: Feature<Polygon>[]) =>
        Math.min(
          ...group.map((p) =>
            turf.pointToLineDistance(probe, turf.lineString(p.geometry.coordinates[0])),
          ),
        );
      const [da, db] = [dist(a), dist(b)];
      expect(Math.abs(da - db) / (da + db), `${id} near ${seed}: ${da} vs ${db} km`).toBeLessThan(
        0.15,
      );
    }
  });

  it('passes through the strait off Cape Nosappu', () => {
    const nosappu = turf.point([145.8175, 43.3854]);
    const distance = turf.pointToLineDistance(nosappu, line('line-of-control-1945'));
    expect(distance).toBeGreaterThan(1);
    expect(distance).toBeLessThan(5);
  });

  it('uses the same course for the 1855 line and the border Japan claims', () => {
    expect(line('japan-claim-1951').geometry).toEqual(line('shimoda-1855').geometry);
  });

  it('records its provenance: current input hashes, licence, method and command', () => {
    const sha = (path: string) => createHash('sha256').update(read(path)).digest('hex');
    expect(provenance.output).toBe('public/data/lines.geojson');
    expect(provenance.sha256).toBe(createHash('sha256').update(linesText).digest('hex'));
    expect(provenance.inputs.map((i: { path: string }) => i.path)).toEqual([
      'public/data/region.geojson',
      'public/data/islands.geojson',
      'geodata/derived/kamchatka.geojson',
      'geodata/dispute/lines.json',
    ]);
    for (const input of provenance.inputs) expect(input.sha256, input.path).toBe(sha(input.path));
    expect(provenance.licence).toContain('LGPL-3.0-or-later');
    expect(provenance.method).toContain('median');
    expect(provenance.command).toBe('node geodata/scripts/build-lines.mjs');
  });

  const out = mkdtempSync(join(tmpdir(), 'lines-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is rebuilt byte for byte by the script', { timeout: 120_000 }, () => {
    execFileSync(process.execPath, [join(root, 'geodata/scripts/build-lines.mjs'), '--out', out], {
      cwd: root,
      stdio: 'pipe',
    });
    expect(readFileSync(join(out, 'lines.geojson'), 'utf8')).toBe(linesText);
    expect(readFileSync(join(out, 'lines.geojson.source.json'), 'utf8')).toBe(
      read('public/data/lines.geojson.source.json').toString('utf8'),
    );
  });
});
