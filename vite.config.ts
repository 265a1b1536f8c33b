import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { rawDispute } from './src/data/dispute';
import { validateDispute } from './src/data/validate';
import { precompress } from './scripts/precompress.mjs';

/** Fails the build when the cited data set has a problem (schema or cross-references). */
function validateDisputeData(): Plugin {
  return {
    name: 'validate-dispute-data',
    buildStart() {
      const problems = validateDispute(rawDispute);
      if (problems.length > 0) {
        this.error(
          `the dispute data has ${problems.length} problem(s):\n` +
            problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
        );
      }
    },
  };
}

/**
 * MapLibre and React in chunks of their own: they change less often than the app, so a CDN and
 * the browser keep them across releases, and `npm run bench` can tell the app's own bytes apart.
 */
export const vendorChunks = {
  groups: [
    { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  ],
};

export default defineConfig({
  plugins: [react(), validateDisputeData(), precompress()],
  build: {
    // Hashed names for everything under assets/: safe to cache for a year.
    assetsDir: 'assets',
    sourcemap: false,
    // MapLibre's chunk alone is about 1 MB minified (290 KB gzip); warn only beyond it.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: { output: { codeSplitting: vendorChunks } },
  },
});
