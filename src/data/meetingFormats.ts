// The formats of a meeting, apart from the zod schema (schema.ts re-exports them) so that the
// Data view's table and charts carry no schema code, and apart from ids.ts so that the first view
// does not carry them.
export const MEETING_FORMATS = [
  'official-visit',
  'summit',
  'sideline',
  '2+2',
  'foreign-ministers',
  'treaty-signing',
  'conference',
] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
