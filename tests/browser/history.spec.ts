import { axe, drawn, expect, islandColour, near, test } from './fixtures';
import { openMap } from './driver';
import { PALETTES } from '../../src/map/style';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './root';
import { arc } from '../../src/measure/measure';

const readData = (name: string) =>
  JSON.parse(readFileSync(join(root, 'geodata', 'dispute', `${name}.json`), 'utf8'));
const meetings: { id: string; venue: string; format: string; date: { start: string } }[] = readData(
  'meetings',
).meetings.sort((a: { date: { start: string } }, b: { date: { start: string } }) =>
  a.date.start.localeCompare(b.date.start),
);
const venues: { id: string; coordinates: [number, number] }[] = readData('venues').venues;
const venueAt = (id: string) => venues.find((venue) => venue.id === id)!.coordinates;

const CURRENT_YEAR = new Date().getFullYear();
// With Shikotan's panel open, Iturup is clear of the panel, the list and the history bar.
const ISLANDS_VIEW = 'map=7/44.2/148';

test('moving the year changes the map, the panel, the legend and the URL', async ({ page }) => {
  const map = await openMap(page, `/#${ISLANDS_VIEW}&island=shikotan&lang=en`);
  const { islands } = PALETTES.light;
  await expect
    .poll(async () => near(await islandColour(page, 'iturup'), drawn(islands.disputed)))
    .toBe(true);
  expect(await map.linesOnScreen()).toContain('line-of-control-1945');

  const slider = page.getByRole('slider', { name: 'Year' });
  await expect(slider).toHaveAttribute('aria-valuetext', `today (${CURRENT_YEAR})`);
  // The step waits for the link and the year shown to say 1900.
  await map.setYear(1900);

  // The map: Japan's colour and the border of 1875 only.
  await expect
    .poll(async () => near(await islandColour(page, 'iturup'), drawn(islands.japan)))
    .toBe(true);
  await expect.poll(() => map.linesOnScreen()).not.toContain('line-of-control-1945');
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('Administered by Japan in 1900');
  await expect(legend.locator('[data-line]')).toHaveCount(1);
  await expect(legend.locator('[data-line="first-kuril-strait-1875"]')).toHaveCount(1);

  // The panel: that year's status and no event after it.
  const panel = page.getByRole('complementary', { name: /Shikotan/ });
  await expect(panel.getByTestId('island-year-status')).toHaveText(
    'In 1900: administered by Japan',
  );
  const dates = await panel
    .locator('[data-testid="history"] time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date <= '1900-12-31').toBe(true);
  await expect(panel.getByTestId('later-events')).toContainText('later events are not shown');

  // 1950: the Soviet Union's colour, and it is announced.
  await map.setYear(1950);
  await expect
    .poll(async () => near(await islandColour(page, 'iturup'), drawn(islands.russia)))
    .toBe(true);
  await expect(panel.getByTestId('island-year-status')).toHaveText(
    'In 1950: administered by the Soviet Union',
  );
  await expect(page.getByTestId('announcer')).toContainText('Showing 1950');

  // The events list follows the year.
  const events = page.getByTestId('history-bar').locator('details.events-list');
  await events.locator('summary').click();
  await expect(events.locator('summary')).toHaveText(/^Events up to 1950 \(\d+\)$/);
  const listed = await events
    .locator('li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
  expect(listed.every((date) => date <= '1950-12-31')).toBe(true);
  expect(listed).toContain('1945-08-09');

  // Back to today: no year in the link, the view's colour again.
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect.poll(() => map.linkParam('year')).toBeNull();
  await expect(panel.getByTestId('island-year-status')).toHaveCount(0);
});

test('the slider moves by a year with arrows, a decade with Page keys, and steps by events', async ({
  page,
}) => {
  const map = await openMap(page, '/#lang=en&year=1950');
  const yearInUrl = () => map.linkParam('year');
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(yearInUrl).toBe('1951');
  await page.keyboard.press('PageDown');
  await expect.poll(yearInUrl).toBe('1941');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect.poll(yearInUrl).toBe('1961');
  // The first year is the record's first event (the Ainu of Menashi at Matsumae, about 1615).
  await page.keyboard.press('Home');
  await expect.poll(yearInUrl).toBe('1615');
  await page.keyboard.press('End');
  await expect.poll(yearInUrl).toBeNull();

  // Event to event: 1855, 1869 (Chishima Province), 1875, then back.
  await map.setYear(1855);
  const next = page.getByRole('button', { name: 'Next event' });
  await next.click();
  await expect.poll(yearInUrl).toBe('1869');
  await next.click();
  await expect.poll(yearInUrl).toBe('1875');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect.poll(yearInUrl).toBe('1869');
  await expect(page.getByTestId('year-status')).toContainText(
    'All four island units administered by Japan',
  );
  // Moving the year replaces the history entry: Back leaves the page's first state alone.
  expect(await page.evaluate(() => window.history.length)).toBeLessThanOrEqual(2);
});

test('play runs through the events and stops where asked', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const map = await openMap(page, '/#lang=en');
  const yearInUrl = () => map.linkParam('year');
  const play = page.getByTestId('play');
  // The time of every change of the year the slider shows, as the page sees it.
  await page.evaluate(() => {
    const changes: number[] = [];
    (window as unknown as { yearChanges: number[] }).yearChanges = changes;
    new MutationObserver(() => changes.push(performance.now())).observe(document.body, {
      subtree: true,
      attributeFilter: ['aria-valuetext'],
    });
  });
  const changes = () =>
    page.evaluate(() => (window as unknown as { yearChanges: number[] }).yearChanges);
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  // From the record's first event: about 1615, then 1635 and 1643 (the first maps).
  await expect.poll(yearInUrl).toBe('1615');
  await expect.poll(() => yearInUrl(), { timeout: 20_000 }).toBe('1643');
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const stoppedAt = await yearInUrl();
  // The player's own step, 1635 to 1643, as it was seen: after half as long again with no
  // change, a step that had not been stopped would have come.
  const seen = await changes();
  const step = seen.at(-1)! - seen.at(-2)!;
  const stoppedCount = seen.length;
  await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), step * 1.5);
  expect(await changes()).toHaveLength(stoppedCount);
  expect(await yearInUrl()).toBe(stoppedAt);
  await expect(page.getByTestId('announcer')).toContainText(`Stopped at ${stoppedAt}`);
});

