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

test('unknown keys survive a pan byte for byte and never turn into keys', async ({ page }) => {
  const tail = 'x=%26island%3Diturup&note=a%20b&flag';
  const map = await openMap(page, `/#map=7/44.2/147.5&lang=en&${tail}`);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await map.mapAtRest();
  await expect(page).not.toHaveURL(/map=7\/44\.2\/147\.5/);
  const hash = await page.evaluate(() => window.location.hash);
  expect(hash).toContain(tail);
  expect(hash).not.toMatch(/(^#|&)island=/);
  // The page's own view agrees: no island is selected.
  await expect(page.locator('.panel')).toHaveCount(0);
});

test('a pasted link with a camera moves the map there, and Back returns', async ({ page }) => {
  const map = await openMap(page, '/#map=7/44.2/147.5&lang=en');
  await map.pasteLink('#map=5/35.69/139.69&lang=en');
  await expect.poll(async () => (await map.camera()).zoom).toBeCloseTo(5, 3);
  await page.goBack();
  await expect.poll(async () => (await map.camera()).zoom).toBeCloseTo(7, 3);
});
