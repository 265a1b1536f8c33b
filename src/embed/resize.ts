// The height a framed map would like its host to give it (`kuril-map:resize`). Pure, and free of
// zod, so the page can compute it without loading the message checks.
import { NARROW_MAX_WIDTH } from '../ui/breakpoints';
import { FRAME_SIZE_LIMITS, SHEET_SHARE } from '../ui/sizes';

export interface FrameShape {
  /** The frame's width now, in CSS pixels. */
  width: number;
  /** Height over width of the frame as the host first laid it out: the proportions it chose. */
  ratio: number;
  /** A panel (island, venue or tour) is open. */
  panelOpen: boolean;
}

/**
 * The host's proportions at the frame's width; on a narrow frame with a panel open, which is then
 * a bottom sheet, enough more that the map above the sheet at its middle height keeps that
 * height.
 */
export function preferredHeight({ width, ratio, panelOpen }: FrameShape): number {
  const map = width * ratio;
  const sheet = panelOpen && width <= NARROW_MAX_WIDTH;
  const height = sheet ? map / (1 - SHEET_SHARE.half) : map;
  return Math.min(FRAME_SIZE_LIMITS.max, Math.max(FRAME_SIZE_LIMITS.min, Math.round(height)));
}
