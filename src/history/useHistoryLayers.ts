import { useEffect, useMemo, useState } from 'react';
import type { ViewState } from '../state/url';
import type { HistoryLayers } from './layers';

type LayersModule = typeof import('./layers');

/**
 * The history's layers for the view: nothing until the trail is asked for, then
 * computed by src/history/layers.ts, which is loaded at that moment.
 */
export function useHistoryLayers(
  view: Pick<ViewState, 'trail' | 'period'>,
  date: string,
): HistoryLayers | null {
  const { trail, period } = view;
  const needed = trail !== null;
  const [layers, setLayers] = useState<LayersModule | null>(null);
  useEffect(() => {
    if (needed && !layers) void import('./layers').then((module) => setLayers(module));
  }, [needed, layers]);
  return useMemo(
    () => (needed && layers ? layers.historyLayers({ trail, period }, date) : null),
    [needed, layers, trail, period, date],
  );
}
