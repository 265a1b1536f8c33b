import { useEffect, useState } from 'react';
import { labelFontsLoaded, labelText, loadLabelFonts } from './fonts';

/**
 * The labels to draw: the latest of `labels` whose fonts have loaded, null before the first. While
 * a new language's fonts load, the map keeps the labels it has rather than draw a fallback face.
 */
export function useLabelFonts<T extends Record<string, string>>(labels: T): T | null {
  const [ready, setReady] = useState<T | null>(() =>
    labelFontsLoaded(labelText(labels)) ? labels : null,
  );
  useEffect(() => {
    let current = true;
    void loadLabelFonts(labelText(labels)).then(() => current && setReady(labels));
    return () => {
      current = false;
    };
  }, [labels]);
  return ready;
}
