// The short version of `npm run soak`: a few minutes' use must not grow the heap, the DOM or
// the event listeners beyond what settling caches explain.
import { measureMemory, useTheMap } from '../../scripts/soak-steps.mjs';
import { expect, test } from './fixtures';
import { openMap } from './driver';

const WARM_UP_ROUNDS = 4;
const ROUNDS = 12;

test('simulated use leaves no growing heap, DOM or listeners', async ({ page }) => {
  test.setTimeout(180_000);
  await openMap(page, '/#lang=en');
  const cdp = await page.context().newCDPSession(page);
  let round = 0;
  while (round < WARM_UP_ROUNDS) await useTheMap(page, ++round);
  const before = await measureMemory(cdp);
  while (round < WARM_UP_ROUNDS + ROUNDS) await useTheMap(page, ++round);
  const after = await measureMemory(cdp);
  test.info().annotations.push({
    type: 'memory',
    description: JSON.stringify({ before, after }),
  });
  // Each round switches the language and the perspective, so a leak of anything rebuilt on
  // those (markers, labels, the style, panels) grows with every round, beyond these bounds.
  expect(after.heapBytes, 'JS heap after GC').toBeLessThan(before.heapBytes * 1.25 + 2e6);
  expect(after.domNodes, 'DOM nodes').toBeLessThan(before.domNodes * 1.1 + 50);
  expect(after.listeners, 'event listeners').toBeLessThan(before.listeners * 1.1 + 50);
});
