// The widths, in CSS pixels, at which the layout changes. Style sheets cannot import them, so
// tests/unit/breakpoints.test.ts holds every @media width in src/ to one of these queries.

/** At or under this width the screen is narrow: the panels become a bottom sheet and the list of
 * places moves to the bottom right. */
export const NARROW_MAX_WIDTH = 640;
/** From this width the list of places opens beside the map, and the map's view keeps clear of it. */
export const WIDE_MIN_WIDTH = 900;

export const NARROW_SCREEN = `(max-width: ${NARROW_MAX_WIDTH}px)`;
export const WIDE_SCREEN = `(min-width: ${WIDE_MIN_WIDTH}px)`;
/** Exactly the widths WIDE_SCREEN leaves out: `max-width` would take in its first pixel too. */
export const NOT_WIDE_SCREEN = `not all and ${WIDE_SCREEN}`;

/** Each height of a panel's bottom sheet on a narrow screen, as a share of the window's
 * (src/panels/Panel.css draws them; a framed map asks its host for room for the sheet). */
export const SHEET_SHARE = { peek: 0.28, half: 0.45, full: 0.92 } as const;

/** The sizes, in CSS pixels, an embed may be given (the share dialog) or a framed map may ask its
 * host for (`kuril-map:resize`). */
export const FRAME_SIZE_LIMITS = { min: 200, max: 4000 } as const;
