import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, expect, test } from './fixtures';
import { openMap } from './driver';
import { root } from './root';

const POVS = ['neutral', 'japan', 'russia'] as const;
const LANGS = ['en', 'ru', 'ja'] as const;

const venues = JSON.parse(readFileSync(join(root, 'geodata', 'dispute', 'venues.json'), 'utf8'))
  .venues as { id: string; coordinates: [number, number] }[];
const venueCoordinates = (id: string) => venues.find((venue) => venue.id === id)!.coordinates;

test('the perspective switch changes labels, legend and the URL, and says what is shown', async ({
  page,
}) => {
  const map = await openMap(page, '/#lang=en');
  const shown = page.getByTestId('pov-shown');
  await expect(shown).toContainText('Neutral');
  await map.openPlaces();
  const list = page.getByRole('navigation', { name: 'Islands and venues' });
  await expect(list.getByRole('button', { name: 'Iturup / Etorofu' })).toBeVisible();

  await map.setPov('japan');
  await expect(page.getByRole('radio', { name: "Japan's view" })).toBeChecked();
  await expect(page).toHaveURL(/pov=japan/);
  await expect(shown).toContainText("Japan's view");
  await expect(list.getByRole('button', { name: 'Etorofu', exact: true })).toBeVisible();
  const legend = page.getByTestId('legend');
  await expect(legend.locator('[data-line="line-of-control-1945"]')).toHaveAttribute(
    'data-kind',
    'line-of-control',
  );
  await expect(page.getByTestId('announcer')).toContainText("Perspective: Japan's view");

  // From the keyboard: the arrow key moves to the next option of the radio group.
  await page.getByRole('radio', { name: "Japan's view" }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: "Russia's view" })).toBeChecked();
  await expect(page).toHaveURL(/pov=russia/);
  await expect(list.getByRole('button', { name: 'Iturup', exact: true })).toBeVisible();
  await expect(legend.locator('[data-line="line-of-control-1945"]')).toHaveAttribute(
    'data-kind',
    'border',
  );
  await expect(legend.locator('[data-line="japan-claim-1951"]')).toHaveAttribute(
    'data-kind',
    'claim',
  );
});

test('the island colours follow the perspective', async ({ page }) => {
  const colourAt = async (pov: string) => {
    const map = await openMap(page, `/#map=8/44.9/147.6&lang=en&pov=${pov}`);
    await map.mapAtRest();
    const [x, y] = await map.islandPoint('iturup');
    const shot = await page.screenshot({ clip: { x: x - 1, y: y - 1, width: 3, height: 3 } });
    return shot.toString('base64');
  };
  const colours = new Set([
    await colourAt('neutral'),
    await colourAt('japan'),
    await colourAt('russia'),
  ]);
  expect(colours.size).toBe(3);
});

test('the language switch changes the interface, the labels and the lang attribute', async ({
  page,
}) => {
  const map = await openMap(page, '/#lang=en');
  await map.openPlaces();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(map.languageMenu).toHaveAccessibleName('Language');
  await map.setLang('ru');
  await expect(page).toHaveURL(/lang=ru/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Карта спора о Курильских островах',
  );
  await expect(page.getByRole('button', { name: 'Итуруп / Эторофу' })).toBeVisible();
  // Russian's longer words put the bar's tools behind its menu button at this width.
  await page.getByTestId('menu-toggle').click();
  await expect(map.languageMenu).toHaveAccessibleName('Язык');
  await map.setLang('ja');
  await expect(page.getByRole('button', { name: '択捉島 / イトゥルップ島' })).toBeVisible();
  await expect(page).toHaveTitle('北方領土・南クリル問題の地図');
});

test('the language defaults to the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await openMap(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await context.close();
});

