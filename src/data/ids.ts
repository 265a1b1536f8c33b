// The closed lists the running app checks links and messages against. Apart from the zod schema
// (schema.ts re-exports them), so that the app carries no schema code: the build validates the data.
export const LANGS = ['en', 'ru', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
