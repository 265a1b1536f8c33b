import fc from 'fast-check';
import { Hash, type Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  parseCamera,
  parseHash,
  preferredLang,
  VENUE_IDS,
  writeCamera,
  withCamera,
  writeHash,
  FIRST_YEAR,
  type Camera,
  type HashOptions,
  type ViewState,
} from '../../src/state/url';
import { dispute } from '../../src/data/dispute';
import { EVENT_YEARS } from '../../src/history/timeline';

const options: HashOptions = { defaultLang: 'en', currentYear: 2026 };
const parse = (hash: string) => parseHash(hash, options);
const write = (state: ViewState) => writeHash(state, options);

const ISLANDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
const POVS = ['neutral', 'japan', 'russia'] as const;
const LANGS = ['en', 'ru', 'ja'] as const;
const KNOWN = [
  'map',
  'island',
  'venue',
  'pov',
  'lang',
  'year',
  'embed',
  'trail',
  'period',
  'globe',
  'lock',
  'compare',
  'tour',
];
const TRAILS = ['all', 'summit', '2plus2'] as const;
const CHAPTERS = dispute.tour.chapters.map((chapter) => chapter.id);

const DEFAULTS: ViewState = {
  camera: null,
  island: null,
  venue: null,
  pov: 'neutral',
  lang: 'en',
  year: null,
  embed: false,
  trail: null,
  period: null,
  globe: false,
  lock: false,
  compare: false,
  tour: null,
  extra: [],
};

const between = (n: number, min: number, max: number) =>
  Number.isFinite(n) && !Object.is(n, -0) && n >= min && n <= max;

/** An independent check that a state is one the app can show. */
function isValidState(state: ViewState): boolean {
  const c = state.camera;
  return (
    (c === null ||
      (between(c.zoom, 0, 24) &&
        between(c.lat, -85.0511, 85.0511) &&
        between(c.lng, -180, 180) &&
        between(c.bearing, -180, 180) &&
        between(c.pitch, 0, 85))) &&
    (state.island === null || (ISLANDS as readonly string[]).includes(state.island)) &&
    (state.venue === null || VENUE_IDS.includes(state.venue)) &&
    !(state.island && state.venue) &&
    (POVS as readonly string[]).includes(state.pov) &&
    (LANGS as readonly string[]).includes(state.lang) &&
    (state.year === null ||
      (Number.isInteger(state.year) && state.year >= 1615 && state.year <= 2026)) &&
    typeof state.embed === 'boolean' &&
    (state.trail === null || (TRAILS as readonly string[]).includes(state.trail)) &&
    (state.period === null ||
      (Number.isInteger(state.period[0]) &&
        Number.isInteger(state.period[1]) &&
        state.period[0] >= 1855 &&
        state.period[0] <= state.period[1] &&
        state.period[1] <= 2026)) &&
    typeof state.globe === 'boolean' &&
    (state.tour === null || CHAPTERS.includes(state.tour)) &&
    Array.isArray(state.extra) &&
    state.extra.every(
      ([k, v]) => typeof k === 'string' && k !== '' && typeof v === 'string' && !KNOWN.includes(k),
    )
  );
}

const camera = (zoom: number, lat: number, lng: number, bearing = 0, pitch = 0): Camera => ({
  zoom,
  lat,
  lng,
  bearing,
  pitch,
});

