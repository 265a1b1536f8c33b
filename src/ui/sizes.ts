// Sizes the panels, the embed code and a framed map share. Apart from breakpoints.ts, which the
// first view loads, so that these stay out of it.
/** Each height of a panel's bottom sheet on a narrow screen, as a share of the window's
 * (src/panels/Panel.css draws them; a framed map asks its host for room for the sheet). */
export const SHEET_SHARE = { peek: 0.28, half: 0.45, full: 0.92 } as const;

/** The sizes, in CSS pixels, an embed may be given (the share dialog) or a framed map may ask its
 * host for (`kuril-map:resize`). */
export const FRAME_SIZE_LIMITS = { min: 200, max: 4000 } as const;
