// The data set as files to download (the app's Data view): the islands, their figures, the claims,
// the arguments, the events, the meetings, the venues and the sources as CSV and as JSON; the
// islands' polygons, the venues and the lines as GeoJSON; the whole record as one JSON file; each
// with its licence, listed in manifest.json and README.txt beside them. Built from what the app
// reads: the data set as src/data/dispute.ts loads it, checked by src/data/validate.ts first, and
// public/data/islands.geojson and lines.geojson. Writes public/data/download/.
import { readdirSync, rmSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, sha256 } from './lib.mjs';

export const DOWNLOAD_DIR = 'public/data/download';
const SCRIPT = 'geodata/scripts/build-downloads.mjs';
const LANGS = ['en', 'ru', 'ja'];

/** The data set files and the geometry the downloads are built from. */
export const INPUTS = [
  ...['sources', 'islands', 'claims', 'events', 'meetings', 'lines', 'venues', 'tour'].map(
    (name) => `geodata/dispute/${name}.json`,
  ),
  'public/data/islands.geojson',
  'public/data/lines.geojson',
];

/**
 * The project's own data (the record in geodata/dispute/) is under the licence the repository
 * already gives it (package.json; the provenance of lines.geojson says "MIT (project data)").
 */
export const PROJECT_LICENCE = {
  licence: 'MIT',
  url: 'https://opensource.org/license/mit',
  attribution: 'Kuril Islands dispute map (kuril-map), the cited data set in geodata/dispute/',
};

/** Separators inside one CSV cell; JSON keeps lists as arrays. */
const ID_SEPARATOR = ';';
const PARTICIPANT_SEPARATOR = '; ';
const NOTE_SEPARATOR = '\n';

const union = (...lists) => [...new Set(lists.flat().filter(Boolean))];

/** `{prefix}_en`, `_ru`, `_ja` from a text in the three languages (null where it is absent). */
function localized(prefix, text) {
  return Object.fromEntries(LANGS.map((lang) => [`${prefix}_${lang}`, text?.[lang] ?? null]));
}

/** The texts of a list joined per language, or nulls for an empty list. */
function joinedLocalized(prefix, texts, separator) {
  return Object.fromEntries(
    LANGS.map((lang) => [
      `${prefix}_${lang}`,
      texts.length ? texts.map((text) => text[lang]).join(separator) : null,
    ]),
  );
}

/** The three columns of a text every record has in each language. */
const inEachLang = (prefix) => LANGS.map((lang) => `${prefix}_${lang}`);

const dateColumns = (date) => ({
  date_start: date.start,
  date_end: date.end ?? null,
  date_precision: date.precision,
  date_uncertain: date.uncertain ?? false,
});

const FIGURE_MEASURES = [
  ['area', 'area'],
  ['highestPoint', 'highest_point'],
  ['population', 'population'],
];

/**
 * Each table: its file's stem, the rows (one per record, the same keys in the same order), the
 * columns that may never be empty, and the data sets its coordinates come from.
 */