test('the meeting trail: an arc for every meeting, filters, the globe, and a click on an arc', async ({
  page,
}) => {
  // The whole world in view, so every arc is loaded.
  const map = await openMap(page, '/#map=0.6/10/160&lang=en&trail=all');
  const bar = page.getByTestId('history-bar');
  await bar.getByText('Meeting trail').click();
  await expect(bar.getByTestId('trail-toggle')).toBeChecked();
  await expect(bar.getByTestId('trail-meetings').locator('li')).toHaveCount(meetings.length);
  await expect
    .poll(async () => (await map.trailMeetings()).sort())
    .toEqual(meetings.map((m) => m.id).sort());
  await map.openLegend();
  await expect(page.getByTestId('legend-trail')).toBeVisible();

  // 2+2 only: four meetings, in the URL.
  await bar.getByRole('radio', { name: /^2\+2/ }).check();
  await expect(page).toHaveURL(/trail=2plus2/);
  await expect(bar.getByTestId('trail-meetings').locator('li')).toHaveCount(4);
  await expect.poll(async () => (await map.trailMeetings()).length).toBe(4);

  // A period: the leaders' meetings of 1991 to 2001 (`summit`, as shared links have it).
  await bar.getByRole('radio', { name: /^Leaders’ meetings \(all/ }).check();
  await bar.getByLabel('From').selectOption('1991');
  await bar.getByLabel('To').selectOption('2001');
  await expect(page).toHaveURL(/trail=summit&period=1991-2001/);
  const leaders = meetings.filter(
    (m) =>
      ['official-visit', 'summit', 'sideline'].includes(m.format) &&
      m.date.start >= '1991' &&
      m.date.start < '2002',
  );
  await expect(bar.getByTestId('trail-meetings').locator('li')).toHaveCount(leaders.length);

  // A format added to the record: the foreign ministers' rounds.
  await bar.getByRole('radio', { name: 'Foreign ministers’ talks' }).check();
  await bar.getByLabel('To').selectOption('2020');
  await bar.getByLabel('From').selectOption('2019');
  await expect(page).toHaveURL(/trail=foreign-ministers&period=2019-2020/);
  await expect(bar.getByTestId('trail-meetings').locator('li')).toHaveCount(
    meetings.filter((m) => m.format === 'foreign-ministers').length,
  );

  // The globe.
  await bar.getByTestId('globe-toggle').check();
  await expect(page).toHaveURL(/globe=1/);
  await expect.poll(() => map.projection()).toBe('globe');
  await bar.getByTestId('globe-toggle').uncheck();
  await expect.poll(() => map.projection()).toBe('mercator');

  // A click on the arc from Singapore to Buenos Aires opens that meeting in its city's panel.
  await bar.getByRole('radio', { name: /^Leaders’ meetings \(all/ }).check();
  await bar.getByLabel('From').selectOption('2018');
  await bar.getByLabel('To').selectOption('2018');
  await bar.locator('summary', { hasText: 'Meeting trail' }).click();
  const meeting = meetings.find((m) => m.venue === 'buenos-aires')!;
  const line = arc(venueAt('singapore'), venueAt('buenos-aires'));
  const middle = line[Math.floor(line.length / 2)] as [number, number];
  const [x, y] = await map.project(middle);
  await page.mouse.click(x, y);
  const panel = page.getByRole('complementary', { name: /Buenos Aires/ });
  await expect(panel).toBeVisible();
  await expect(panel.locator(`li[data-meeting="${meeting.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('a link restores the year, the trail and the globe', async ({ page }) => {
  const map = await openMap(page, '/#lang=ru&year=1956&trail=2plus2&period=2013-2019&globe=1');
  await expect(page.getByRole('slider')).toHaveValue('1956');
  await expect(page.getByTestId('year-shown')).toHaveText('1956');
  await expect.poll(() => map.projection()).toBe('globe');
  // 2+2 rounds began in 2013: none by 1956.
  const bar = page.getByTestId('history-bar');
  await bar.locator('summary', { hasText: 'Маршрут встреч' }).click();
  await expect(bar.getByRole('radio', { name: /^«2\+2»/ })).toBeChecked();
  await expect(bar.getByTestId('trail-meetings').locator('li')).toHaveCount(0);
  await expect(bar).toContainText('встреч не было');

  // The bar with the trail's controls open, and the events list, for screen readers and keyboards.
  const serious = async () =>
    (await axe(page).include('.history-bar').analyze()).violations.filter((v) =>
      ['serious', 'critical'].includes(v.impact ?? ''),
    );
  expect(await serious()).toEqual([]);
  await bar.locator('summary', { hasText: 'События до 1956 года' }).click();
  expect(await serious()).toEqual([]);
});
