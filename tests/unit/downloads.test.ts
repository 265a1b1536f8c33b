// The files of the Data view (public/data/download/) stay in step with the data set the map reads:
// rebuilt in memory from it, they equal the committed files; the CSVs parse (papaparse, a parser
// other than the writer, so a quoting fault cannot hide), hold one row per record, and leave no
// required cell empty; every cited source id resolves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildDownloads,
  DOWNLOAD_DIR,
  inputRecords,
} from '../../geodata/scripts/build-downloads.mjs';
import { dispute, rawDispute } from '../../src/data/dispute';
import { validateDispute } from '../../src/data/validate';

const root = join(__dirname, '..', '..');
const folder = join(root, DOWNLOAD_DIR);
const read = (name: string) => readFileSync(join(folder, name), 'utf8');
const readGeojson = (path: string) =>
  JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection;

interface Entry {
  name: string;
  format: 'csv' | 'json' | 'geojson';
  group: string;
  bytes: number;
  records: number | null;
  columns: string[];
  required: string[];
  licences: { covers: string; licence: string; source?: string }[];
}
const manifest = JSON.parse(read('manifest.json')) as { files: Entry[] };
const entry = (name: string) => manifest.files.find((file) => file.name === name)!;

function parseCsv(name: string) {
  const parsed = Papa.parse<Record<string, string>>(read(name), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed;
}

/** The number of records each table must have, from the data set itself. */
const EXPECTED_RECORDS: Record<string, number> = {
  islands: dispute.islands.islands.length,
  'island-figures': dispute.islands.islands.reduce(
    (sum, island) =>
      sum + island.area.length + island.highestPoint.length + island.population.length,
    0,
  ),
  claims: dispute.claims.claims.length,
  arguments: dispute.claims.arguments.length,
  events: dispute.events.events.length,
  meetings: dispute.meetings.meetings.length,
  venues: dispute.venues.venues.length,
  sources: dispute.sources.sources.length,
};
const csvFiles = manifest.files.filter((file) => file.format === 'csv');

describe('the files of the Data view (public/data/download/)', () => {
  it('are built from a data set that passes its checks', () => {
    expect(validateDispute(rawDispute)).toEqual([]);
  });

  it('equal a fresh build from the data set, islands.geojson and lines.geojson', () => {
    const fresh = buildDownloads({
      data: rawDispute,
      islands: readGeojson('public/data/islands.geojson'),
      lines: readGeojson('public/data/lines.geojson'),
      inputs: inputRecords(),
    });
    expect(readdirSync(folder).sort()).toEqual([...fresh.keys()].sort());
    // After a change to the data set: `node geodata/scripts/build-downloads.mjs` rebuilds them.
    for (const [name, text] of fresh)
      expect(read(name), `${name}: run node geodata/scripts/build-downloads.mjs`).toBe(text);
  });

  it('offer every table as CSV and JSON, and the islands, venues and lines as GeoJSON', () => {
    for (const table of Object.keys(EXPECTED_RECORDS)) {
      expect(entry(`kuril-${table}.csv`), table).toBeDefined();
      expect(entry(`kuril-${table}.json`), table).toBeDefined();
    }
    for (const layer of ['islands', 'venues', 'lines'])
      expect(entry(`kuril-${layer}.geojson`), layer).toBeDefined();
  });

  it.each(csvFiles.map((file) => file.name))(
    '%s parses, one row per record, no required cell empty',
    (name) => {
      const { data: rows, errors, meta } = parseCsv(name);
      expect(errors).toEqual([]);
      const file = entry(name);
      expect(meta.fields).toEqual(file.columns);
      for (const column of file.columns) expect(column).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(rows).toHaveLength(EXPECTED_RECORDS[file.group]!);
      expect(file.records).toBe(rows.length);
      expect(file.required.length).toBeGreaterThan(0);
      rows.forEach((row, index) => {
        for (const column of file.required)
          expect(row[column]?.trim(), `${name} row ${index + 1} ${column}`).not.toBe('');
      });
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (/^(date_start|date_end|as_of|in_force)$/.test(column) && value)
            expect(value, `${name} ${column}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }
    },
  );

  it('hold the same records in JSON as in CSV', () => {
    for (const file of csvFiles) {
      const { records } = JSON.parse(read(file.name.replace(/\.csv$/, '.json'))) as {
        records: Record<string, unknown>[];
      };
      const asCells = records.map((record) =>
        Object.fromEntries(
          Object.entries(record).map(([key, value]) => [
            key,
            value === null ? '' : Array.isArray(value) ? value.join(';') : String(value),
          ]),
        ),
      );
      expect(asCells, file.name).toEqual(parseCsv(file.name).data);
    }
  });

  it('cite only source ids that kuril-sources.csv resolves to a title, publisher and web address', () => {
    const sources = new Map(parseCsv('kuril-sources.csv').data.map((row) => [row.id, row]));
    for (const source of sources.values()) {
      expect(source.title && source.publisher).toBeTruthy();
      expect(source.url).toMatch(/^https?:\/\//);
    }
    for (const file of csvFiles) {
      for (const row of parseCsv(file.name).data) {
        for (const [column, value] of Object.entries(row)) {
          if (!/(^|_)sources$/.test(column) || !value) continue;
          for (const id of value.split(';')) {
            expect(sources.has(id), `${file.name} ${column} ${id}`).toBe(true);
          }
        }
      }
    }
    // Every record but a source's own cites at least one.
    for (const file of csvFiles.filter((f) => f.group !== 'sources'))
      expect(file.columns, file.name).toContain('sources');
  });

  it('give each file its licences: the project data, and the data set of its geometry', () => {
    for (const file of manifest.files) {
      expect(file.bytes, file.name).toBe(Buffer.byteLength(read(file.name)));
      expect(file.licences[0], file.name).toMatchObject({ covers: 'data', licence: 'MIT' });
    }
    const geometrySource = (name: string) =>
      entry(name).licences.find((licence) => licence.covers !== 'data')?.source;
    expect(geometrySource('kuril-islands.geojson')).toBe('GSHHG');
    expect(geometrySource('kuril-lines.geojson')).toBe('GSHHG');
    expect(geometrySource('kuril-venues.geojson')).toBe('GN');
    expect(geometrySource('kuril-venues.csv')).toBe('GN');
  });

  it('draw every island unit, venue and line of the data set in the GeoJSON files', () => {
    const features = (name: string) => (JSON.parse(read(name)) as FeatureCollection).features;
    const ids = (name: string) => features(name).map((feature) => feature.properties!.id);
    expect(ids('kuril-islands.geojson')).toEqual(dispute.islands.islands.map((i) => i.id));
    expect(ids('kuril-venues.geojson')).toEqual(dispute.venues.venues.map((v) => v.id));
    expect(ids('kuril-lines.geojson').sort()).toEqual(dispute.lines.lines.map((l) => l.id).sort());
    expect(new Set(features('kuril-islands.geojson').map((f) => f.geometry.type))).toEqual(
      new Set(['MultiPolygon']),
    );
    expect(new Set(features('kuril-venues.geojson').map((f) => f.geometry.type))).toEqual(
      new Set(['Point']),
    );
  });
});
