import { useEffect, useMemo, useState } from 'react';
import type { ViewState } from '../state/url';
import type { HistoryLayers } from './layers';

type LayersModule = typeof import('./layers');

/**
 * The history's layers for the view: nothing until a past year or the trail is asked for, then
 * computed by src/history/layers.ts, which is loaded at that moment.
 */
export function useHistoryLayers(
  view: Pick<ViewState, 'year' | 'trail' | 'period'>,
  date: string,
): HistoryLayers | null {
  const { year, trail, period } = view;
  const needed = year !== null || trail !== null;
  const [layers, setLayers] = useState<LayersModule | null>(null);
  useEffect(() => {
    if (needed && !layers) void import('./layers').then((module) => setLayers(module));
  }, [needed, layers]);
  return useMemo(
    () => (needed && layers ? layers.historyLayers({ year, trail, period }, date) : null),
    [needed, layers, year, trail, period, date],
  );
}
