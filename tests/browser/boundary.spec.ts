// What the map shows comes from the view in the link from its first frame, whatever code is
// still loading.
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, islandPoint, openMap, test } from './fixtures';
import { PALETTES } from '../../src/map/style';

/** The colour drawn at a point of an island, as [r, g, b]. */
async function islandColour(page: Page, id: string): Promise<number[]> {
  const [x, y] = await islandPoint(page, id);
  const shot = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  const { data } = PNG.sync.read(shot);
  return [data[0], data[1], data[2]];
}

/** The fill of a palette colour as the map draws it: 85 % over the sea. */
function drawn(hex: string): number[] {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const sea = rgb(PALETTES.light.sea);
  return rgb(hex).map((c, i) => Math.round(c * 0.85 + sea[i] * 0.15));
}

const near = (a: number[], b: number[]) => a.every((c, i) => Math.abs(c - b[i]) <= 10);

test("a link to 1900 draws 1900's colours and legend with the history's code held back", async ({
  page,
}) => {
  // The history bar and the trail's code never arrive: what the map shows of 1900 cannot wait
  // for them.
  await page.route(/\/assets\/(HistoryBar|layers)-[^/]*\.js$/, () => {});
  await openMap(page, '/#map=7/44.2/147.5&year=1900&lang=en');
  const japan = drawn(PALETTES.light.islands.japan);
  for (const id of ['iturup', 'kunashir']) {
    const colour = await islandColour(page, id);
    expect(near(colour, japan), `${id}: ${colour} vs ${japan}`).toBe(true);
  }
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('1900');
  expect(await page.evaluate(() => window.__kurilMapProbe!.renderedLines())).not.toContain(
    'line-of-control-1945',
  );
});
