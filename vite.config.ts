import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    // Hashed names for everything under assets/: safe to cache for a year.
    assetsDir: 'assets',
    sourcemap: false,
  },
});
