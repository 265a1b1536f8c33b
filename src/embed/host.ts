// Talks to the page that frames the map, per the postMessage contract. Replies go to the
// sender at its own origin; unprompted messages go to the parent frame, at the origin of the
// last host that spoke to us once one has. The checks of incoming messages (messages.ts, with
// zod) load with the first message, so a page that is not framed never fetches them.
import type { Camera, ViewState } from '../state/url';
import type { CameraState, HostState, SetCommand } from './messages';

export interface HostLink {
  post(message: Record<string, unknown>): void;
  stop(): void;
}

interface Handlers {
  currentYear: number;
  state(): HostState;
  apply(command: SetCommand): void;
}

// The middle of the default view (the four units and Cape Nosappu) at about its zoom.
const DEFAULT_CAMERA: Camera = { zoom: 6.5, lat: 44.4, lng: 146.98, bearing: 0, pitch: 0 };

export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent cannot even be compared
  }
}

export function connectHost(handlers: Handlers): HostLink {
  let hostOrigin: string | null = null;
  const onMessage = async (event: MessageEvent) => {
    const { parseHostMessage } = await import('./messages');
    const command = parseHostMessage(event.data, handlers.currentYear);
    if (!command || !event.source) return;
    hostOrigin = event.origin;
    if (command.type === 'kuril-map:set') handlers.apply(command);
    else {
      (event.source as WindowProxy).postMessage(
        { type: 'kuril-map:state', state: handlers.state() },
        { targetOrigin: event.origin },
      );
    }
  };
  window.addEventListener('message', onMessage);
  return {
    post(message) {
      if (isFramed()) window.parent.postMessage(message, hostOrigin ?? '*');
    },
    stop() {
      window.removeEventListener('message', onMessage);
    },
  };
}

/** The camera in the address, or the default view's middle where there is none. */
function cameraOfLink(view: ViewState): CameraState {
  const camera = view.camera ?? DEFAULT_CAMERA;
  return {
    center: [camera.lng, camera.lat],
    zoom: camera.zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
  };
}

/**
 * The state a host sees, from the view in the address: its camera is the map's, which the map
 * writes there at each rest, or the link's where the map cannot be drawn.
 */
export function hostState(view: ViewState, drawn: boolean): HostState {
  return {
    ...cameraOfLink(view),
    drawn,
    island: view.island,
    venue: view.venue,
    pov: view.pov,
    lang: view.lang,
    year: view.year,
  };
}

export type { CameraState };