const TABLES = [
  {
    id: 'islands',
    title: 'The four disputed island units and their names',
    required: [
      'id',
      'name_en_russian_derived',
      'name_en_japanese_derived',
      'name_ru',
      'name_ja',
      'sources',
    ],
    rows: (data) =>
      data.islands.islands.map((island) => {
        const names = island.names;
        return {
          id: island.id,
          name_en_russian_derived: names.english.russianDerived,
          name_en_japanese_derived: names.english.japaneseDerived,
          name_ru: names.russian.cyrillic,
          name_ru_latin: names.russian.latin,
          name_ja: names.japanese.kanji,
          name_ja_kana: names.japanese.kana ?? null,
          name_ja_romaji: names.japanese.romaji,
          name_ja_in_cyrillic: names.transcriptions.japaneseInCyrillic,
          name_ru_in_katakana: names.transcriptions.russianInKatakana,
          administered_in_practice_by:
            data.claims.claims.find((c) => c.island === island.id && c.administersInPractice)
              ?.side ?? null,
          sources: union(names.sources, names.transcriptions.sources),
        };
      }),
  },
  {
    id: 'island-figures',
    title: "The islands' area, highest point and population, one row per figure and source",
    required: [
      'island',
      'measure',
      'unit',
      'origin',
      'confirmed',
      ...inEachLang('label'),
      'sources',
    ],
    rows: (data) =>
      data.islands.islands.flatMap((island) =>
        FIGURE_MEASURES.flatMap(([key, measure]) =>
          island[key].map((figure) => ({
            island: island.id,
            measure,
            value: figure.value,
            up_to: figure.upTo ?? null,
            unit: figure.unit,
            as_of: figure.asOf ?? null,
            approximate: figure.approximate ?? false,
            origin: figure.origin,
            confirmed: figure.confirmed,
            superseded: figure.superseded ?? false,
            ...localized('label', figure.label),
            ...localized('peak', figure.peak),
            ...localized('note', figure.note),
            sources: figure.sources,
          })),
        ),
      ),
  },
  {
    id: 'claims',
    title: "Each side's claim to each island: status, administration, legal basis, key documents",
    required: [
      'island',
      'side',
      'administers_in_practice',
      ...inEachLang('status'),
      'legal_basis',
      'sources',
    ],
    rows: (data) =>
      data.claims.claims.map((claim) => ({
        island: claim.island,
        side: claim.side,
        administers_in_practice: claim.administersInPractice,
        ...localized('status', claim.status.text),
        ...joinedLocalized(
          'administration',
          claim.administration.map((unit) => unit.name),
          PARTICIPANT_SEPARATOR,
        ),
        administration_native: claim.administration.map((unit) => unit.native).join(' / '),
        legal_basis: claim.legalBasis,
        key_documents: claim.keyDocuments.map((document) => document.event),
        sources: union(
          claim.status.sources,
          claim.administration.flatMap((unit) => unit.sources),
          claim.keyDocuments.flatMap((document) => document.sources),
        ),
      })),
  },
  {
    id: 'arguments',
    title: "Each side's arguments, in its own terms (the claims' legal_basis)",
    required: ['id', 'side', ...inEachLang('text'), 'sources'],
    rows: (data) =>
      data.claims.arguments.map((argument) => ({
        id: argument.id,
        side: argument.side,
        ...localized('text', argument.text),
        sources: argument.sources,
      })),
  },
  {
    id: 'events',
    title: 'The history of the claims, oldest first, with each side’s reading where they differ',
    required: [
      'id',
      'kind',
      'date_start',
      'date_precision',
      ...inEachLang('title'),
      ...inEachLang('summary'),
      'sources',
    ],
    rows: (data) =>
      data.events.events.map((event) => ({
        id: event.id,
        kind: event.kind,
        ...dateColumns(event.date),
        in_force: event.inForce ?? null,
        ...localized('title', event.title),
        ...localized('summary', event.summary),
        ...localized('reading_japan', event.readings?.japan?.text),
        reading_japan_sources: event.readings?.japan?.sources ?? [],
        ...localized('reading_russia', event.readings?.russia?.text),
        reading_russia_sources: event.readings?.russia?.sources ?? [],
        islands: event.islands,
        topics: event.topics ?? [],
        venue: event.venue ?? null,
        meetings: event.meetings ?? [],
        ...joinedLocalized('unconfirmed', event.unconfirmed ?? [], NOTE_SEPARATOR),
        sources: event.sources,
      })),
  },
  {
    id: 'meetings',
    title: 'Meetings of the two sides (and the conferences from 1855), in date order',
    required: [
      'id',
      'format',
      'date_start',
      'date_precision',
      'venue',
      ...inEachLang('outcome'),
      'sources',
    ],
    rows: (data) => {
      const people = new Map(data.meetings.people.map((person) => [person.id, person]));
      const roles = new Map(data.meetings.roles.map((role) => [role.id, role]));
      const venues = new Map(data.venues.venues.map((venue) => [venue.id, venue]));
      const participants = (list = []) =>
        list.map(({ person, role }) =>
          Object.fromEntries(
            LANGS.map((lang) => [
              lang,
              `${people.get(person).name[lang]} (${roles.get(role).title[lang]})`,
            ]),
          ),
        );
      return data.meetings.meetings.map((meeting) => ({
        id: meeting.id,
        format: meeting.format,
        round: meeting.round ?? null,
        ...dateColumns(meeting.date),
        venue: meeting.venue,
        ...localized('venue_name', venues.get(meeting.venue).name),
        ...localized('occasion', meeting.occasion),
        ...['japan', 'russia', 'others'].reduce(
          (columns, party) => ({
            ...columns,
            ...joinedLocalized(
              `participants_${party}`,
              participants(meeting.participants[party]),
              PARTICIPANT_SEPARATOR,
            ),
          }),
          {},
        ),
        ...localized('outcome', meeting.outcome),
        event: meeting.event ?? null,
        continues: meeting.continues ?? null,
        sources: meeting.sources,
      }));
    },
  },
  {
    id: 'venues',
    title: 'The cities where the meetings were held, with their coordinates',
    required: ['id', ...inEachLang('name'), 'country', 'longitude', 'latitude', 'sources'],
    coordinates: ['GN'],
    rows: (data) =>
      data.venues.venues.map((venue) => ({
        id: venue.id,
        ...localized('name', venue.name),
        country: venue.country,
        longitude: venue.coordinates[0],
        latitude: venue.coordinates[1],
        meetings: data.meetings.meetings.filter((meeting) => meeting.venue === venue.id).length,
        ...localized('note', venue.note),
        sources: venue.sources,
      })),
  },
  {
    id: 'sources',
    title: 'Every source the other files cite, by id: title, publisher, address',
    required: ['id', 'title', 'publisher', 'kind', 'url'],
    rows: (data) =>
      data.sources.sources.map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        kind: source.kind,
        url: source.links[0].url,
        more_urls: source.links.slice(1).map((link) => link.url),
        licence: source.licence ?? null,
      })),
  },
];

