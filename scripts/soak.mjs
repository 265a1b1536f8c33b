// A long run of simulated use, to find leaks: it reports the JS heap (after garbage collection),
// DOM nodes and event listeners over time. Not part of `npm test`.
// Usage: npm run soak -- [--minutes 30] [--every 60] [--port 4180] (needs a build in dist/)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.mjs';
import { measureMemory, useTheMap } from './soak-steps.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const minutes = option('minutes', 30);
const everySeconds = option('every', 60);
const port = option('port', 4180);
const origin = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', '--port', String(port)], {
  stdio: 'ignore',
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(`${origin}/#lang=en`);
      break;
    } catch (error) {
      if (attempt > 20) throw error;
      await sleep(250);
    }
  }
  await page.waitForSelector('html[data-map-ready]', { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);

  const samples = [];
  const start = Date.now();
  const sample = async (round) => {
    const reading = await measureMemory(cdp);
    const entry = { minute: (Date.now() - start) / 60_000, round, ...reading };
    samples.push(entry);
    console.log(
      `${entry.minute.toFixed(1).padStart(6)} min  round ${String(round).padStart(5)}  ` +
        `heap ${(entry.heapBytes / 1e6).toFixed(1).padStart(7)} MB  ` +
        `DOM nodes ${String(entry.domNodes).padStart(6)}  listeners ${entry.listeners}`,
    );
  };
  console.log(`soak: ${minutes} min of simulated use, a reading every ${everySeconds} s`);
  await sample(0);
  let round = 0;
  let nextSample = start + everySeconds * 1000;
  while (Date.now() - start < minutes * 60_000) {
    await useTheMap(page, ++round);
    if (Date.now() >= nextSample) {
      await sample(round);
      nextSample += everySeconds * 1000;
    }
  }
  await sample(round);

  // Growth after warm-up: from the second reading to the last.
  const [first, last] = [samples[Math.min(1, samples.length - 1)], samples.at(-1)];
  const growth = (key) => ((last[key] - first[key]) / first[key]) * 100;
  console.log(
    `growth after warm-up: heap ${growth('heapBytes').toFixed(1)} %, ` +
      `DOM nodes ${growth('domNodes').toFixed(1)} %, listeners ${growth('listeners').toFixed(1)} %`,
  );
  mkdirSync('.reports', { recursive: true });
  writeFileSync('.reports/soak.json', JSON.stringify({ minutes, rounds: round, samples }, null, 2));
  console.log('readings written to .reports/soak.json');
} finally {
  await browser.close();
  server.kill();
}