describe('parseHash', () => {
  it('reads a full link, with or without the leading #', () => {
    const full =
      'map=7.25/44.5/146.8&island=iturup&pov=japan&lang=ru&year=1956&embed=1&trail=summit&period=1991-2001&globe=1&lock=1&compare=1&tour=joint-declaration-1956';
    const expected: ViewState = {
      camera: camera(7.25, 44.5, 146.8),
      island: 'iturup',
      venue: null,
      pov: 'japan',
      lang: 'ru',
      year: 1956,
      embed: true,
      trail: 'summit',
      period: [1991, 2001],
      globe: true,
      lock: true,
      compare: true,
      tour: 'joint-declaration-1956',
      extra: [],
    };
    expect(parse(`#${full}`)).toEqual(expected);
    expect(parse(full)).toEqual(expected);
  });

  it('gives the defaults for an empty hash', () => {
    expect(parse('')).toEqual(DEFAULTS);
    expect(parse('#')).toEqual(DEFAULTS);
    expect(parseHash('', { ...options, defaultLang: 'ja' })).toEqual({ ...DEFAULTS, lang: 'ja' });
  });

  it("reads MapLibre's camera, with and without bearing and pitch", () => {
    expect(parse('#map=7.25/44.5/146.8').camera).toEqual(camera(7.25, 44.5, 146.8));
    expect(parse('#map=7.25/44.5/146.8/30').camera).toEqual(camera(7.25, 44.5, 146.8, 30));
    expect(parse('#map=7.25/44.5/146.8/30/45').camera).toEqual(camera(7.25, 44.5, 146.8, 30, 45));
    expect(parse('#map=7.25/44.5/146.8/-179.5/0').camera).toEqual(
      camera(7.25, 44.5, 146.8, -179.5),
    );
    // MapLibre writes tiny coordinates in exponent form at high zoom.
    expect(parseCamera('22/5e-7/-3e-9')).toEqual(camera(22, 5e-7, 0));
    // Encoded slashes are what a link shortener may leave behind.
    expect(parse('#map=7%2F44%2F146').camera).toEqual(camera(7, 44, 146));
  });

  it('rounds the camera as MapLibre does', () => {
    expect(parseCamera('7.256/44.123456/146.987654/30.04/44.6')).toEqual(
      camera(7.26, 44.123, 146.988, 30, 45),
    );
    expect(parseCamera('0/-0.01/-0.04')).toEqual(camera(0, 0, 0));
  });

  it('wraps the longitude and holds the latitude within the map', () => {
    expect(parseCamera('5/44/190')).toEqual(camera(5, 44, -170));
    expect(parseCamera('5/44/-190')).toEqual(camera(5, 44, 170));
    expect(parseCamera('5/44/180')).toEqual(camera(5, 44, 180));
    expect(parseCamera('5/44/-180')).toEqual(camera(5, 44, -180));
    expect(parseCamera('5/44/180.5')).toEqual(camera(5, 44, -179.5));
    expect(parseCamera('5/44/540.5')).toEqual(camera(5, 44, -179.5));
    expect(parseCamera('0/90/0')).toEqual(camera(0, 85, 0));
    expect(parseCamera('12/-89.9/0')).toEqual(camera(12, -85.0511, 0));
  });

  it('gives no camera for a camera that does not parse or is out of range', () => {
    for (const text of [
      '',
      '7',
      '7/44.5',
      '7/44/146/0/0/0',
      '7//146',
      '7/44/146/',
      'x/44/146',
      '0x7/44/146',
      '7/44/Infinity',
      '7/44/1e999',
      '7/ 44/146',
      '-0.5/44/146',
      '24.5/44/146',
      '7/90.5/146',
      '7/44/146/180.5',
      '7/44/146/0/86',
      '7/44/146/0/-1',
    ]) {
      expect(parseCamera(text), text).toBeNull();
    }
    expect(parse('#map=x/y/z').camera).toBeNull();
  });

  it('reads each key and falls back to its default on a bad value', () => {
    for (const island of ISLANDS) expect(parse(`#island=${island}`).island).toBe(island);
    for (const venue of VENUE_IDS) expect(parse(`#venue=${venue}`).venue).toBe(venue);
    for (const pov of POVS) expect(parse(`#pov=${pov}`).pov).toBe(pov);
    for (const lang of LANGS) expect(parse(`#lang=${lang}`).lang).toBe(lang);
    expect(parse('#year=1855').year).toBe(1855);
    expect(parse('#year=2026').year).toBe(2026);
    expect(parse('#embed=1').embed).toBe(true);

    expect(
      parse('#island=Iturup&venue=%3Cscript%3E&pov=china&lang=fr&year=1600&embed=yes'),
    ).toEqual({ ...DEFAULTS });
    expect(parse('#island=atlantis').island).toBeNull();
    expect(parse('#venue=Tokyo').venue).toBeNull();
    expect(parse('#venue=da_nang').venue).toBeNull();
    expect(parse('#year=1614').year).toBeNull();
    expect(parse('#year=2027').year).toBeNull();
    expect(parse('#year=1956.5').year).toBeNull();
    expect(parse('#year=+1956').year).toBeNull();
    for (const trail of TRAILS) expect(parse(`#trail=${trail}`).trail).toBe(trail);
    expect(parse('#trail=2+2').trail).toBeNull();
    expect(parse('#period=1855-2026').period).toEqual([1855, 2026]);
    expect(parse('#period=2001-2001').period).toEqual([2001, 2001]);
    expect(parse('#period=2001-1991').period).toBeNull();
    expect(parse('#period=1800-1991').period).toBeNull();
    expect(parse('#period=1991').period).toBeNull();
    expect(parse('#period=1991-2001-2010').period).toBeNull();
    expect(parse('#globe=1').globe).toBe(true);
    expect(parse('#globe=yes').globe).toBe(false);
    expect(parse('#embed').embed).toBe(false);
    expect(parse('#embed=true').embed).toBe(false);
    expect(parse('#lang=').lang).toBe('en');
    expect(parseHash('#lang=de', { ...options, defaultLang: 'ru' }).lang).toBe('ru');
    expect(parse('#island=%69turup').island).toBe('iturup');
  });

  it('keeps the island when a link names both an island and a venue', () => {
    expect(parse('#venue=tokyo&island=shikotan')).toMatchObject({
      island: 'shikotan',
      venue: null,
    });
    expect(parse('#island=atlantis&venue=da-nang')).toMatchObject({
      island: null,
      venue: 'da-nang',
    });
  });

  it('takes the first of a key given twice', () => {
    expect(parse('#lang=ru&lang=ja').lang).toBe('ru');
    expect(parse('#lang=%E0&lang=ja').lang).toBe('ja');
  });

  it('keeps unknown keys as they are, in order, after the known ones', () => {
    const state = parse('#utm=a%20b&map=5/44/146&ref&lang=ja&x=1&utm=c&%=%&e=a=b');
    expect(state.extra).toEqual([
      ['utm', 'a%20b'],
      ['ref', ''],
      ['x', '1'],
      ['utm', 'c'],
      ['%', '%'],
      ['e', 'a=b'],
    ]);
    expect(write(state)).toBe('#map=5/44/146&lang=ja&utm=a%20b&ref&x=1&utm=c&%=%&e=a=b');
  });

  it('survives hostile input without throwing or polluting prototypes', () => {
    for (const hash of [
      '#%',
      '#%E0%A4%A',
      '#island=%E0%A4%A',
      '#__proto__=1&constructor=2&__proto__[polluted]=1&toString=x&hasOwnProperty=y',
      '#&&&==&',
      '##map=1/2/3',
      '#map=1/2/3/4/5/6',
      `#${'a'.repeat(100_000)}`,
      `#${'&x'.repeat(50_000)}`,
      `#map=${'9'.repeat(10_000)}/1/1`,
      '#island=iturup%00',
      '#lang=\u{1F5FE}&\u{1F5FE}=\uD800',
    ]) {
      const state = parse(hash);
      expect(isValidState(state), hash.slice(0, 40)).toBe(true);
      expect(write(parse(write(state))), hash.slice(0, 40)).toBe(write(state));
    }
    expect(parse('#__proto__=1').extra).toEqual([['__proto__', '1']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('writeHash', () => {
  it('writes the camera first and omits keys at their default, but never the language', () => {
    expect(write(DEFAULTS)).toBe('#lang=en');
    expect(
      write({
        ...DEFAULTS,
        camera: camera(7.25, 44.5, 146.8, 30, 45),
        venue: 'da-nang',
        pov: 'russia',
        lang: 'ja',
        year: 1956,
        embed: true,
        extra: [['lock', '1']],
      }),
    ).toBe('#map=7.25/44.5/146.8/30/45&venue=da-nang&pov=russia&lang=ja&year=1956&embed=1&lock=1');
  });

  it('writes the island, not the venue, when a state has both', () => {
    expect(write({ ...DEFAULTS, island: 'habomai', venue: 'tokyo' })).toBe(
      '#island=habomai&lang=en',
    );
  });

  it('leaves out a year after the current one and a camera out of range', () => {
    expect(write({ ...DEFAULTS, year: 2030 })).toBe('#lang=en');
    expect(write({ ...DEFAULTS, camera: camera(30, 0, 0) })).toBe('#lang=en');
  });

  it('gives back a realistic link unchanged', () => {
    for (const link of [
      '#map=7.25/44.5/146.8&island=kunashir&pov=japan&lang=ja&year=1956',
      '#map=5.5/43.12/131.89/12.5&venue=vladivostok&lang=ru&embed=1&lock=1&panel=0',
      '#map=3/35/140/0/40&lang=en&year=1855',
      '#lang=en&utm_source=news%20letter',
    ]) {
      expect(write(parse(link))).toBe(link);
    }
  });
});

describe('preferredLang', () => {
  it("takes the browser's first supported language", () => {
    expect(preferredLang(['ru-RU', 'en'])).toBe('ru');
    expect(preferredLang(['ja'])).toBe('ja');
    expect(preferredLang(['fr-FR', 'JA-jp'])).toBe('ja');
    expect(preferredLang(['en-GB', 'ru'])).toBe('en');
    expect(preferredLang(['de', 'es'])).toBe('en');
    expect(preferredLang(['rus', 'jav'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});

// MapLibre's own Hash control, on a stand-in map: the camera must be written exactly as MapLibre
// writes it, and every camera written must be one MapLibre accepts.
function mapLibreHash(c: Camera): Hash {
  const map = {
    getCenter: () => ({ lng: c.lng, lat: c.lat }),
    getZoom: () => c.zoom,
    getBearing: () => c.bearing,
    getPitch: () => c.pitch,
    getMinZoom: () => 0,
    getMaxZoom: () => 24,
    getMinPitch: () => 0,
    getMaxPitch: () => 85,
    _camera: { transform: { worldCoordinateHelper: { wraps: true } } },
  };
  const hash = new Hash('map');
  hash._map = map as unknown as MapLibreMap;
  hash._getHashParams = () => new URLSearchParams();
  return hash;
}

const anyCamera = fc
  .record({
    zoom: fc.double({ min: 0, max: 24, noNaN: true }),
    lat: fc.double({ min: -85.0511, max: 85.0511, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    bearing: fc.oneof(fc.constant(0), fc.double({ min: -179.9, max: 180, noNaN: true })),
    pitch: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 85, noNaN: true })),
  })
  // Below zoom 1.82 MapLibre keeps one decimal and would round 85.05 out of the map to 85.1;
  // we keep 85 instead. (The map cannot get there: at such zooms it holds the world in view.)
  .filter((c) => !(c.zoom < 1.82 && Math.abs(c.lat) >= 85.05));

describe('the camera against MapLibre', () => {
  it('is written as MapLibre writes it', () => {
    expect(writeCamera(camera(7.25, 44.5, 146.8))).toBe('7.25/44.5/146.8');
    expect(writeCamera(camera(7.25, 44.5, 146.8, 0, 0.2))).toBe('7.25/44.5/146.8/0/0');
    fc.assert(
      fc.property(anyCamera, (c) => {
        expect(`map=${writeCamera(c)}`).toBe(mapLibreHash(c).getHashString().slice(1));
      }),
      { numRuns: 2000 },
    );
  });

  it('is written only in a form MapLibre accepts', () => {
    fc.assert(
      fc.property(anyCamera, (c) => {
        const written = writeCamera(c)!;
        expect(mapLibreHash(c)._isValidHash(written.split('/'))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

// A valid state: its camera at MapLibre's precision for its zoom, as a parsed camera is.
const digits = (zoom: number) => Math.ceil(zoom * Math.log10(2) + Math.log10(512 / 180));
const onGrid = (max: number, places: number) =>
  fc.integer({ min: -Math.floor(max * 10 ** places), max: Math.floor(max * 10 ** places) }).map(
    (n) => n / 10 ** places + 0, // + 0 turns -0 into 0
  );
const validCamera: fc.Arbitrary<Camera> = fc
  .integer({ min: 0, max: 2400 })
  .map((n) => n / 100)
  .chain((zoom) =>
    fc.record({
      zoom: fc.constant(zoom),
      lat: onGrid(85.0511, digits(zoom)),
      lng: onGrid(180, digits(zoom)),
      bearing: onGrid(180, 1),
      pitch: fc.integer({ min: 0, max: 85 }),
    }),
  );
const extraPart = fc.tuple(
  fc.stringMatching(/^[^&=]+$/).filter((k) => !KNOWN.includes(k)),
  fc.stringMatching(/^[^&]*$/),
);
const validState: fc.Arbitrary<ViewState> = fc
  .record({
    camera: fc.option(validCamera, { nil: null }),
    island: fc.option(fc.constantFrom(...ISLANDS), { nil: null }),
    venue: fc.option(fc.constantFrom(...VENUE_IDS), { nil: null }),
    pov: fc.constantFrom(...POVS),
    lang: fc.constantFrom(...LANGS),
    year: fc.option(fc.integer({ min: 1615, max: 2026 }), { nil: null }),
    embed: fc.boolean(),
    trail: fc.option(fc.constantFrom(...TRAILS), { nil: null }),
    period: fc.option(
      fc
        .tuple(fc.integer({ min: 1855, max: 2026 }), fc.integer({ min: 1855, max: 2026 }))
        .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
      { nil: null },
    ),
    globe: fc.boolean(),
    lock: fc.boolean(),
    compare: fc.boolean(),
    tour: fc.option(fc.constantFrom(...CHAPTERS), { nil: null }),
    extra: fc.array(extraPart, { maxLength: 4 }),
  })
  .map((state) => ({ ...state, venue: state.island ? null : state.venue }))
  // An unknown key whose encoded form names a known key is not unknown.
  .filter((state) => state.extra.every(([k]) => isValidState(parse(`#${k}`))));

// Hash-like strings: known keys with good and bad values, unknown and hostile keys, garbage.
const number = fc.oneof(
  fc.integer({ min: -200, max: 200 }).map(String),
  fc.double({ min: -200, max: 200 }).map(String),
  fc.double().map(String),
  // Around the limits of each camera part.
  fc.constantFrom('0', '24', '24.01', '85', '85.06', '86', '-90', '90.01', '180', '-180.01', '540'),
  fc.constantFrom('', '-0', '+1', '.5', '1.', '1e2', '5e-7', '0x10', 'Infinity', 'NaN', ' 1'),
);
const cameraLike = fc.oneof(
  validCamera.map((c) => [c.zoom, c.lat, c.lng, c.bearing, c.pitch].join('/')),
  fc
    .tuple(fc.array(number, { minLength: 1, maxLength: 6 }), fc.constantFrom('/', '%2F'))
    .map(([parts, separator]) => parts.join(separator)),
);
const value = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      ...ISLANDS,
      ...VENUE_IDS,
      ...POVS,
      ...LANGS,
      ...CHAPTERS,
      '1',
      '1615',
      '1855',
      '2026',
    ),
    weight: 4,
  },
  { arbitrary: cameraLike, weight: 3 },
  { arbitrary: fc.integer({ min: 1800, max: 2100 }).map(String), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      '%',
      '%E0%A4%A',
      '%41',
      '<b>',
      '=',
      '#',
      '\u{1F5FE}',
      '__proto__',
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
);
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN), weight: 6 },
  {
    arbitrary: fc.constantFrom('%6Dap', 'x', 'lock', '__proto__', 'constructor', 'prototype', '%'),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
);
const goodPair = fc.oneof(
  cameraLike.map((c) => `map=${c}`),
  fc.constantFrom(...ISLANDS).map((v) => `island=${v}`),
  fc.constantFrom(...VENUE_IDS).map((v) => `venue=${v}`),
  fc.constantFrom(...POVS).map((v) => `pov=${v}`),
  fc.constantFrom(...LANGS).map((v) => `lang=${v}`),
  fc.integer({ min: 1600, max: 2030 }).map((v) => `year=${v}`),
  fc.constantFrom(...CHAPTERS, 'Shimoda-1855', 'chapter-0', '').map((v) => `tour=${v}`),
  fc.constantFrom('embed=1', 'embed=0', 'globe=1', 'globe=0'),
  fc.constantFrom(...TRAILS, '2+2', 'none').map((v) => `trail=${v}`),
  fc
    .tuple(fc.integer({ min: 1840, max: 2030 }), fc.integer({ min: 1840, max: 2030 }))
    .map(([a, b]) => `period=${a}-${b}`),
);
const hashLike = fc
  .tuple(
    fc.constantFrom('', '#', '##'),
    fc.array(
      fc.oneof(
        { arbitrary: goodPair, weight: 4 },
        { arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`), weight: 4 },
        { arbitrary: key, weight: 1 },
        { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
      ),
      { maxLength: 10 },
    ),
  )
  .map(([lead, parts]) => lead + parts.join('&'));
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  { arbitrary: hashLike, weight: 5 },
);

describe('properties', () => {
  it('any string parses to a valid state without throwing', () => {
    fc.assert(
      fc.property(anyString, (hash) => isValidState(parse(hash))),
      { numRuns: 5000 },
    );
  });

  it('the generated valid states are valid', () => {
    fc.assert(fc.property(validState, isValidState), { numRuns: 500 });
  });

  it('parsing a written state gives the same state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parse(write(state))).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('writing what was parsed is a fixed point', () => {
    fc.assert(
      fc.property(anyString, (hash) => {
        const state = parse(hash);
        const once = write(state);
        expect(write(parse(once))).toBe(once);
        expect(parse(once)).toEqual(state);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('withCamera', () => {
  const at = (zoom: number, lat: number, lng: number) => ({ zoom, lat, lng, bearing: 0, pitch: 0 });

  it('writes the camera in the place of the first map= and leaves every other byte as it was', () => {
    expect(withCamera('#map=5/40/140&x=%26island%3Diturup&lang=en', at(6, 44.2, 146.5))).toBe(
      '#map=6/44.2/146.5&x=%26island%3Diturup&lang=en',
    );
    expect(withCamera('#a=%zz&map=5/40/140&b', at(7, 44, 146))).toBe('#a=%zz&map=7/44/146&b');
  });

  it('puts a camera first where there was none, and into an empty hash', () => {
    expect(withCamera('#island=iturup&q=1', at(6, 44, 146))).toBe(
      '#map=6/44/146&island=iturup&q=1',
    );
    expect(withCamera('', at(6, 44, 146))).toBe('#map=6/44/146');
  });

  it('drops later cameras, which parseHash ignores, and an encoded key that reads as map', () => {
    expect(withCamera('#map=garbage&island=iturup&map=5/44/146', at(6, 44, 146))).toBe(
      '#map=6/44/146&island=iturup',
    );
    expect(withCamera('#m%61p=6/40/140&lang=ru', at(6, 44, 146))).toBe('#map=6/44/146&lang=ru');
  });

  it('never turns an unknown key into a known one, whatever the camera', () => {
    fc.assert(
      fc.property(validCamera, fc.array(extraPart, { maxLength: 4 }), (camera, extra) => {
        const hash = `#${extra.map(([k, v]) => `${k}=${v}`).join('&')}`;
        const before = parse(hash);
        const after = parse(withCamera(hash, camera));
        expect(after.extra).toEqual(before.extra);
        expect({ ...after, camera: null }).toEqual({ ...before, camera: null });
      }),
    );
  });
});

describe('years before 1855 and the tour (the URL contract grows without breaking)', () => {
  it('reaches back to the first event of the record', () => {
    expect(FIRST_YEAR).toBe(Number(dispute.events.events[0]!.date.start.slice(0, 4)));
    expect(EVENT_YEARS[0]).toBe(FIRST_YEAR);
    expect(parse('#year=1615').year).toBe(1615);
    expect(parse('#year=1789').year).toBe(1789);
    expect(parse('#year=1854').year).toBe(1854);
    expect(parse('#year=1614').year).toBeNull();
    expect(write({ ...DEFAULTS, year: 1644 })).toBe('#lang=en&year=1644');
    expect(write({ ...DEFAULTS, year: 1614 })).toBe('#lang=en');
  });

  it('keeps the meaning of every link the app wrote before: years from 1855, periods as they were', () => {
    for (const link of [
      '#map=6.5/44.4/146.98&island=iturup&lang=en&year=1855',
      '#venue=moscow&pov=russia&lang=ru&year=1956&trail=summit&period=1855-2026',
      '#lang=ja&year=2026&embed=1&lock=1',
    ])
      expect(write(parse(link))).toBe(link);
    // A period before the first meeting names no meetings it did not name before.
    expect(parse('#period=1800-1991').period).toBeNull();
    expect(parse('#period=1854-1991').period).toBeNull();
  });

  it("reads a chapter's link, and opens no tour for a name that is not a chapter", () => {
    for (const id of CHAPTERS) expect(parse(`#tour=${id}`).tour).toBe(id);
    expect(parse('#tour=Shimoda-1855').tour).toBeNull();
    expect(parse('#tour=').tour).toBeNull();
    expect(parse('#tour').tour).toBeNull();
    expect(parse('#tour=%3Cscript%3E').tour).toBeNull();
    expect(parse('#tour=war-1945&tour=shimoda-1855').tour).toBe('war-1945');
  });

  it('writes the tour after the other known keys, before the unknown ones', () => {
    const state = parse('#map=6/44.2/147.2&x=1&lang=en&year=1945&tour=war-1945');
    expect(write(state)).toBe('#map=6/44.2/147.2&lang=en&year=1945&tour=war-1945&x=1');
    expect(write({ ...DEFAULTS, tour: 'no-such-chapter' })).toBe('#lang=en');
  });
});
