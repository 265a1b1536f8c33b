import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import settlements from './fixtures/settlements.json';

const dataDir = join(__dirname, '..', '..', 'public', 'data');
const read = (name: string) => readFileSync(join(dataDir, name), 'utf8');
const load = <T = FeatureCollection>(name: string) => JSON.parse(read(name)) as T;
const OUTPUTS = [
  'islands.geojson',
  'island-labels.geojson',
  'region.geojson',
  'world.geojson',
  'borders.geojson',
  'relief.geojson',
];

/** Shoelace sum: positive for counter-clockwise rings in lon/lat. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Problems with a polygon feature under RFC 7946: closed rings, winding, self-intersections. */
export function polygonProblems(feature: Feature<Polygon | MultiPolygon>): string[] {
  const problems: string[] = [];
  polygonsOf(feature.geometry).forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (ring.length < 4) problems.push(`polygon ${p} ring ${r}: fewer than 4 positions`);
      if (first[0] !== last[0] || first[1] !== last[1])
        problems.push(`polygon ${p} ring ${r}: not closed`);
      const ccw = signedArea(ring) > 0;
      if (r === 0 && !ccw) problems.push(`polygon ${p}: exterior ring is clockwise`);
      if (r > 0 && ccw) problems.push(`polygon ${p} ring ${r}: hole is counter-clockwise`);
    });
    if (turf.kinks(turf.polygon(rings)).features.length > 0) {
      problems.push(`polygon ${p}: self-intersects`);
    }
  });
  return problems;
}

