// The online basemap named in config.json, if any: fetched once, after the map has started on
// the embedded basemap, so a slow or broken basemap never keeps the reader waiting.
import { useCallback, useEffect, useState } from 'react';
import { loadConfig } from '../config';
import { fetchBasemap, type OnlineBasemap } from './basemap';

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
    void loadConfig(configUrl).then(async ({ basemap: settings }) => {
      if (!settings) return;
      try {
        const loaded = await fetchBasemap(settings.style, settings.timeoutMs);
        if (!cancelled) setBasemap(loaded);
      } catch {
        if (!cancelled) setFailed(true);
      }
    });
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
