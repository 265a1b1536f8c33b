// The view state lives in the URL hash (see PRODUCT.md, "Public contracts"). The map holds the
// camera and writes it (`map=`); this hook reads and writes the other keys, keeping the camera and
// any unknown keys as they are, and keeps no copy of the camera. Selections add a history entry,
// so Back returns to the previous one; perspective and language replace the current entry.
import { useCallback, useEffect, useState } from 'react';
import { hashOptions, readViewState } from './currentView';
import { writeHash, type ViewState } from './url';

export type ViewChange = Partial<
  Pick<
    ViewState,
    'island' | 'venue' | 'pov' | 'lang' | 'year' | 'trail' | 'period' | 'globe' | 'compare' | 'tour'
  >
>;

/** The view without its camera, which the map holds. */
export type PageView = Omit<ViewState, 'camera'>;

function withoutCamera({ camera, ...view }: ViewState): PageView {
  void camera;
  return view;
}
const readPageView = () => withoutCamera(readViewState());

export function useViewState(): [PageView, (change: ViewChange, push?: boolean) => void] {
  const [view, setView] = useState<PageView>(readPageView);

  useEffect(() => {
    const onChange = () => setView(readPageView());
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const update = useCallback((change: ViewChange, push = false) => {
    // Read the hash afresh: the map has written its camera since the last render.
    const next = { ...readViewState(), ...change };
    const hash = writeHash(next, hashOptions());
    if (hash !== window.location.hash) {
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setView(withoutCamera(next));
  }, []);

  return [view, update];
}
