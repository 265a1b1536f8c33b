// Bundled fonts of the map's labels: Noto Sans for Latin and Cyrillic, Noto Sans JP for Japanese.
// Noto Sans's CSS splits it by unicode-range, so the browser fetches only the ranges a label uses.
// Noto Sans JP is one small file holding just the Japanese characters the labels can draw
// (public/fonts/noto-sans-jp-labels.woff2, geodata/scripts/build-fonts.mjs); it loads with the
// first Japanese label. The page's own text is in the reader's system fonts.
import '@fontsource/noto-sans/400.css';

/** Kana, CJK ideographs and full-width forms: what Noto Sans JP draws in a label. */
export const JAPANESE_RANGES: readonly [number, number][] = [
  [0x3000, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff00, 0xffef],
];
const JAPANESE = new RegExp(
  `[${JAPANESE_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`,
  'gu',
);
const JAPANESE_FACE_URL = `${import.meta.env.BASE_URL}fonts/noto-sans-jp-labels.woff2`;

/**
 * The Japanese face, declared for the ranges it draws as a CSS @font-face with that unicode-range
 * would be: the browser fetches it only for Japanese text, whoever draws it first.
 */
function declareJapaneseFace(): FontFace {
  const hex = (code: number) => code.toString(16).toUpperCase();
  const face = new FontFace('Noto Sans JP', `url(${JAPANESE_FACE_URL}) format('woff2')`, {
    unicodeRange: JAPANESE_RANGES.map(([from, to]) => `U+${hex(from)}-${hex(to)}`).join(', '),
  });
  document.fonts.add(face);
  return face;
}

const japaneseFace = typeof FontFace === 'undefined' ? null : declareJapaneseFace();

const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/** The text of a set of labels, as loadLabelFonts takes it. */
export const labelText = (labels: Record<string, string>) => Object.values(labels).join(' ');

/** The faces `text` needs have loaded (or timed out) already. */
export const labelFontsLoaded = (text: string) => loaded.has(text);

/**
 * Resolves once the faces `text` needs are loaded (or after `timeoutMs`, so a font failure never
 * keeps labels off the map; MapLibre then draws them in the next face it finds). One load per
 * text: main.ts starts the first view's before the page asks for it.
 */
export function loadLabelFonts(text: string, timeoutMs = 3000): Promise<void> {
  const known = loads.get(text);
  if (known) return known;
  const load = fontsFor(text, timeoutMs).then(() => void loaded.add(text));
  loads.set(text, load);
  return load;
}

function fontsFor(text: string, timeoutMs: number): Promise<void> {
  if (!('fonts' in document)) return Promise.resolve();
  const japanese = text.search(JAPANESE) !== -1;
  const other = text.replace(JAPANESE, '').trim();
  const faces = Promise.all([
    other && document.fonts.load('16px "Noto Sans"', other),
    // One file holds every Japanese label: loading it once covers them all.
    japanese && japaneseFace?.load(),
  ]).then(() => undefined);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([faces.catch(() => undefined), timeout]);
}
