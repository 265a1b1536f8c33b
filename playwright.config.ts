import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.mjs';
import { APP_ORIGIN, APP_PORT } from './tests/browser/ports';

export default defineConfig({
  testDir: 'tests/browser',
  // Generous: the map renders in software (SwiftShader) on small CI machines.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: APP_ORIGIN,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // Not the port `npm start` uses, so a running preview never stands in for the build under test.
    command: `node scripts/serve.mjs dist --port ${APP_PORT}`,
    url: `${APP_ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
  },
});
