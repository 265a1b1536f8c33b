// Pure helpers of the printed page: paper sizes, the @page rule, the resolution the map is copied
// at and the scale bar's length.

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** Width and height in millimetres, portrait. */
const PAPER_MM: Record<Paper, [number, number]> = { a4: [210, 297], letter: [215.9, 279.4] };
const CSS_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' };
export const MARGIN_MM = 12;

/** US Letter where it is the usual paper (the US, Canada, Mexico, the Philippines), A4 elsewhere. */
export function defaultPaper(locales: readonly string[]): Paper {
  const region = (locales[0] ?? '').split('-')[1]?.toUpperCase();
  return region && ['US', 'CA', 'MX', 'PH'].includes(region) ? 'letter' : 'a4';
}

/** The page's size and margins, for a style element while the sheet is on the page. */
export function pageRule(paper: Paper, orientation: Orientation): string {
  return `@page { size: ${CSS_SIZE[paper]} ${orientation}; margin: ${MARGIN_MM}mm; }`;
}

/** The printable width in millimetres. */
export function printableWidthMm(paper: Paper, orientation: Orientation): number {
  const [short, long] = PAPER_MM[paper];
  return (orientation === 'portrait' ? short : long) - 2 * MARGIN_MM;
}

/** Dots per inch the map is copied at: sharp on paper, and within what a browser encodes quickly. */
export const PRINT_DPI = 200;
/** MapLibre's canvas is at most this wide. */
const MAX_CANVAS_PX = 4096;

/** The pixel ratio that gives the map PRINT_DPI across the printable width (1 to 4). */
export function printPixelRatio(mapWidthCss: number, paper: Paper, orientation: Orientation) {
  const wantedPx = (printableWidthMm(paper, orientation) / 25.4) * PRINT_DPI;
  const ratio = Math.min(wantedPx / mapWidthCss, MAX_CANVAS_PX / mapWidthCss, 4);
  return Math.max(1, Math.round(ratio * 100) / 100);
}

export interface ScaleBar {
  /** The bar's ground length. */
  metres: number;
  /** The bar's length as a share of the map's width. */
  share: number;
}

/**
 * The longest round length (1, 2 or 5 times a power of ten metres) whose bar takes at most
 * `most` of the map's width.
 */
export function scaleBar(metresPerPixel: number, mapWidth: number, most = 0.25): ScaleBar {
  const longest = metresPerPixel * mapWidth * most;
  const power = 10 ** Math.floor(Math.log10(longest));
  const step = [5, 2, 1].find((factor) => factor * power <= longest)!;
  const metres = step * power;
  return { metres, share: metres / (metresPerPixel * mapWidth) };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the map the page's controls and panel leave clear (`insets`, CSS pixels from each
 * edge): what the reader sees is what prints. The whole map when that part is under `least` of
 * either side (a phone's bottom sheet at full height).
 */
export function clearBox(
  width: number,
  height: number,
  insets: { top: number; right: number; bottom: number; left: number } | null,
  least = 0.3,
): Box {
  const whole = { x: 0, y: 0, width, height };
  if (!insets) return whole;
  const box = {
    x: Math.round(insets.left),
    y: Math.round(insets.top),
    width: Math.round(width - insets.left - insets.right),
    height: Math.round(height - insets.top - insets.bottom),
  };
  return box.width < least * width || box.height < least * height ? whole : box;
}
