// Builds public/fonts/noto-sans-jp-labels.woff2: Noto Sans CJK JP cut down to the Japanese
// characters the map's labels can draw (every place name and island label, in every language and
// view), so the first Japanese view loads one small face instead of the unicode-range files of the
// whole font. Run after build-places.mjs and build-first-view.mjs (it reads their outputs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debianVersion, readJson, root, sha256 } from './lib.mjs';

const NOTO_CJK = {
  package: 'fonts-noto-cjk',
  source: 'Debian 12 (apt-get install fonts-noto-cjk)',
  version: '2.004',
  debianVersion: '1:20220127+repack1-1',
  file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  fontNumber: 0,
  face: 'Noto Sans CJK JP Regular (face 0 of the collection)',
  sha256: 'b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a',
  licence: 'OFL-1.1',
  attribution: 'Noto Sans CJK, Google and Adobe (Source Han Sans)',
};
const FONTTOOLS = {
  package: 'python3-fonttools',
  source: 'Debian 12',
  version: '4.38.0',
  debianVersion: '4.38.0-1+deb12u1',
  licence: 'MIT',
  role: 'subsets the face and writes WOFF2 (python3 -m fontTools.subset, as pyftsubset)',
};
const BROTLI = {
  package: 'python3-brotli',
  source: 'Debian 12',
  version: '1.0.9',
  debianVersion: '1.0.9-2+deb12u1',
  licence: 'MIT',
  role: 'compresses the WOFF2',
};
const PYTHON = '/usr/bin/python3';

/** The label texts' files: the place names and the island names the labels are made from. */
const PLACES = 'public/data/places.geojson';
const FIRST_VIEW = 'geodata/derived/first-view.json';
const OUTPUT = 'public/fonts/noto-sans-jp-labels.woff2';

/**
 * What the face draws: kana, CJK ideographs and full-width forms, the ranges src/map/fonts.ts
 * gives the face (everything else in a label is Latin or Cyrillic, drawn by Noto Sans).
 */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function checkInputs() {
  for (const { package: pkg, debianVersion: pinned } of [NOTO_CJK, FONTTOOLS, BROTLI]) {
    const installed = debianVersion(pkg);
    if (installed !== pinned)
      throw new Error(
        `${pkg} ${pinned} is needed to rebuild (found ${installed ?? 'none'}): apt-get install -y fonts-noto-cjk python3-fonttools python3-brotli`,
      );
  }
  const digest = sha256(readFileSync(realpathSync(NOTO_CJK.file)));
  if (digest !== NOTO_CJK.sha256)
    throw new Error(
      `${NOTO_CJK.file}: sha256 ${digest} does not match the pinned ${NOTO_CJK.sha256}`,
    );
}

/**
 * Every text a label can show: each place's names and the Japanese side's names in the three
 * languages (src/map/basemapLayers.ts), and each island's names in the forms
 * src/state/perspective.ts makes its labels from.
 */
function labelTexts() {
  const places = readJson(join(root, PLACES)).features.flatMap(({ properties }) =>
    ['en', 'ru', 'ja'].flatMap((lang) => [properties[`name_${lang}`], properties[`japan_${lang}`]]),
  );
  const islands = readJson(join(root, FIRST_VIEW)).islands.flatMap(({ names }) => [
    names.english.russianDerived,
    names.english.japaneseDerived,
    names.russian.cyrillic,
    names.transcriptions.japaneseInCyrillic,
    names.transcriptions.russianInKatakana,
    names.japanese.kanji,
  ]);
  return [...places, ...islands].filter(Boolean);
}

function main() {
  checkInputs();
  const characters = [...new Set(labelTexts().join(''))]
    .filter((character) => JAPANESE.test(character))
    .sort((a, b) => a.codePointAt(0) - b.codePointAt(0))
    .join('');
  const scratch = mkdtempSync(join(tmpdir(), 'fonts-'));
  try {
    const textFile = join(scratch, 'characters.txt');
    writeFileSync(textFile, characters);
    const output = join(root, OUTPUT);
    mkdirSync(join(output, '..'), { recursive: true });
    const options = [
      `--font-number=${NOTO_CJK.fontNumber}`,
      `--text-file=${textFile}`,
      '--flavor=woff2',
      // Labels are drawn on a canvas at 10 to 16 px: hints and subroutines cost bytes, not clarity.
      '--no-hinting',
      '--desubroutinize',
    ];
    execFileSync(PYTHON, [
      '-m',
      'fontTools.subset',
      NOTO_CJK.file,
      ...options,
      `--output-file=${output}`,
    ]);
    const bytes = readFileSync(output);
    const script = relative(root, fileURLToPath(import.meta.url));
    const record = {
      output: OUTPUT,
      sha256: sha256(bytes),
      bytes: bytes.length,
      inputs: [
        NOTO_CJK,
        ...[PLACES, FIRST_VIEW].map((path) => ({
          path,
          sha256: sha256(readFileSync(join(root, path))),
          origin: 'the label texts',
        })),
      ],
      tools: [FONTTOOLS, BROTLI],
      characters,
      method: `Every character of the label texts (${PLACES}: name_ and japan_ in en, ru, ja; ${FIRST_VIEW}: the island names the labels use) in U+3000–30FF, U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF, U+FF00–FFEF, kept from face ${NOTO_CJK.fontNumber} of ${NOTO_CJK.file} by fontTools.subset ${options.filter((o) => !o.startsWith('--text-file')).join(' ')}.`,
      script,
      command: `node ${script}`,
    };
    writeFileSync(`${output}.source.json`, JSON.stringify(record, null, 2) + '\n');
    console.log(`${OUTPUT}: ${[...characters].length} characters, ${bytes.length} bytes`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
