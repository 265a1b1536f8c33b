import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; small CI machines need more than the default 5 s.
    testTimeout: 30_000,
  },
});
