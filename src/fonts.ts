// Bundled label fonts: Noto Sans for Latin and Cyrillic, Noto Sans JP for Japanese. The CSS
// splits each face by unicode-range, so the browser fetches only the ranges a label uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-jp/400.css';

/**
 * Resolves once the faces the map labels need are loaded (or after `timeoutMs`, so a font
 * failure never keeps labels off the map; MapLibre then draws them in the next face it finds).
 */
export function loadLabelFonts(sampleText: string, timeoutMs = 3000): Promise<void> {
  if (!('fonts' in document)) return Promise.resolve();
  const loads = Promise.all([
    document.fonts.load('16px "Noto Sans"', sampleText),
    document.fonts.load('16px "Noto Sans JP"', sampleText),
  ]).then(() => undefined);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([loads.catch(() => undefined), timeout]);
}
