// The embed code generator: the URL of an embedded view and the iframe code that shows it. Pure,
// so every option can be tested without a browser. Every attribute value is escaped for HTML,
// since the code is pasted into other people's pages.
import type { Lang } from '../data/schema';
import type { Pov } from '../state/perspective';
import { writeHash, type HashOptions, type ViewState } from '../state/url';
import { FRAME_SIZE_LIMITS } from '../ui/sizes';

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
  /** A picture of the view for pages or readers without scripts; null: none. */
  fallback: { imageUrl: string; alt: string; linkUrl: string } | null;
}

export { FRAME_SIZE_LIMITS as SIZE_LIMITS };
export const DEFAULT_SIZE = { width: 800, height: 600 } as const;

/** A whole number of pixels within SIZE_LIMITS; the default when it is not a number. */
export function clampSize(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(FRAME_SIZE_LIMITS.max, Math.max(FRAME_SIZE_LIMITS.min, Math.round(value)));
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

/** The class of what the embed code puts on the page: the fallback hides it where no script runs. */
const EMBED_CLASS = 'kuril-map-embed';

/**
 * The iframe code to paste into a page. A responsive embed ends with the host snippet, which
 * gives the frame the height the map asks for; with a fallback, a page whose reader runs no
 * scripts shows the picture, linked to the full map, in place of the frame.
 */
export function embedCode(options: EmbedOptions): string {
  const width = clampSize(options.width, DEFAULT_SIZE.width);
  const height = clampSize(options.height, DEFAULT_SIZE.height);
  const attributes =
    `src="${escapeHtml(embedUrl(options))}" title="${escapeHtml(options.title)}"` +
    ' loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"';
  const fallback = options.fallback ? fallbackMarkup(options.fallback, width, height) + '\n' : '';
  if (!options.responsive) {
    return (
      fallback +
      `<iframe class="${EMBED_CLASS}" ${attributes} width="${width}" height="${height}"` +
      ' style="border:0"></iframe>'
    );
  }
  // A box whose top padding is a share of its width keeps the proportions in every browser.
  const padding = `${Number(((height / width) * 100).toFixed(4))}%`;
  return (
    fallback +
    `<div class="${EMBED_CLASS}" style="position:relative;width:100%;height:0;padding-top:${padding}">` +
    `<iframe ${attributes} style="position:absolute;inset:0;width:100%;height:100%;border:0">` +
    '</iframe></div>\n' +
    `<script>\n${hostSnippet(new URL(options.pageUrl).origin)}</script>`
  );
}

/** The picture and its link, shown only where scripts do not run, and the rule that hides the frame. */
function fallbackMarkup(
  fallback: NonNullable<EmbedOptions['fallback']>,
  width: number,
  height: number,
) {
  return (
    `<noscript><style>.${EMBED_CLASS}{display:none}</style>` +
    `<a href="${escapeHtml(fallback.linkUrl)}"><img src="${escapeHtml(fallback.imageUrl)}"` +
    ` alt="${escapeHtml(fallback.alt)}" width="${width}" height="${height}"` +
    ' style="max-width:100%;height:auto"></a></noscript>'
  );
}

/**
 * The host page's side of `kuril-map:resize` (README, "Embedding"): it listens for the message
 * from this frame only (its window and the map's origin) and gives the box the height asked for.
 * Plain ES5, so it runs wherever it is pasted.
 */
export function hostSnippet(mapOrigin: string): string {
  // A JSON string is a JavaScript string; `<` escaped so that it cannot close the script element.
  const origin = JSON.stringify(mapOrigin).replace(/</g, '\\u003c');
  return [
    '/* Kuril Islands dispute map: gives the frame the height the map asks for (kuril-map:resize). */',
    '(function (box) {',
    "  var frame = box.querySelector('iframe');",
    "  window.addEventListener('message', function (event) {",
    '    var data = event.data;',
    `    if (event.source !== frame.contentWindow || event.origin !== ${origin}) return;`,
    "    if (!data || data.type !== 'kuril-map:resize' || typeof data.height !== 'number') return;",
    "    box.style.paddingTop = '0';",
    `    box.style.height = Math.min(${FRAME_SIZE_LIMITS.max}, Math.max(${FRAME_SIZE_LIMITS.min}, Math.round(data.height))) + 'px';`,
    '  });',
    '})(document.currentScript.previousElementSibling);',
    '',
  ].join('\n');
}
