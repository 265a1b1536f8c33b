// Talks to the page that frames the map, per the postMessage contract. Replies go to the
// sender at its own origin; unprompted messages go to the parent frame, at the origin of the
// last host that spoke to us once one has. The checks of messages both ways (messages.ts, with
// zod) load with the first message in or out, so a page that is not framed never fetches them,
// and a framed one only once its map is drawn.
import type { Camera, ViewState } from '../state/url';
import type { CameraState } from '../map/types';
import type { FrameMessage, HostState, SetCommand } from './messages';

export interface HostLink {
  /** Posts to the parent frame, once the message is checked against the contract. */
  post(message: FrameMessage): void;
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
  // One load for every message: posts wait for it in the order they were made.
  let checks: Promise<typeof import('./messages')> | null = null;
  const loadChecks = () => (checks ??= import('./messages'));
  /** Posts a message that keeps the contract; one that does not is a bug, reported, not sent. */
  const send = async (target: WindowProxy, message: FrameMessage, targetOrigin: string) => {
    const { frameMessageProblem } = await loadChecks();
    const problem = frameMessageProblem(message, handlers.currentYear);
    if (problem) console.error(`${message.type} not sent: ${problem}`);
    else target.postMessage(message, { targetOrigin });
  };
  const onMessage = async (event: MessageEvent) => {
    const { parseHostMessage } = await loadChecks();
    const command = parseHostMessage(event.data, handlers.currentYear);
    if (!command || !event.source) return;
    hostOrigin = event.origin;
    if (command.type === 'kuril-map:set') handlers.apply(command);
    else {
      const reply: FrameMessage = { type: 'kuril-map:state', state: handlers.state() };
      void send(event.source as WindowProxy, reply, event.origin);
    }
  };
  window.addEventListener('message', onMessage);
  return {
    post(message) {
      if (isFramed()) void send(window.parent, message, hostOrigin ?? '*');
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
    tour: view.tour,
  };
}
