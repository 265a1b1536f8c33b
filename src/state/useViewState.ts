// The view state lives in the URL hash (see PRODUCT.md, "Public contracts"). MapLibre writes the
// camera (`map=`); this hook reads and writes the other keys, keeping the camera and any unknown
// keys as they are. Selections add a history entry, so Back returns to the previous one;
// perspective and language replace the current entry.
import { useCallback, useEffect, useState } from 'react';
import { hashOptions, readViewState } from './currentView';
import { writeHash, type ViewState } from './url';

export type ViewChange = Partial<
  Pick<ViewState, 'island' | 'venue' | 'pov' | 'lang' | 'year' | 'trail' | 'period' | 'globe'>
>;

export function useViewState(): [ViewState, (change: ViewChange, push?: boolean) => void] {
  const [view, setView] = useState<ViewState>(readViewState);

  useEffect(() => {
    const onChange = () => setView(readViewState());
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const update = useCallback((change: ViewChange, push = false) => {
    // Read the hash afresh: MapLibre has moved the camera since the last render.
    const next = { ...readViewState(), ...change };
    const hash = writeHash(next, hashOptions());
    if (hash !== window.location.hash) {
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setView(next);
  }, []);

  return [view, update];
}
