// The style options of the default view (today, neutral, English), for tests to vary.
import type { StyleOptions } from '../../../src/map/style';
import { islandLabelsFor } from '../../../src/map/viewOptions';

export const DEFAULT_STYLE_OPTIONS: StyleOptions = {
  dataUrl: '/data',
  islandLabels: islandLabelsFor('neutral', 'en'),
  fontsReady: true,
  colorScheme: 'light',
  pov: 'neutral',
  lang: 'en',
  date: '2026-01-01',
  administration: null,
  trail: null,
  globe: false,
  transitions: true,
};
