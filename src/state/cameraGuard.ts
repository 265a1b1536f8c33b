// MapLibre reads `map=` itself, on load and on every hash change, by looser rules than the URL
// contract: it takes `5//146` or a camera of seven parts, and a second `map=` after a bad first
// one. So that the map shows the camera the app parsed (or its default view when there is none),
// the camera key is put in the contract's form before MapLibre reads the hash.
import { decode, parseHash, writeCamera, type HashOptions } from './url';
import { hashOptions } from './currentView';

const CAMERA_KEY = 'map';

function isCameraPart(part: string): boolean {
  const rawKey = part.split('=', 1)[0];
  // As the app decodes keys, and as MapLibre does (URLSearchParams).
  return decode(rawKey) === CAMERA_KEY || new URLSearchParams(part).has(CAMERA_KEY);
}

/** The hash with its camera written as parseHash reads it, or left out when it reads none. */
export function withContractCamera(hash: string, options: HashOptions): string {
  const parts = hash.replace(/^#/, '').split('&');
  const first = parts.findIndex(isCameraPart);
  if (first < 0) return hash;
  const { camera } = parseHash(hash, options);
  const written = camera && writeCamera(camera);
  const kept = parts.filter((part, index) => index < first || !isCameraPart(part));
  if (written) kept.splice(first, 0, `${CAMERA_KEY}=${written}`);
  return `#${kept.join('&')}`;
}

function guardCamera(): void {
  const hash = window.location.hash;
  const guarded = withContractCamera(hash, hashOptions());
  if (guarded === hash) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${guarded}`);
}

/** Guards the hash now and on every change, ahead of MapLibre's own listener. */
export function installCameraGuard(): void {
  guardCamera();
  // A capturing listener on the window runs before MapLibre's bubbling one.
  window.addEventListener('hashchange', guardCamera, { capture: true });
}
