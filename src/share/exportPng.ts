// PNG export: the map as drawn, with a footer strip that says what it shows (perspective, year),
// when it was exported and whose data it is, so a picture on a slide still says all of that.
import type { Lang } from '../data/schema';
import type { Pov } from '../state/perspective';
import { formatDate } from '../i18n/format';
import { CREDITS } from '../map/style';
import { localIsoDate } from '../ui/format';

/** Resolves 'share' keys and 'app:'-prefixed ones, in the language of the export. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FooterInfo {
  pov: Pov;
  /** null: today. */
  year: number | null;
  lang: Lang;
  /** The moment of export. */
  now: Date;
}

export function footerLines({ pov, year, lang, now }: FooterInfo, t: Translate): string[] {
  const yearShown = year === null ? t('footer.today', { year: now.getFullYear() }) : String(year);
  return [
    t('footer.shown', { pov: t(`app:pov.${pov}`), year: yearShown }),
    t('footer.exported', { date: formatDate(localIsoDate(now), lang) }) + ' · ' + CREDITS,
  ];
}

export function exportFileName(pov: Pov, now: Date): string {
  return `kuril-map-${pov}-${localIsoDate(now)}.png`;
}

// CSS pixels, multiplied by the pixel ratio of the export.
const FONT_SIZE = 12;
const LINE_HEIGHT = 18;
const PADDING = 8;
// The page's own text face (src/ui/global.css).
const FONT_FAMILY = 'system-ui, sans-serif';

export function footerHeight(pixelRatio: number, lineCount: number): number {
  return Math.round(pixelRatio * (2 * PADDING + lineCount * LINE_HEIGHT));
}

/** The map with the footer below it, as a PNG. */
export function exportPng(map: HTMLCanvasElement, lines: string[], pixelRatio: number) {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height + footerHeight(pixelRatio, lines.length);
  const context = canvas.getContext('2d')!;
  context.drawImage(map, 0, 0);
  context.fillStyle = '#ffffff';
  context.fillRect(0, map.height, canvas.width, canvas.height - map.height);
  context.fillStyle = '#c9d3da';
  context.fillRect(0, map.height, canvas.width, Math.max(1, Math.round(pixelRatio)));

  // A narrow map gets smaller type rather than cut-off credits.
  const room = canvas.width - 2 * PADDING * pixelRatio;
  context.font = `${FONT_SIZE * pixelRatio}px ${FONT_FAMILY}`;
  const widest = Math.max(...lines.map((line) => context.measureText(line).width));
  const size = FONT_SIZE * pixelRatio * Math.min(1, room / widest);
  context.font = `${size}px ${FONT_FAMILY}`;
  context.fillStyle = '#1f2a33';
  context.textBaseline = 'middle';
  lines.forEach((line, index) => {
    const y = map.height + pixelRatio * (PADDING + (index + 0.5) * LINE_HEIGHT);
    context.fillText(line, PADDING * pixelRatio, y);
  });

  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** Saves a file through a temporary link; the object URL is freed once the download started. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