test('island= and venue= in the link open the panel; unknown values open nothing', async ({
  page,
}) => {
  let map = await openMap(page, '/#lang=en');
  await map.mapAtRest();
  const defaultZoom = (await map.camera()).zoom;
  await page.goto('about:blank');
  map = await openMap(page, '/#lang=en&island=shikotan');
  await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  // The map opens on the island and the one next to it, closer than the default view of all four.
  await expect
    .poll(async () => (await map.camera()).zoom, { timeout: 10_000 })
    .toBeGreaterThan(defaultZoom + 0.5);
  // The venue comes to the middle of the part of the map the bar, the panel and the history
  // strip leave free.
  const offMiddle = async (venue: string) => {
    const [x, y] = await map.project(venueCoordinates(venue));
    const panel = (await page.locator('.panel-slot .panel').boundingBox())!;
    const bar = (await page.getByRole('banner').boundingBox())!;
    const strip = (await page.getByTestId('history-bar').boundingBox())!;
    return Math.hypot(x - panel.x / 2, y - (bar.y + bar.height + strip.y) / 2);
  };
  const venueInView = (venue: string) =>
    expect.poll(() => offMiddle(venue), { timeout: 10_000 }).toBeLessThan(20);
  await page.goto('about:blank');
  map = await openMap(page, '/#lang=en&venue=osaka');
  await expect(page.getByRole('complementary', { name: /Osaka/ })).toBeVisible();
  await venueInView('osaka');
  // A link pasted into the open page changes the hash alone.
  await map.pasteLink('#lang=en&venue=tokyo');
  await expect(page.getByRole('complementary', { name: /Tokyo/ })).toBeVisible();
  await venueInView('tokyo');
  await openMap(page, '/#lang=en&island=atlantis&venue=<script>');
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('a keyboard-only walk selects every island and venue, and Escape returns focus', async ({
  page,
}) => {
  await openMap(page, '/#lang=en');
  const toggle = page.getByTestId('places-toggle');
  const list = page.getByRole('navigation', { name: 'Islands and venues' });
  const buttons = list.getByRole('button');
  // Tab from the top of the page to the bar's button that opens the list, and open it.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 30; i++) {
    if (await toggle.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const count = await buttons.count();
  // The four islands and every venue.
  expect(count).toBe(4 + venues.length);
  // Tab on until the first place button has focus.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 30; i++) {
    if (await buttons.first().evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(buttons.first()).toBeFocused();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary').first()).toBeVisible();
    await expect(button).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(button).toBeFocused();
  }
  await expect(page.getByTestId('announcer')).toContainText('Selection cleared');
});

test('back and forward restore earlier selections', async ({ page }) => {
  const map = await openMap(page, '/#lang=en');
  await map.choose('Shikotan');
  await map.choose('Tokyo');
  await expect(page).toHaveURL(/venue=tokyo/);
  await page.goBack();
  await expect(page).toHaveURL(/island=shikotan/);
  await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/venue=tokyo/);
});

test('the distance tool measures between two points, with mouse or keyboard', async ({ page }) => {
  const map = await openMap(page, '/#map=7/43.6/145.9&lang=en');
  await page.getByRole('button', { name: 'Measure', exact: true }).click();
  const tool = page.getByRole('region', { name: 'Measure distance' });
  await expect(tool).toBeVisible();
  const a = await map.project([145.58, 43.33]);
  const b = await map.project([145.86, 44.03]);
  await page.mouse.click(a[0], a[1]);
  await page.mouse.click(b[0], b[1]);
  await expect(page.getByTestId('distance-result')).toHaveText(
    /^8\d(\.\d)? km \(4\d(\.\d)? nautical miles\)$/,
  );
  await expect(page.getByRole('complementary')).toHaveCount(0); // measuring clicks select nothing
  // Keyboard: clear, then place two points at the centre with the map moved in between.
  await tool.getByRole('button', { name: 'Clear' }).click();
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('Enter');
  const first = await map.camera();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await map.camera()).center).not.toEqual(first.center);
  await map.mapAtRest();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('distance-result')).toContainText('km');
  await page.keyboard.press('Escape');
  await expect(tool).toHaveCount(0);
});

// One page per language, each view reached as a link pasted into it: the same page a fresh load
// of that link shows, without loading the map again.
for (const lang of LANGS) {
  test(`no serious or critical accessibility violation: ${lang}, in each view`, async ({
    page,
  }) => {
    const map = await openMap(page, `/#lang=${lang}&pov=${POVS[0]}&island=iturup`);
    for (const pov of POVS) {
      await map.pasteLink(`#lang=${lang}&pov=${pov}&island=iturup`);
      await expect(page.locator(`input[name="pov"][value="${pov}"]`)).toBeChecked();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('complementary').first()).toBeVisible();
      const results = await axe(page).exclude('.maplibregl-canvas').analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${pov}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}

test('reduced motion: choosing an island from the list moves the camera without animation', async ({
  browser,
}) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const map = await openMap(page, '/#lang=en');
  await map.mapAtRest();
  // Every camera the map shows, frame by frame, from before the click until it is at rest.
  await page.evaluate(() => {
    const cameras: string[] = [];
    (window as unknown as { cameras: string[] }).cameras = cameras;
    const record = () => {
      const camera = JSON.stringify(window.__kurilMapProbe!.camera());
      if (cameras.at(-1) !== camera) cameras.push(camera);
      requestAnimationFrame(record);
    };
    record();
  });
  await map.choose('Shikotan');
  await expect(page).toHaveURL(/island=shikotan/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { cameras: string[] }).cameras.length))
    .toBeGreaterThan(1);
  await map.mapAtRest();
  // Without animation the camera goes from where it was to where it ends in one frame.
  const cameras = await page.evaluate(() => (window as unknown as { cameras: string[] }).cameras);
  expect(cameras).toHaveLength(2);
  await context.close();
});
