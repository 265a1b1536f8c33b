// The postMessage contract with a host page (PRODUCT.md, "Public contracts"), both ways. Every
// incoming message is checked against a strict schema, and anything else is ignored; every
// outgoing one is checked before it is posted (host.ts), so the frame never sends what the
// contract does not promise.
import { z } from '../lib/zod';
import { ISLAND_IDS, LANGS } from '../data/ids';
import { POVS } from '../state/perspective';
import { CAMERA_LIMITS, FIRST_YEAR, VENUE_IDS } from '../state/url';
import { tourChapterIds } from '../data/basics';
import { FRAME_SIZE_LIMITS } from '../ui/sizes';

const within = ([min, max]: readonly [number, number]) => z.number().min(min).max(max);
const islandId = z.enum(ISLAND_IDS);
const venueId = z.string().refine((id) => VENUE_IDS.includes(id));
const chapterId = z.string().refine((id) => tourChapterIds.includes(id));
const year = (currentYear: number) => z.number().int().min(FIRST_YEAR).max(currentYear);

function setMessage(currentYear: number) {
  return z.strictObject({
    type: z.literal('kuril-map:set'),
    island: islandId.nullable().optional(),
    venue: venueId.nullable().optional(),
    pov: z.enum(POVS).optional(),
    lang: z.enum(LANGS).optional(),
    year: year(currentYear).nullable().optional(),
    center: z.tuple([within(CAMERA_LIMITS.lng), within(CAMERA_LIMITS.lat)]).optional(),
    zoom: within(CAMERA_LIMITS.zoom).optional(),
    /** A chapter of the guided tour; null: leave the tour. */
    tour: chapterId.nullable().optional(),
  });
}
const getMessage = z.strictObject({ type: z.literal('kuril-map:get') });

/** The state a host sees; absent selections are null. */
function hostStateSchema(currentYear: number) {
  return z.strictObject({
    // The map's own latitude limit lies a little beyond the link's (CAMERA_LIMITS.lat).
    center: z.tuple([within(CAMERA_LIMITS.lng), within([-90, 90])]),
    zoom: within(CAMERA_LIMITS.zoom),
    bearing: within(CAMERA_LIMITS.bearing),
    pitch: within(CAMERA_LIMITS.pitch),
    island: islandId.nullable(),
    venue: venueId.nullable(),
    pov: z.enum(POVS),
    lang: z.enum(LANGS),
    year: year(currentYear).nullable(),
    /** The tour's chapter on screen; null: no tour. */
    tour: chapterId.nullable(),
    /** false: the map could not be drawn (no WebGL); the camera is then the link's. */
    drawn: z.boolean(),
  });
}

function frameMessage(currentYear: number) {
  const state = hostStateSchema(currentYear);
  return z.union([
    z.strictObject({ type: z.literal('kuril-map:ready'), state }),
    z.strictObject({ type: z.literal('kuril-map:state'), state }),
    z.strictObject({ type: z.literal('kuril-map:select'), island: islandId }),
    z.strictObject({ type: z.literal('kuril-map:select'), venue: venueId }),
    /** The tour's chapter changed; null: the reader left the tour. */
    z.strictObject({ type: z.literal('kuril-map:tour'), chapter: chapterId.nullable() }),
    /** The height the framed map would like, in CSS pixels (resize.ts). */
    z.strictObject({
      type: z.literal('kuril-map:resize'),
      height: z.number().int().min(FRAME_SIZE_LIMITS.min).max(FRAME_SIZE_LIMITS.max),
    }),
  ]);
}

export type SetCommand = z.infer<ReturnType<typeof setMessage>>;
export type HostCommand = SetCommand | z.infer<typeof getMessage>;
export type HostState = z.infer<ReturnType<typeof hostStateSchema>>;
/** A message from the frame to its host. */
export type FrameMessage = z.infer<ReturnType<typeof frameMessage>>;

/** A valid command from a host page, or null for anything else. Never throws. */
export function parseHostMessage(data: unknown, currentYear: number): HostCommand | null {
  const set = setMessage(currentYear).safeParse(data);
  if (set.success) return set.data;
  const get = getMessage.safeParse(data);
  return get.success ? get.data : null;
}

/** What is wrong with a message the frame means to send, or null when it keeps the contract. */
export function frameMessageProblem(message: unknown, currentYear: number): string | null {
  const checked = frameMessage(currentYear).safeParse(message);
  return checked.success ? null : z.prettifyError(checked.error);
}