describe('geodata outputs', () => {
  it.each(OUTPUTS)('%s is a FeatureCollection with valid coordinates', (name) => {
    const collection = load(name);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(0);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      turf.coordEach(feature, (position) => {
        expect(position[0]).toBeGreaterThanOrEqual(-180);
        expect(position[0]).toBeLessThanOrEqual(180);
        expect(position[1]).toBeGreaterThanOrEqual(-90);
        expect(position[1]).toBeLessThanOrEqual(90);
      });
    }
  });

  it.each(['islands.geojson', 'region.geojson', 'world.geojson'])(
    '%s polygons follow RFC 7946 winding and do not self-intersect',
    (name) => {
      const problems =
        load<FeatureCollection<Polygon | MultiPolygon>>(name).features.flatMap(polygonProblems);
      expect(problems).toEqual([]);
    },
  );

  // Natural Earth 1:110m has no edge longer than about 10° of longitude; a longer one away from
  // the South Pole is a ring wrapped around the globe by a planar operation.
  // The relief's bands run along the straight edges of their box (120–175 E): not a wrap.
  const UNBOXED = OUTPUTS.filter((name) => name !== 'relief.geojson');
  it.each(UNBOXED)('%s has no edge that wraps around the globe', (name) => {
    const spanning: Position[][] = [];
    for (const feature of load(name).features) {
      turf.segmentEach(feature, (segment) => {
        const [a, b] = segment!.geometry.coordinates;
        if (Math.abs(a[0] - b[0]) > 20 && Math.max(a[1], b[1]) > -80) spanning.push([a, b]);
      });
    }
    expect(spanning).toEqual([]);
  });

  it('the winding and self-intersection check catches a bad polygon', () => {
    const bowtie = turf.polygon([
      [
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ]);
    const clockwise = turf.polygon([
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ]);
    expect(polygonProblems(bowtie)).toContain('polygon 0: self-intersects');
    expect(polygonProblems(clockwise)).toContain('polygon 0: exterior ring is clockwise');
  });

  it.each(OUTPUTS)('%s has a provenance record that matches its bytes', (name) => {
    const record = load<{
      sha256: string;
      inputs: { package: string; version: string; sha256: string; licence: string }[];
      command: string;
      script: string;
    }>(`${name}.source.json`);
    expect(record.sha256).toBe(createHash('sha256').update(read(name)).digest('hex'));
    expect(record.inputs.length).toBeGreaterThan(0);
    for (const input of record.inputs) {
      expect(input.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(input.licence).not.toBe('');
    }
    expect(record.command).toBe('npm run geodata');
    expect(readFileSync(join(__dirname, '..', '..', record.script), 'utf8')).toContain(name);
  });
});

describe('the hillshade’s tile', () => {
  const NAME = 'dem/4/14/5.png';
  const bytes = readFileSync(join(dataDir, NAME));
  const png = PNG.sync.read(bytes);
  /** The terrarium height (m) of the pixel at a point of tile 4/14/5. */
  const heightAt = ([lon, lat]: [number, number]) => {
    const column = Math.floor(((lon - 135) / 22.5) * png.width);
    const mercator = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const row = Math.floor(((1 - mercator / Math.PI) / 2) * 16 * png.height - 5 * png.height);
    const at = (row * png.width + column) * 4;
    return png.data[at] * 256 + png.data[at + 1] + png.data[at + 2] / 256 - 32768;
  };

  it('is 512 px of land heights: the sea flat at 0, Hokkaido’s mountains high', () => {
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(heightAt([148, 47])).toBe(0); // the Sea of Okhotsk
    expect(heightAt([153, 44])).toBe(0); // the Kuril–Kamchatka Trench
    expect(heightAt([142.85, 43.66])).toBeGreaterThan(800); // Daisetsuzan
    let highest = 0;
    for (let at = 0; at < png.data.length; at += 4)
      highest = Math.max(highest, png.data[at] * 256 + png.data[at + 1] - 32768);
    expect(highest).toBeLessThan(2400);
  });

  it('has a provenance record that matches its bytes', () => {
    const record = load<{ sha256: string; bytes: number; inputs: { sha256: string }[] }>(
      `${NAME}.source.json`,
    );
    expect(record.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(record.bytes).toBe(bytes.length);
    expect(record.inputs[0]).toMatchObject({
      package: 'ferret-datasets',
      sha256: expect.any(String),
    });
  });
});

describe('the four island units', () => {
  const islands =
    load<FeatureCollection<MultiPolygon, { id: string; islets?: (string | null)[] }>>(
      'islands.geojson',
    );
  const byId = (id: string) => islands.features.find((f) => f.properties.id === id)!;

  it('are four separate features with the stable ids', () => {
    expect(islands.features.map((f) => f.properties.id)).toEqual([
      'iturup',
      'kunashir',
      'shikotan',
      'habomai',
    ]);
    expect(byId('habomai').geometry.type).toBe('MultiPolygon');
    expect(byId('habomai').geometry.coordinates.length).toBeGreaterThanOrEqual(5);
  });

  it.each(settlements.settlements)('$name lies on $island', ({ island, coordinates }) => {
    const feature = byId(island);
    const inside = turf.booleanPointInPolygon(coordinates, feature);
    const kmToCoast = Math.min(
      ...feature.geometry.coordinates.map((rings) =>
        turf.pointToLineDistance(coordinates, turf.lineString(rings[0]), { units: 'kilometers' }),
      ),
    );
    expect(inside || kmToCoast <= 1).toBe(true);
    for (const other of islands.features.filter((f) => f.properties.id !== island)) {
      expect(turf.booleanPointInPolygon(coordinates, other)).toBe(false);
    }
  });

  // Official figures: Japan's GSI via hoppou.go.jp (S2) and MOFA (S1) for Habomai. GSHHG draws
  // the small Habomai islets larger than GSI measures them: the group comes to about 13% more.
  it.each([
    ['iturup', 3166.6, 0.05],
    ['kunashir', 1489.3, 0.05],
    ['shikotan', 247.7, 0.05],
    ['habomai', 95, 0.15],
  ] as const)('%s has an area near the official %d km²', (id, official, share) => {
    const km2 = turf.area(byId(id)) / 1e6;
    expect(Math.abs(km2 - official) / official).toBeLessThan(share);
  });

  it('names the main Habomai islets, largest first, Zelyony the largest', () => {
    const islets = byId('habomai').properties.islets!;
    expect(islets).toHaveLength(byId('habomai').geometry.coordinates.length);
    expect(islets[0]).toBe('zelyony');
    for (const id of ['tanfilyeva', 'polonskogo', 'yuri', 'anuchina', 'dyomina', 'oskolki']) {
      expect(islets).toContain(id);
    }
  });

  // Kaigara / Signalny: 3.7 km from Cape Nosappu (GSI, S2), at 43°23′42″ N, 145°51′34″ E (S14).
  it('draws Kaigara / Signalny off Cape Nosappu, where its sources put it', () => {
    const habomai = byId('habomai');
    const signalny = habomai.geometry.coordinates[habomai.properties.islets!.indexOf('signalny')];
    expect(signalny).toBeDefined();
    const centre = turf.centroid(turf.polygon(signalny)).geometry.coordinates;
    expect(turf.distance(centre, [145.85944, 43.395])).toBeLessThan(0.05);
    const fromCape = turf.pointToLineDistance([145.817, 43.3853], turf.lineString(signalny[0]));
    expect(Math.abs(fromCape - 3.7)).toBeLessThan(0.3);
  });

  it('has one label point per unit, on or near its island', () => {
    const labels =
      load<FeatureCollection<{ type: 'Point'; coordinates: Position }, { id: string }>>(
        'island-labels.geojson',
      );
    for (const label of labels.features) {
      const island = byId(label.properties.id);
      const km = turf.distance(
        label.geometry.coordinates,
        turf.center(island).geometry.coordinates,
      );
      expect(km).toBeLessThan(100);
    }
    expect(labels.features.map((f) => f.properties.id).sort()).toEqual(
      islands.features.map((f) => f.properties.id).sort(),
    );
  });
});

describe('relief', () => {
  const relief =
    load<FeatureCollection<MultiPolygon, { kind: string; metres: number }>>('relief.geojson');
  const band = (kind: string, metres: number) =>
    relief.features.find((f) => f.properties.kind === kind && f.properties.metres === metres)!;

  it('has every depth band down to the trench, and height bands', () => {
    expect(
      relief.features.filter((f) => f.properties.kind === 'depth').map((f) => f.properties.metres),
    ).toEqual([200, 1000, 2000, 3000, 4000, 5000, 6000, 7000]);
    expect(
      relief.features.filter((f) => f.properties.kind === 'height').map((f) => f.properties.metres),
    ).toEqual([200, 500, 1000]);
  });

  // The Kuril–Kamchatka Trench runs some 150 km off the Pacific side of the chain.
  it('shows the Kuril–Kamchatka Trench as a long 7,000 m band south-east of the four islands', () => {
    const trench = band('depth', 7000)
      .geometry.coordinates.map((rings) => turf.polygon(rings))
      .filter((polygon) => {
        const [west, south, east, north] = turf.bbox(polygon);
        return west < 149 && east > 153 && south < 44 && north > 46;
      });
    expect(trench).toHaveLength(1);
    const iturup = [147.88, 45.23];
    const nearest = turf.nearestPointOnLine(
      turf.lineString(trench[0].geometry.coordinates[0]),
      iturup,
    );
    expect(turf.bearing(iturup, nearest)).toBeGreaterThan(90);
    expect(turf.bearing(iturup, nearest)).toBeLessThan(180);
  });

  it('draws heights only on the land: none at sea off Nemuro', () => {
    for (const metres of [200, 500, 1000]) {
      expect(turf.booleanPointInPolygon([146.5, 43.2], band('height', metres))).toBe(false);
    }
    expect(turf.booleanPointInPolygon([142.854, 43.663], band('height', 1000))).toBe(true); // Asahidake
  });
});

describe('context land', () => {
  it('covers Hokkaido, Urup and Sakhalin; the world has the mainland and Kamchatka whole', () => {
    const region = load<FeatureCollection<MultiPolygon, { country: string }>>('region.geojson');
    const world = load<FeatureCollection<MultiPolygon>>('world.geojson');
    const inside = (collection: FeatureCollection<MultiPolygon>, point: Position) =>
      collection.features.some((f) => turf.booleanPointInPolygon(point, f));
    const islands: [string, Position][] = [
      ['Nemuro (Hokkaido)', [145.58, 43.33]],
      ['Urup', [149.95, 45.85]],
      ['Sakhalin', [142.8, 49.0]],
    ];
    for (const [name, point] of islands) expect(inside(region, point), name).toBe(true);
    const cut: [string, Position][] = [
      ['Kamchatka', [157.0, 52.5]],
      ['the mainland by the Tatar Strait', [139.5, 49.5]],
    ];
    for (const [name, point] of cut) {
      expect(inside(region, point), name).toBe(false);
      expect(inside(world, point), name).toBe(true);
    }
  });

  it('keeps the first-view data small', () => {
    const bytes = OUTPUTS.reduce((sum, name) => sum + Buffer.byteLength(read(name)), 0);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
