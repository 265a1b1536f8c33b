// The URL hash contract (PRODUCT.md, "Public contracts"), parsed and written by pure functions.
//   #map=<zoom>/<lat>/<lng>[/<bearing>[/<pitch>]]&island=…&venue=…&pov=…&lang=…&year=…&embed=1
// Parsing never throws: a bad value falls back to its default, an unknown key is kept as it was.
import { ISLAND_IDS, LANGS, type IslandId, type Lang } from '../data/schema';
import { POVS, type Pov } from '../perspective';
import venuesFile from '../../geodata/dispute/venues.json';

export const VENUE_IDS: readonly string[] = venuesFile.venues.map((venue) => venue.id);
export const FIRST_YEAR = 1855;

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
  /** At most one of island and venue is set; a link with both keeps the island. */
  island: IslandId | null;
  venue: string | null;
  pov: Pov;
  lang: Lang;
  /** null: today. */
  year: number | null;
  embed: boolean;
  /** Keys this version does not know, with their raw values, in their original order. */
  extra: [string, string][];
}

export interface HashOptions {
  /** The language when the link names none: the browser's, when supported. */
  defaultLang: Lang;
  currentYear: number;
}

// Bounds that keep a hostile link from growing the hash it is written back into.
const MAX_EXTRA_KEYS = 16;
const MAX_EXTRA_LENGTH = 200;
const KNOWN_KEYS = new Set(['map', 'island', 'venue', 'pov', 'lang', 'year', 'embed']);
const NUMBER = /^-?\d{1,3}(\.\d{1,12})?$/;

/** The first supported language among the browser's, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(primary)) return primary as Lang;
  }
  return 'en';
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function inRange(value: number, min: number, max: number) {
  return Number.isFinite(value) && value >= min && value <= max;
}

/** MapLibre's camera format; null unless every part is a number in range. */
export function parseCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((part) => NUMBER.test(part))) {
    return null;
  }
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number);
  const valid =
    inRange(zoom, 0, 24) &&
    inRange(lat, -85.0511, 85.0511) &&
    inRange(lng, -180, 180) &&
    inRange(bearing, -180, 180) &&
    inRange(pitch, 0, 85);
  // -0 would not survive being written and read again.
  const clean = (n: number) => (Object.is(n, -0) ? 0 : n);
  return valid
    ? {
        zoom: clean(zoom),
        lat: clean(lat),
        lng: clean(lng),
        bearing: clean(bearing),
        pitch: clean(pitch),
      }
    : null;
}

export function writeCamera({ zoom, lat, lng, bearing, pitch }: Camera): string {
  // Bearing and pitch are written only when needed, as MapLibre does.
  let text = `${zoom}/${lat}/${lng}`;
  if (bearing || pitch) text += `/${bearing}`;
  if (pitch) text += `/${pitch}`;
  return text;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseHash(hash: string, options: HashOptions): ViewState {
  const text = String(hash ?? '').replace(/^#/, '');
  const known = new Map<string, string>();
  const extra: [string, string][] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const split = part.indexOf('=');
    const rawKey = split < 0 ? part : part.slice(0, split);
    const rawValue = split < 0 ? '' : part.slice(split + 1);
    if (rawKey === '') continue;
    const key = decode(rawKey);
    if (key !== null && KNOWN_KEYS.has(key)) {
      const value = decode(rawValue);
      if (value !== null && !known.has(key)) known.set(key, value);
    } else if (
      extra.length < MAX_EXTRA_KEYS &&
      part.length <= MAX_EXTRA_LENGTH &&
      !extra.some(([k]) => k === rawKey)
    ) {
      extra.push([rawKey, rawValue]);
    }
  }
  const island = oneOf(ISLAND_IDS, known.get('island'));
  const yearText = known.get('year');
  const year = yearText !== undefined && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  return {
    camera: known.has('map') ? parseCamera(known.get('map')!) : null,
    island,
    venue: island ? null : oneOf(VENUE_IDS, known.get('venue')),
    pov: oneOf(POVS, known.get('pov')) ?? 'neutral',
    lang: oneOf(LANGS, known.get('lang')) ?? options.defaultLang,
    year: year !== null && inRange(year, FIRST_YEAR, options.currentYear) ? year : null,
    embed: known.get('embed') === '1',
    extra,
  };
}

/**
 * The hash for a state, with a leading '#'. The language is always written, so a shared link
 * opens in the language it was shared in; other keys only when they differ from the default.
 */
export function writeHash(state: ViewState, options: HashOptions): string {
  const parts: string[] = [];
  if (state.camera) parts.push(`map=${writeCamera(state.camera)}`);
  if (state.island) parts.push(`island=${state.island}`);
  else if (state.venue) parts.push(`venue=${encodeURIComponent(state.venue)}`);
  if (state.pov !== 'neutral') parts.push(`pov=${state.pov}`);
  parts.push(`lang=${state.lang}`);
  if (state.year !== null && inRange(state.year, FIRST_YEAR, options.currentYear)) {
    parts.push(`year=${state.year}`);
  }
  if (state.embed) parts.push('embed=1');
  for (const [key, value] of state.extra) parts.push(value === '' ? key : `${key}=${value}`);
  return `#${parts.join('&')}`;
}
