// The online basemap named in config.json, if any: fetched once, after the map has started on
// the embedded basemap, so a slow or broken basemap never keeps the reader waiting.
import { useCallback, useEffect, useState } from 'react';
import type { OnlineBasemap } from './basemap';

/** config.json as it is, or null when it is missing or not JSON. */
async function readConfigFile(url: string): Promise<unknown> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** The configured basemap, loaded with the code that checks it; null when none is configured. */
async function loadBasemap(configUrl: string): Promise<OnlineBasemap | null> {
  const file = await readConfigFile(configUrl);
  // The usual deployment names no basemap: nothing more to load.
  if (typeof file !== 'object' || file === null || !('basemap' in file)) return null;
  const [{ parseConfig }, { fetchBasemap }] = await Promise.all([
    import('./config'),
    import('./fetchBasemap'),
  ]);
  const settings = parseConfig(file).basemap;
  return settings ? fetchBasemap(settings.style, settings.timeoutMs) : null;
}

export interface OnlineBasemapState {
  basemap: OnlineBasemap | null;
  /** The configured basemap failed: the reader is told the map shows the embedded one. */
  failed: boolean;
  /** The map reports that the basemap failed after it was applied. */
  onFailed(): void;
  dismiss(): void;
}

export function useOnlineBasemap(configUrl: string): OnlineBasemapState {
  const [basemap, setBasemap] = useState<OnlineBasemap | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    loadBasemap(configUrl).then(
      (loaded) => !cancelled && loaded && setBasemap(loaded),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [configUrl]);
  const onFailed = useCallback(() => {
    setBasemap(null);
    setFailed(true);
  }, []);
  const dismiss = useCallback(() => setFailed(false), []);
  return { basemap, failed, onFailed, dismiss };
}
