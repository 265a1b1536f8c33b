// What the map shows comes from the view in the link from its first frame, whatever code is
// still loading.
import { drawn, expect, islandColour, near, test } from './fixtures';
import { openMap } from './driver';
import { PALETTES } from '../../src/map/style';

test("a link to 1900 draws 1900's colours and legend with the history's code held back", async ({
  page,
}) => {
  // The history bar and the trail's code never arrive: what the map shows of 1900 cannot wait
  // for them.
  await page.route(/\/assets\/(HistoryBar|layers)-[^/]*\.js$/, () => {});
  const map = await openMap(page, '/#map=7/44.2/147.5&year=1900&lang=en');
  const japan = drawn(PALETTES.light.islands.japan);
  for (const id of ['iturup', 'kunashir']) {
    const colour = await islandColour(page, id);
    expect(near(colour, japan), `${id}: ${colour} vs ${japan}`).toBe(true);
  }
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('1900');
  expect(await map.linesOnScreen()).not.toContain('line-of-control-1945');
});
