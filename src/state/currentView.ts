// The view in the page's address, read with the reader's language and this year as defaults.
// Free of React: main.ts reads it to start the map before the page's React tree loads.
import { parseHash, preferredLang } from './url';

export function hashOptions() {
  return {
    defaultLang: preferredLang(navigator.languages ?? [navigator.language]),
    currentYear: new Date().getFullYear(),
  };
}

export const readViewState = () => parseHash(window.location.hash, hashOptions());
