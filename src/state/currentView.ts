// The view in the page's address, read with the reader's language and this year as defaults.
// Free of React: main.ts reads it to start the map before the page's React tree loads, and the
// map writes its camera into it.
import { parseHash, preferredLang, withCamera, type Camera } from './url';

export function hashOptions() {
  return {
    defaultLang: preferredLang(navigator.languages ?? [navigator.language]),
    currentYear: new Date().getFullYear(),
  };
}

export const readViewState = () => parseHash(window.location.hash, hashOptions());

/** Writes a camera into the address's `map=` in place, in the current history entry. */
export function writeCameraToAddress(camera: Camera): void {
  const { pathname, search, hash } = window.location;
  const next = withCamera(hash, camera);
  if (next === hash || next === '#') return;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${next}`);
}
