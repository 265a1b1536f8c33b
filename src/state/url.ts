// The URL hash contract (PRODUCT.md, "Public contracts"), parsed and written by pure functions.
//   #map=<zoom>/<lat>/<lng>[/<bearing>[/<pitch>]]&island=…&venue=…&pov=…&lang=…&year=…&embed=1
// then lock=1 (an embed that does not move), and the meeting trail's keys, which the contract leaves
// to the app: trail=all|summit|2plus2 (as in shared links) or one of the formats added since
// (official-visit, sideline, foreign-ministers, treaty-signing, conference), period=<from>-<to>
// (years), globe=1, compare=1 (Japan's and Russia's views side by side) and tour=<chapter id> (the
// guided tour, at that chapter).
// Parsing never throws, for any string: a bad value falls back to its default, an unknown key is
// kept exactly as it was written. Rules a link cannot tell from the contract alone:
// - A known key given twice counts the first time (as URLSearchParams.get, which MapLibre uses).
// - A link with both an island and a venue keeps the island: the two are one selection.
// - Unknown keys are written back after the known ones, in their original order, duplicates kept.
// - The camera is rounded as MapLibre rounds it in the hash. A longitude outside -180..180 (from
//   panning across the antimeridian) is wrapped into it; a latitude MapLibre accepts (-90..90) is
//   held within the map's -85.0511..85.0511. Any other camera that does not parse or is out of
//   range gives no camera, and the app opens its default view.
// - `year` reaches back to the record's first event (1615); a period of the trail still starts no
//   earlier than 1855, the first meeting, so every link written before keeps its meaning.
// - A `tour=` that names no chapter opens no tour.
import { ISLAND_IDS, LANGS, type Lang } from '../data/ids';
import type { IslandId } from '../data/schema';
import { POVS, type Pov } from './perspective';
import { wrapLongitude } from '../lib/longitude';
import { tourChapterIds, venues } from '../data/basics';

/** A venue id from geodata/dispute/venues.json (tokyo, moscow, da-nang, ...). */
export type VenueId = string;
export const VENUE_IDS: readonly VenueId[] = venues.map((venue) => venue.id);
/** The first year the year control offers: that of the record's first event (a unit test holds it). */
export const FIRST_YEAR = 1615;
/** The first year a period of the meeting trail may name: the first meeting's (Shimoda, 1855). */
export const FIRST_PERIOD_YEAR = 1855;
/**
 * Which meetings the trail joins: all, every meeting of the two leaders (`summit`, as shared links
 * have it), the 2+2 ministerial rounds, or one format of the record. New values only ever join.
 */
export const TRAIL_FORMATS = [
  'all',
  'summit',
  '2plus2',
  'official-visit',
  'sideline',
  'foreign-ministers',
  'treaty-signing',
  'conference',
] as const;
export type TrailFormat = (typeof TRAIL_FORMATS)[number];

export const CAMERA_LIMITS = {
  zoom: [0, 24],
  lat: [-85.0511, 85.0511],
  lng: [-180, 180],
  bearing: [-180, 180],
  pitch: [0, 85],
} as const;

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

export interface ViewState {
  /** null: the app's default view. */
  camera: Camera | null;
  /** At most one of island and venue is set. */
  island: IslandId | null;
  venue: VenueId | null;
  pov: Pov;
  lang: Lang;
  /** null: today. */
  year: number | null;
  embed: boolean;
  /** null: no meeting trail on the map. */
  trail: TrailFormat | null;
  /** The years (inclusive) of the meetings the trail joins; null: all of them. */
  period: [number, number] | null;
  /** The globe projection instead of Web Mercator. */
  globe: boolean;
  /** An embed whose map does not move (`lock=1`). */
  lock: boolean;
  /** Japan's view and Russia's view side by side (`compare=1`). */
  compare: boolean;
  /** The guided tour's chapter (geodata/dispute/tour.json); null: no tour. */
  tour: string | null;
  /** Keys this version does not know, with their raw (still encoded) values, in their order. */
  extra: [string, string][];
}

