// Fetching the online basemap named in config.json, and checking it has the shape the merge needs.
// Loaded on demand: most deployments name no basemap, and their readers never load zod for it.
import type { StyleSpecification } from 'maplibre-gl';
import { z } from '../lib/zod';
import type { OnlineBasemap } from './basemap';

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
