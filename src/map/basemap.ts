// An online basemap under the app's own layers (README, "An online basemap"). The merge is a pure
// function of the app's style and the basemap's; fetching the basemap's style is apart from it
// (fetchBasemap.ts, loaded only when config.json names a basemap).
import type {
  LayerSpecification,
  SourceSpecification,
  SpriteSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { EMBEDDED_BASEMAP_LAYERS, LABEL_FONTS } from './style';

/** Ids of the basemap's sources and layers get this prefix, so they never meet the app's. */
export const BASEMAP_PREFIX = 'basemap:';

export interface OnlineBasemap {
  /** Where the style came from: its relative URLs are relative to it. */
  url: string;
  style: StyleSpecification;
}

const absolute = (url: string, base: string) => new URL(url, base).href;

function resolveSource(source: SourceSpecification, base: string): SourceSpecification {
  const resolved = { ...source } as Record<string, unknown>;
  if (typeof resolved.url === 'string') resolved.url = absolute(resolved.url, base);
  if (Array.isArray(resolved.tiles)) {
    resolved.tiles = (resolved.tiles as string[]).map((tile) =>
      // Keep the {z}/{x}/{y} placeholders as they are.
      absolute(tile, base).replace(/%7B/g, '{').replace(/%7D/g, '}'),
    );
  }
  if (typeof resolved.data === 'string') resolved.data = absolute(resolved.data, base);
  return resolved as unknown as SourceSpecification;
}

function resolveSprite(sprite: SpriteSpecification, base: string): SpriteSpecification {
  return typeof sprite === 'string'
    ? absolute(sprite, base)
    : sprite.map(({ id, url }) => ({ id, url: absolute(url, base) }));
}

function basemapLayer(layer: LayerSpecification): LayerSpecification {
  const moved = { ...layer, id: BASEMAP_PREFIX + layer.id } as LayerSpecification & {
    source?: string;
  };
  if (typeof moved.source === 'string') moved.source = BASEMAP_PREFIX + moved.source;
  // No glyph server: the basemap's labels are drawn locally in the app's fonts.
  if (moved.type === 'symbol' && moved.layout?.['text-field'] !== undefined) {
    moved.layout = { ...moved.layout, 'text-font': LABEL_FONTS };
  }
  return moved;
}

/**
 * The app's style drawn over an online basemap: the basemap's sources and layers (renamed,
 * URLs made absolute, labels in the app's fonts) stand in for the embedded basemap's layers.
 */
export function mergeBasemap(app: StyleSpecification, basemap: OnlineBasemap): StyleSpecification {
  const { style, url } = basemap;
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => [
      BASEMAP_PREFIX + id,
      resolveSource(source, url),
    ]),
  );
  const merged: StyleSpecification = {
    ...app,
    sources: { ...sources, ...app.sources },
    layers: [
      ...style.layers.map(basemapLayer),
      ...app.layers.filter((layer) => !EMBEDDED_BASEMAP_LAYERS.includes(layer.id)),
    ],
  };
  if (style.sprite) merged.sprite = resolveSprite(style.sprite, url);
  return merged;
}
