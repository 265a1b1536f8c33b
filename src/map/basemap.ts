// An online basemap under the app's own layers (README, "An online basemap"). The merge is a pure
// function of the app's style and the basemap's; fetching the basemap's style is apart from it.
import type {
  LayerSpecification,
  SourceSpecification,
  SpriteSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { z } from 'zod';
import { EMBEDDED_BASEMAP_LAYERS, LABEL_FONTS } from './style';

/** Ids of the basemap's sources and layers get this prefix, so they never meet the app's. */
export const BASEMAP_PREFIX = 'basemap:';

export interface OnlineBasemap {
  /** Where the style came from: its relative URLs are relative to it. */
  url: string;
  style: StyleSpecification;
}

export type BasemapFailure = 'http' | 'timeout' | 'json' | 'style' | 'network' | 'tiles';

export class BasemapError extends Error {
  constructor(readonly reason: BasemapFailure) {
    super(`online basemap failed: ${reason}`);
  }
}

// Enough shape to merge; MapLibre validates the rest when the merged style is applied.
const StyleShape = z.object({
  version: z.literal(8),
  sources: z.record(z.string(), z.object({ type: z.string() }).loose()),
  layers: z.array(z.object({ id: z.string(), type: z.string() }).loose()),
  sprite: z.unknown().optional(),
});

/** The basemap's style, or a BasemapError saying why not. */
export async function fetchBasemap(url: string, timeoutMs: number): Promise<OnlineBasemap> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
  } catch {
    throw new BasemapError(controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new BasemapError('http');
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new BasemapError('json');
  }
  if (!StyleShape.safeParse(json).success) throw new BasemapError('style');
  return { url: response.url || url, style: json as StyleSpecification };
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
