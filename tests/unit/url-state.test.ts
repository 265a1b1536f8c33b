import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseCamera,
  parseHash,
  preferredLang,
  VENUE_IDS,
  writeHash,
  type HashOptions,
  type ViewState,
} from '../../src/state/url';

const options: HashOptions = { defaultLang: 'en', currentYear: 2026 };
const parse = (hash: string) => parseHash(hash, options);
const write = (state: ViewState) => writeHash(state, options);

/** An independent check that a state is one the app can show. */
function isValidState(state: ViewState): boolean {
  const camera = state.camera;
  return (
    (camera === null ||
      [camera.zoom, camera.lat, camera.lng, camera.bearing, camera.pitch].every(Number.isFinite)) &&
    (state.island === null ||
      ['iturup', 'kunashir', 'shikotan', 'habomai'].includes(state.island)) &&
    (state.venue === null || VENUE_IDS.includes(state.venue)) &&
    !(state.island && state.venue) &&
    ['neutral', 'japan', 'russia'].includes(state.pov) &&
    ['en', 'ru', 'ja'].includes(state.lang) &&
    (state.year === null ||
      (Number.isInteger(state.year) && state.year >= 1855 && state.year <= 2026)) &&
    typeof state.embed === 'boolean' &&
    state.extra.every(([k, v]) => typeof k === 'string' && typeof v === 'string')
  );
}

describe('parseHash', () => {
  it('reads a full link', () => {
    expect(parse('#map=7.25/44.5/146.8&island=iturup&pov=japan&lang=ru&year=1956&embed=1')).toEqual(
      {
        camera: { zoom: 7.25, lat: 44.5, lng: 146.8, bearing: 0, pitch: 0 },
        island: 'iturup',
        venue: null,
        pov: 'japan',
        lang: 'ru',
        year: 1956,
        embed: true,
        extra: [],
      },
    );
  });

  it("reads MapLibre's camera with bearing and pitch", () => {
    expect(parseCamera('7.25/44.5/146.8/30/45')).toEqual({
      zoom: 7.25,
      lat: 44.5,
      lng: 146.8,
      bearing: 30,
      pitch: 45,
    });
    expect(parseCamera('7/44.5')).toBeNull();
    expect(parseCamera('30/44.5/146.8')).toBeNull();
    expect(parseCamera('7/95/146.8')).toBeNull();
    expect(parseCamera('7/44/146/0/90')).toBeNull();
    expect(parseCamera('7/44/1e2')).toBeNull();
  });

  it('falls back to defaults on bad values', () => {
    const state = parse(
      '#map=x/y/z&island=atlantis&venue=<script>&pov=china&lang=fr&year=1700&embed=yes',
    );
    expect(state).toMatchObject({
      camera: null,
      island: null,
      venue: null,
      pov: 'neutral',
      lang: 'en',
      year: null,
      embed: false,
    });
    expect(parse('#year=2027').year).toBeNull();
    expect(parse('#year=1855').year).toBe(1855);
    expect(parse('#year=1956.5').year).toBeNull();
    expect(parse('').lang).toBe('en');
    expect(parseHash('', { ...options, defaultLang: 'ja' }).lang).toBe('ja');
  });

  it('keeps the island when a link names both an island and a venue', () => {
    expect(parse('#venue=tokyo&island=shikotan')).toMatchObject({
      island: 'shikotan',
      venue: null,
    });
    expect(parse('#venue=buenos-aires')).toMatchObject({ island: null, venue: 'buenos-aires' });
  });

  it('keeps unknown keys as they are, in order, after the known ones', () => {
    const state = parse('#utm=a%20b&map=5/44/146&ref&lang=ja&x=1');
    expect(state.extra).toEqual([
      ['utm', 'a%20b'],
      ['ref', ''],
      ['x', '1'],
    ]);
    expect(write(state)).toBe('#map=5/44/146&lang=ja&utm=a%20b&ref&x=1');
  });

  it('survives hostile input without throwing or polluting prototypes', () => {
    for (const hash of [
      '#%',
      '#island=%E0%A4%A',
      '#__proto__=1&constructor=2',
      '#&&&==&',
      '#map=1/2/3/4/5/6',
      `#${'a'.repeat(100_000)}`,
      '#lang=en&lang=ru',
      '#island=iturup%00',
    ]) {
      expect(isValidState(parse(hash)), hash).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parse('#lang=ru&lang=ja').lang).toBe('ru');
  });
});

describe('preferredLang', () => {
  it("takes the browser's first supported language", () => {
    expect(preferredLang(['ru-RU', 'en'])).toBe('ru');
    expect(preferredLang(['fr-FR', 'ja'])).toBe('ja');
    expect(preferredLang(['de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});

// Hash-like strings: known keys with good and bad values, unknown keys and garbage.
const hashLike = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom(
            'map',
            'island',
            'venue',
            'pov',
            'lang',
            'year',
            'embed',
            'x',
            '__proto__',
          ),
          fc.oneof(
            fc.constantFrom('iturup', 'tokyo', 'japan', 'ru', '1956', '1', '7/44/146', '%', '<b>'),
            fc.string(),
          ),
        )
        .map(([k, v]) => `${k}=${v}`),
      fc.string(),
    ),
    { maxLength: 8 },
  )
  .map((parts) => `#${parts.join('&')}`);

const camera = fc
  .record({
    zoom: fc.double({ min: 0, max: 24, noNaN: true }).map((n) => Math.round(n * 100) / 100),
    lat: fc.double({ min: -85, max: 85, noNaN: true }).map((n) => Math.round(n * 1e4) / 1e4),
    lng: fc.double({ min: -180, max: 180, noNaN: true }).map((n) => Math.round(n * 1e4) / 1e4),
    bearing: fc.integer({ min: -180, max: 180 }),
    pitch: fc.integer({ min: 0, max: 85 }),
  })
  .map((c) => {
    const clean = (n: number) => (Object.is(n, -0) ? 0 : n);
    return {
      zoom: clean(c.zoom),
      lat: clean(c.lat),
      lng: clean(c.lng),
      bearing: c.bearing,
      pitch: c.pitch,
    };
  });

const extraKey = fc
  .stringMatching(/^[a-z_][a-z0-9_]{0,10}$/)
  .filter((k) => !['map', 'island', 'venue', 'pov', 'lang', 'year', 'embed'].includes(k));

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    camera: fc.option(camera, { nil: null }),
    island: fc.option(fc.constantFrom('iturup', 'kunashir', 'shikotan', 'habomai' as const), {
      nil: null,
    }),
    venue: fc.option(fc.constantFrom(...VENUE_IDS), { nil: null }),
    pov: fc.constantFrom('neutral', 'japan', 'russia' as const),
    lang: fc.constantFrom('en', 'ru', 'ja' as const),
    year: fc.option(fc.integer({ min: 1855, max: 2026 }), { nil: null }),
    embed: fc.boolean(),
    extra: fc.uniqueArray(fc.tuple(extraKey, fc.stringMatching(/^[a-z0-9]{1,8}$/)), {
      maxLength: 3,
      selector: ([k]) => k,
    }),
  })
  .map((state) => ({ ...state, venue: state.island ? null : state.venue }) as ViewState);

describe('properties', () => {
  it('any string parses to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), hashLike), (hash) =>
        isValidState(parse(hash)),
      ),
      { numRuns: 2000 },
    );
  });

  it('parsing a written state gives the same state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parse(write(state))).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('writing what was parsed is a fixed point', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), hashLike), (hash) => {
        const once = write(parse(hash));
        expect(write(parse(once))).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
