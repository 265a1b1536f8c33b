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