export interface HashOptions {
  /** The language when the link names none: the browser's, when supported (preferredLang). */
  defaultLang: Lang;
  /** The last year a link may name. */
  currentYear: number;
}

const KNOWN_KEYS: ReadonlySet<string> = new Set([
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
]);
// Plain decimals, with an exponent because MapLibre writes tiny numbers as 5e-7.
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The first supported language among the browser's (navigator.languages), else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    const lang = oneOf(LANGS, primary);
    if (lang) return lang;
  }
  return 'en';
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const within = (value: number, [min, max]: readonly [number, number]) =>
  value >= min && value <= max;
// -0 would be written as 0 and read back as a different number.
const noNegativeZero = (n: number) => (n === 0 ? 0 : n);
const round = (n: number, factor: number) => noNegativeZero(Math.round(n * factor) / factor);

/** Digits MapLibre keeps for lat and lng at a zoom: enough for half a pixel (ui/hash.ts). */
function coordinateFactor(zoom: number): number {
  const degreesPerWorld = 360;
  const precision = Math.ceil(
    (zoom * Math.LN2 + Math.log(512 / degreesPerWorld / 0.5)) / Math.LN10,
  );
  return Math.pow(10, precision);
}

/**
 * The camera as the app keeps it: rounded as MapLibre rounds it in the hash, the longitude
 * wrapped into -180..180 and the latitude held within the map's; null when out of range.
 */
export function normalizeCamera(camera: Camera): Camera | null {
  const { zoom, lat, lng, bearing, pitch } = camera;
  if (
    ![zoom, lat, lng, bearing, pitch].every(Number.isFinite) ||
    !within(zoom, CAMERA_LIMITS.zoom) ||
    !within(lat, [-90, 90]) ||
    !within(bearing, CAMERA_LIMITS.bearing) ||
    !within(pitch, CAMERA_LIMITS.pitch)
  ) {
    return null;
  }
  const roundedZoom = round(zoom, 100);
  const factor = coordinateFactor(roundedZoom);
  let roundedLat = round(lat, factor);
  if (!within(roundedLat, CAMERA_LIMITS.lat)) {
    // The nearest value at this precision that is still inside the map.
    roundedLat = Math.sign(roundedLat) * (Math.floor(CAMERA_LIMITS.lat[1] * factor) / factor);
  }
  const wrappedLng = wrapLongitude(lng);
  return {
    zoom: roundedZoom,
    lat: roundedLat,
    lng: round(wrappedLng, factor),
    bearing: round(bearing, 10),
    pitch: round(pitch, 1),
  };
}

/** A four-digit year within the range; null otherwise. */
function parseYear(text: string | undefined, range: readonly [number, number]): number | null {
  if (text === undefined || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return within(year, range) ? year : null;
}

const isYearFrom = (
  first: number,
  year: number | null | undefined,
  options: HashOptions,
): year is number =>
  typeof year === 'number' && Number.isInteger(year) && within(year, [first, options.currentYear]);

/** MapLibre's camera format, `zoom/lat/lng[/bearing[/pitch]]`; null unless it parses in range. */
export function parseCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((part) => NUMBER.test(part))) {
    return null;
  }
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number);
  return normalizeCamera({ zoom, lat, lng, bearing, pitch });
}

/**
 * The camera as MapLibre writes it (getHashString); null when out of range. Bearing and pitch are
 * written only when needed, which MapLibre decides on the values before rounding.
 */
export function writeCamera(camera: Camera): string | null {
  const normal = normalizeCamera(camera);
  if (!normal) return null;
  const { zoom, lat, lng, bearing, pitch } = normal;
  let text = `${zoom}/${lat}/${lng}`;
  if (camera.bearing || camera.pitch) text += `/${bearing}`;
  if (camera.pitch) text += `/${pitch}`;
  return text;
}

const isCameraPart = (part: string) => decode(part.split('=', 1)[0]) === 'map';

/**
 * The hash with `camera` as its `map=` (null: none), every other part left byte for byte where it
 * was: the camera takes the place of the first `map=` (later ones, which parseHash ignores, are
 * dropped), or comes first when there was none. The map writes its camera with it at each rest.
 */
