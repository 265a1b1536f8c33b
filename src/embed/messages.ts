// The postMessage contract with a host page (PRODUCT.md, "Public contracts"). Every incoming
// message is checked against a strict schema; anything else is ignored.
import { z } from '../lib/zod';
import { ISLAND_IDS, LANGS } from '../data/ids';
import { POVS } from '../state/perspective';
import { FIRST_YEAR, VENUE_IDS } from '../state/url';
import type { CameraState } from '../map/types';

export type { CameraState };

/** The state a host sees; absent selections are null. */
export interface HostState extends CameraState {
  island: string | null;
  venue: string | null;
  pov: string;
  lang: string;
  year: number | null;
  /** false: the map could not be drawn (no WebGL); the camera is then the link's. */
  drawn: boolean;
}

function setMessage(currentYear: number) {
  return z.strictObject({
    type: z.literal('kuril-map:set'),
    island: z.enum(ISLAND_IDS).nullable().optional(),
    venue: z
      .string()
      .refine((id) => VENUE_IDS.includes(id))
      .nullable()
      .optional(),
    pov: z.enum(POVS).optional(),
    lang: z.enum(LANGS).optional(),
    year: z.number().int().min(FIRST_YEAR).max(currentYear).nullable().optional(),
    center: z
      .tuple([z.number().min(-180).max(180), z.number().min(-85.0511).max(85.0511)])
      .optional(),
    zoom: z.number().min(0).max(24).optional(),
  });
}
const getMessage = z.strictObject({ type: z.literal('kuril-map:get') });

export type SetCommand = z.infer<ReturnType<typeof setMessage>>;
export type HostCommand = SetCommand | z.infer<typeof getMessage>;

/** A valid command from a host page, or null for anything else. Never throws. */
export function parseHostMessage(data: unknown, currentYear: number): HostCommand | null {
  const set = setMessage(currentYear).safeParse(data);
  if (set.success) return set.data;
  const get = getMessage.safeParse(data);
  return get.success ? get.data : null;
}