/** The GeoJSON files: each feature's geometry, the table row it carries, and where it comes from. */
const LAYERS = [
  {
    id: 'islands',
    title: "The four island units' coastlines (Habomai's islets in order, as `islets`)",
    geometry: ['GSHHG'],
    features: (data, tables, { islands }) =>
      islands.features.map((feature) => {
        const row = tables.islands.find((island) => island.id === feature.properties.id);
        return {
          type: 'Feature',
          properties: {
            ...row,
            islets: feature.properties.islets ?? [],
            sources: union(row.sources, ['GSHHG']),
          },
          geometry: feature.geometry,
        };
      }),
  },
  {
    id: 'venues',
    title: 'The cities where the meetings were held, as points',
    geometry: ['GN'],
    features: (data, tables) =>
      tables.venues.map(({ longitude, latitude, ...properties }) => ({
        type: 'Feature',
        properties,
        geometry: { type: 'Point', coordinates: [longitude, latitude] },
      })),
  },
  {
    id: 'lines',
    title: 'Borders, the line of control and the border Japan claims, with their dates',
    geometry: ['GSHHG'],
    features: (data, tables, { lines }) =>
      lines.features.map((feature) => {
        const line = data.lines.lines.find((item) => item.id === feature.properties.id);
        return {
          type: 'Feature',
          properties: {
            id: line.id,
            kind: line.kind,
            kind_japan: line.viewedAs.japan,
            kind_russia: line.viewedAs.russia,
            valid_from: line.validFrom,
            valid_to: line.validTo,
            approximate: feature.properties.approximate,
            ...localized('name', line.name),
            ...localized('description', line.description),
            sources: feature.properties.sources,
          },
          geometry: feature.geometry,
        };
      }),
  },
];

const MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  geojson: 'application/geo+json',
};

/** The licences of a file: the project's for the data set, and each data set's for its part. */
function licencesFor(data, { coordinates = [], geometry = [] }) {
  const sources = new Map(data.sources.sources.map((source) => [source.id, source]));
  const of = (covers) => (id) => {
    const source = sources.get(id);
    return {
      covers,
      licence: source.licence,
      url: source.links[0].url,
      attribution: `${source.title}; ${source.publisher}`,
      source: id,
    };
  };
  return [
    { covers: 'data', ...PROJECT_LICENCE },
    ...coordinates.map(of('coordinates')),
    ...geometry.map(of('geometry')),
  ];
}

