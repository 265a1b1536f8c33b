// Deployment settings read at run time from `config.json` beside index.html, so one build can be
// deployed with or without an online basemap (README, "An online basemap"). A missing or
// malformed file means the defaults: the embedded basemap only. Loaded with fetchBasemap.ts, only
// when the file names a basemap (src/map/useOnlineBasemap.ts).
import { z } from '../lib/zod';

const httpUrl = z.url({ protocol: /^https?$/ });

const Config = z.object({
  basemap: z
    .object({
      /** A MapLibre style; its layers go under the app's own. */
      style: httpUrl,
      /** Other origins its tiles and sprites come from (for the CSP; the app does not read it). */
      origins: z.array(httpUrl).optional(),
      /** How long to wait for the style before keeping the embedded basemap. */
      timeoutMs: z.number().int().positive().max(60_000).default(8000),
    })
    .optional(),
});
export type Config = z.infer<typeof Config>;
export type BasemapConfig = NonNullable<Config['basemap']>;

/** The settings in a config.json's contents; the defaults where it is malformed. */
export function parseConfig(json: unknown): Config {
  const parsed = Config.safeParse(json);
  return parsed.success ? parsed.data : {};
}
