// Bundled fonts of the map's labels: Noto Sans for Latin and Cyrillic, Noto Sans JP for Japanese.
// The CSS splits each face by unicode-range, so the browser fetches only the ranges a label uses.
// Noto Sans JP's CSS (110 KB: a rule per range) comes with the first Japanese label. The page's
// own text is in the reader's system fonts.
import '@fontsource/noto-sans/400.css';

/** Kana, CJK ideographs and full-width forms: what Noto Sans JP draws in a label. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

const loads = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/** The text of a set of labels, as loadLabelFonts takes it. */
export const labelText = (labels: Record<string, string>) => Object.values(labels).join(' ');

/** The faces `text` needs have loaded (or timed out) already. */
export const labelFontsLoaded = (text: string) => loaded.has(text);

/**
 * Resolves once the faces `text` needs are loaded (or after `timeoutMs`, so a font failure never
 * keeps labels off the map; MapLibre then draws them in the next face it finds). Noto Sans JP is
 * asked only for the Japanese characters: its Latin and Cyrillic ranges would go unused. One load
 * per text: main.ts starts the first view's before the page asks for it.
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
  const japanese = (text.match(JAPANESE) ?? []).join('');
  const other = text.replace(JAPANESE, '').trim();
  const faces = Promise.all([
    other && document.fonts.load('16px "Noto Sans"', other),
    japanese &&
      import('@fontsource/noto-sans-jp/400.css').then(() =>
        document.fonts.load('16px "Noto Sans JP"', japanese),
      ),
  ]).then(() => undefined);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([faces.catch(() => undefined), timeout]);
}
