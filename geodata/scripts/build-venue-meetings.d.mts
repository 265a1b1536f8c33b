// Types of build-venue-meetings.mjs for the unit tests.
export function venueMeetingCounts(
  venues: { venues: { id: string }[] },
  meetings: { meetings: { venue: string }[] },
): Record<string, number>;
export const METHOD: string;
