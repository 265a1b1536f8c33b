// The style options of the default view (today, neutral, English), for tests to vary.
import type { StyleOptions } from '../../../src/map/style';
import type { IslandId } from '../../../src/data/schema';
import { islands } from '../../../src/data/basics';
import { islandLabel } from '../../../src/perspective';

export const DEFAULT_STYLE_OPTIONS: StyleOptions = {
  dataUrl: '/data',
  islandLabels: Object.fromEntries(
    islands.map((island) => [island.id, islandLabel(island, 'neutral', 'en')]),
  ) as Record<IslandId, string>,
  fontsReady: true,
  colorScheme: 'light',
  pov: 'neutral',
  date: '2026-01-01',
  administration: null,
  trail: null,
  globe: false,
  transitions: true,
};
