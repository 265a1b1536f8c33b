// The embed code generator: the URL of an embedded view and the iframe code that shows it. Pure,
// so every option can be tested without a browser. Every attribute value is escaped for HTML,
// since the code is pasted into other people's pages.
import type { Lang } from '../data/schema';
import type { Pov } from '../state/perspective';
import { writeHash, type HashOptions, type ViewState } from '../state/url';

export interface EmbedOptions {
  /** The page the map lives at: location.origin + location.pathname. */
  pageUrl: string;
  /** The view being shared. */
  view: ViewState;
  hashOptions: HashOptions;
  /** Fixed: width × height pixels. Responsive: full width, width : height as the proportions. */
  responsive: boolean;
  width: number;
  height: number;
  /** Open the panel of the current selection; without it the selection is left out. */
  panel: boolean;
  /** No panning or zooming in the embedded map. */
  locked: boolean;
  pov: Pov;
  lang: Lang;
  /** The camera of the view; without it the embedded map opens at its default view. */
  currentView: boolean;
  /** The guided tour's chapter the embedded map opens at; null: no tour. */
  tour: string | null;
  /** Japan's and Russia's views side by side. */
  compare: boolean;
  /** The iframe's accessible title, in the embed's language. */
  title: string;
}

export const SIZE_LIMITS = { min: 200, max: 4000 } as const;
export const DEFAULT_SIZE = { width: 800, height: 600 } as const;

/** A whole number of pixels within SIZE_LIMITS; the default when it is not a number. */
export function clampSize(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(SIZE_LIMITS.max, Math.max(SIZE_LIMITS.min, Math.round(value)));
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The URL the iframe opens: always in embed mode, with `lock=1` when locked. */
export function embedUrl(options: EmbedOptions): string {
  const { view, panel } = options;
  const state: ViewState = {
    ...view,
    camera: options.currentView ? view.camera : null,
    island: panel ? view.island : null,
    venue: panel ? view.venue : null,
    pov: options.pov,
    lang: options.lang,
    embed: true,
    // The embed's own options, whatever the view carried.
    lock: options.locked,
    tour: options.tour,
    compare: options.compare,
  };
  return options.pageUrl + writeHash(state, options.hashOptions);
}

/** The iframe code to paste into a page. */
export function embedCode(options: EmbedOptions): string {
  const width = clampSize(options.width, DEFAULT_SIZE.width);
  const height = clampSize(options.height, DEFAULT_SIZE.height);
  const attributes =
    `src="${escapeHtml(embedUrl(options))}" title="${escapeHtml(options.title)}"` +
    ' loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"';
  if (!options.responsive) {
    return `<iframe ${attributes} width="${width}" height="${height}" style="border:0"></iframe>`;
  }
  // A box whose top padding is a share of its width keeps the proportions in every browser.
  const padding = `${Number(((height / width) * 100).toFixed(4))}%`;
  return (
    `<div style="position:relative;width:100%;height:0;padding-top:${padding}">` +
    `<iframe ${attributes} style="position:absolute;inset:0;width:100%;height:100%;border:0">` +
    '</iframe></div>'
  );
}
