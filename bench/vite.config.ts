// Builds the baseline page of `npm run bench` into bench/dist, with the app's basemap files
// (public/data) and the same chunking as the app, so both are served and compared alike.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { vendorChunks } from '../vite.config';
import { precompress } from '../scripts/precompress.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Compressed as the app is, so both pages are served alike.
  plugins: [precompress()],
  root: here('baseline'),
  publicDir: here('../public'),
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: { output: { codeSplitting: vendorChunks } },
  },
});