export function withCamera(hash: string, camera: Camera | null): string {
  const text = String(hash ?? '').replace(/^#/, '');
  const parts = text === '' ? [] : text.split('&');
  const first = parts.findIndex(isCameraPart);
  const kept = parts.filter((part) => !isCameraPart(part));
  const written = camera && writeCamera(camera);
  if (written) kept.splice(Math.max(first, 0), 0, `map=${written}`);
  return `#${kept.join('&')}`;
}

/** The view a hash describes, with or without its leading '#'. Never throws. */
export function parseHash(hash: string, options: HashOptions): ViewState {
  const text = String(hash ?? '').replace(/^#/, '');
  const known = new Map<string, string>();
  const extra: [string, string][] = [];
  for (const part of text.split('&')) {
    const split = part.indexOf('=');
    const rawKey = split < 0 ? part : part.slice(0, split);
    const rawValue = split < 0 ? '' : part.slice(split + 1);
    if (rawKey === '') continue;
    const key = decode(rawKey);
    if (key !== null && KNOWN_KEYS.has(key)) {
      const value = decode(rawValue);
      if (value !== null && !known.has(key)) known.set(key, value);
    } else {
      extra.push([rawKey, rawValue]);
    }
  }
  const map = known.get('map');
  const island = oneOf(ISLAND_IDS, known.get('island'));
  const year = parseYear(known.get('year'), [FIRST_YEAR, options.currentYear]);
  const periodYears = [FIRST_PERIOD_YEAR, options.currentYear] as const;
  const periodMatch = /^(\d{4})-(\d{4})$/.exec(known.get('period') ?? '');
  const periodFrom = parseYear(periodMatch?.[1], periodYears);
  const periodTo = parseYear(periodMatch?.[2], periodYears);
  return {
    camera: map === undefined ? null : parseCamera(map),
    island,
    venue: island ? null : oneOf(VENUE_IDS, known.get('venue')),
    pov: oneOf(POVS, known.get('pov')) ?? 'neutral',
    lang: oneOf(LANGS, known.get('lang')) ?? options.defaultLang,
    year,
    embed: known.get('embed') === '1',
    trail: oneOf(TRAIL_FORMATS, known.get('trail')),
    period:
      periodFrom !== null && periodTo !== null && periodFrom <= periodTo
        ? [periodFrom, periodTo]
        : null,
    globe: known.get('globe') === '1',
    lock: known.get('lock') === '1',
    compare: known.get('compare') === '1',
    tour: oneOf(tourChapterIds, known.get('tour')),
    extra,
  };
}

/**
 * The hash for a state, with a leading '#': the camera first, as MapLibre writes it, then the
 * known keys, then the unknown ones. The language is always written, so a shared link opens in
 * the language it was shared in; the other keys only when they differ from their default.
 */
export function writeHash(state: ViewState, options: HashOptions): string {
  const parts: string[] = [];
  const camera = state.camera && writeCamera(state.camera);
  if (camera) parts.push(`map=${camera}`);
  if (state.island) parts.push(`island=${state.island}`);
  else if (state.venue) parts.push(`venue=${encodeURIComponent(state.venue)}`);
  if (state.pov !== 'neutral') parts.push(`pov=${state.pov}`);
  parts.push(`lang=${state.lang}`);
  if (isYearFrom(FIRST_YEAR, state.year, options)) parts.push(`year=${state.year}`);
  if (state.embed) parts.push('embed=1');
  if (state.trail) parts.push(`trail=${state.trail}`);
  const [from, to] = state.period ?? [];
  if (
    isYearFrom(FIRST_PERIOD_YEAR, from, options) &&
    isYearFrom(FIRST_PERIOD_YEAR, to, options) &&
    from <= to
  )
    parts.push(`period=${from}-${to}`);
  if (state.globe) parts.push('globe=1');
  if (state.lock) parts.push('lock=1');
  if (state.compare) parts.push('compare=1');
  if (state.tour !== null && tourChapterIds.includes(state.tour)) parts.push(`tour=${state.tour}`);
  for (const [key, value] of state.extra) parts.push(value === '' ? key : `${key}=${value}`);
  return `#${parts.join('&')}`;
}