function csvCell(value) {
  const text =
    value === null ? '' : Array.isArray(value) ? value.join(ID_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, CRLF line ends, fields quoted where they hold a comma, quote or break. */
export function toCsv(rows) {
  const columns = Object.keys(rows[0]);
  const lines = [columns, ...rows.map((row) => columns.map((column) => csvCell(row[column])))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

const json = (value) => JSON.stringify(value, null, 1) + '\n';
/** GeoJSON on one line: its coordinates one to a line would triple the file. */
const compactJson = (value) => JSON.stringify(value) + '\n';

/**
 * Every file of the download folder, name to text, from the data set (as src/data/dispute.ts
 * loads it), islands.geojson and lines.geojson, and the inputs' records ({path, sha256}).
 * Pure, so a test can rebuild the folder in memory.
 */
export function buildDownloads({ data, islands, lines, inputs }) {
  const files = [];
  const add = (name, format, text, entry) =>
    files.push({
      name,
      text,
      entry: {
        name,
        format,
        media_type: MEDIA_TYPES[format],
        bytes: Buffer.byteLength(text),
        sha256: sha256(Buffer.from(text)),
        ...entry,
      },
    });
  const tables = Object.fromEntries(TABLES.map((table) => [table.id, table.rows(data)]));

  for (const table of TABLES) {
    const rows = tables[table.id];
    const licences = licencesFor(data, table);
    const entry = {
      group: table.id,
      title: table.title,
      records: rows.length,
      columns: Object.keys(rows[0]),
      required: table.required,
      licences,
      cites: 'kuril-sources.csv',
    };
    add(`kuril-${table.id}.csv`, 'csv', toCsv(rows), entry);
    add(
      `kuril-${table.id}.json`,
      'json',
      json({ title: table.title, licences, cites: 'kuril-sources.json', records: rows }),
      { ...entry, cites: 'kuril-sources.json' },
    );
  }
  for (const layer of LAYERS) {
    const features = layer.features(data, tables, { islands, lines });
    const licences = licencesFor(data, layer);
    add(
      `kuril-${layer.id}.geojson`,
      'geojson',
      compactJson({ type: 'FeatureCollection', title: layer.title, licences, features }),
      {
        group: `${layer.id}-map`,
        title: layer.title,
        records: features.length,
        columns: Object.keys(features[0].properties),
        required: [],
        licences,
        cites: 'kuril-sources.json',
      },
    );
  }
  const recordLicences = licencesFor(data, { coordinates: ['GN'] });
  const recordTitle = 'The whole cited record as the map reads it (geodata/dispute/*.json)';
  add(
    'kuril-record.json',
    'json',
    json({ title: recordTitle, licences: recordLicences, ...data }),
    {
      group: 'record',
      title: recordTitle,
      records: null,
      columns: Object.keys(data),
      required: [],
      licences: recordLicences,
      cites: 'kuril-record.json (sources)',
    },
  );

  const manifest = {
    title: 'Kuril Islands dispute map: the cited data set, for download',
    readme: 'README.txt',
    separators: { ids: ID_SEPARATOR, participants: PARTICIPANT_SEPARATOR, notes: NOTE_SEPARATOR },
    inputs,
    script: SCRIPT,
    command: 'npm run geodata',
    files: files.map((file) => file.entry),
  };
  const texts = new Map(files.map((file) => [file.name, file.text]));
  texts.set('manifest.json', json(manifest));
  texts.set('README.txt', readme(manifest, data));
  return texts;
}

/** The folder's README: what each file holds, its licence and how to cite it, in English. */
function readme(manifest, data) {
  const licenceLine = (l) =>
    l.covers === 'data'
      ? `  - the data (names, texts, dates, figures as compiled, ids): ${l.licence} (${l.url}), ${l.attribution}`
      : `  - the ${l.covers}: ${l.licence}, ${l.attribution} (${l.url})`;
  const fileBlock = (entry) =>
    [
      `${entry.name} (${entry.format.toUpperCase()}, ${entry.bytes} bytes${
        entry.records === null ? '' : `, ${entry.records} records`
      })`,
      `  ${entry.title}.`,
      `  Columns: ${entry.columns.join(', ')}.`,
      ...(entry.required.length ? [`  Never empty: ${entry.required.join(', ')}.`] : []),
      '  Licences:',
      ...entry.licences.map(licenceLine),
    ].join('\n');
  const cited = data.sources.sources.length;
  return (
    [
      manifest.title,
      '='.repeat(manifest.title.length),
      '',
      'Built by geodata/scripts/build-downloads.mjs (npm run geodata) from the same files the map',
      'reads; manifest.json lists every file with its size, sha256, columns, licences and inputs.',
      '',
      'Conventions',
      '- CSV: UTF-8 without a byte order mark, comma-separated, CRLF line ends, one header row, one',
      '  row per record (RFC 4180). In a spreadsheet, import it as UTF-8 (Excel: Data > From',
      '  Text/CSV) so that Russian and Japanese text shows.',
      '- Column names are snake_case and stable. Text in three languages has one column per',
      '  language: _en, _ru, _ja.',
      '- Dates are ISO 8601 at the precision known: YYYY-MM-DD, YYYY-MM or YYYY (date_precision',
      '  says which); date_end is the last day of a range, inclusive.',
      `- Lists of ids in one cell are joined by "${ID_SEPARATOR}"; participants by "${PARTICIPANT_SEPARATOR}"; notes by a line`,
      '  break. The JSON files keep lists as arrays and empty cells as null.',
      `- The sources column lists source ids; kuril-sources.csv (and .json) resolves all ${cited} of them`,
      '  to a title, a publisher and an address.',
      '- Sides are japan and russia; russia stands for the Soviet Union before 1992 as well. Where',
      '  sources disagree, each figure has its own row with its origin (japan-official,',
      '  russia-official, reference); confirmed=false marks a figure the sources at hand do not',
      '  confirm. kuril-record.json also holds what the tables leave out: Ainu origins of the names,',
      '  the islets, settlements, unconfirmed meetings, checks of press reports and the tour.',
      '',
      'Licences',
      `The project's own data (geodata/dispute/) is under the ${PROJECT_LICENCE.licence} licence: use it freely,`,
      `naming "${PROJECT_LICENCE.attribution}". Geometry and`,
      'coordinates taken from other data sets keep their licences, listed with each file below:',
      'GSHHG (coastlines, and the lines drawn from them) under the GNU LGPL 3.0 or later, GeoNames',
      '(venue coordinates) under CC BY 4.0.',
      '',
      'Files',
      '',
      manifest.files.map(fileBlock).join('\n\n'),
      '',
    ].join('\n') + '\n'
  );
}

/** The inputs as the manifest records them: path and sha256. */
export function inputRecords() {
  return INPUTS.map((path) => ({ path, sha256: sha256(readFileSync(join(root, path))) }));
}

async function main() {
  // The data set and its checks are the app's own TypeScript modules, loaded through Vite.
  const { runnerImport } = await import('vite');
  const load = async (path) =>
    (await runnerImport(join(root, path), { configFile: false, root, logLevel: 'error' })).module;
  const { rawDispute } = await load('src/data/dispute.ts');
  const { validateDispute } = await load('src/data/validate.ts');
  const problems = validateDispute(rawDispute);
  if (problems.length > 0) {
    throw new Error(
      `the data set has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
  }
  const readGeojson = (name) => JSON.parse(readFileSync(join(root, 'public/data', name), 'utf8'));
  const texts = buildDownloads({
    data: rawDispute,
    islands: readGeojson('islands.geojson'),
    lines: readGeojson('lines.geojson'),
    inputs: inputRecords(),
  });
  const folder = join(root, DOWNLOAD_DIR);
  mkdirSync(folder, { recursive: true });
  // Files no longer built are removed, so the folder holds exactly what the manifest lists.
  for (const name of readdirSync(folder)) if (!texts.has(name)) rmSync(join(folder, name));
  for (const [name, text] of texts) writeFileSync(join(folder, name), text);
  const bytes = [...texts.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`${DOWNLOAD_DIR}: ${texts.size} files, ${bytes} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
