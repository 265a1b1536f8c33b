// Rebuilds every geodata output in public/data, in dependency order (relief, figures and lines
// need the coastline).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
for (const script of [
  'build-land.mjs',
  'build-relief.mjs',
  'build-figures.mjs',
  'build-lines.mjs',
  'build-venue-order.mjs',
  'build-first-view.mjs',
  'build-venue-meetings.mjs',
  'build-administration.mjs',
  'build-places.mjs',
  // After build-places.mjs and build-first-view.mjs: it keeps the characters of their names.
  'build-fonts.mjs',
  // After build-land.mjs: it marks the islands at their label points.
  'build-locator.mjs',
  // After build-land.mjs and build-lines.mjs: it offers their islands and lines for download.
  'build-downloads.mjs',
]) {
  console.log(`== ${script}`);
  execFileSync(process.execPath, ['--max-old-space-size=8000', join(here, script)], {
    stdio: 'inherit',
  });
}
