// The guided tour, as a reader, a class and a host page use it: by keyboard from the first chapter
// to the last, each chapter's map checked against its data; a chapter's link opened in a fresh
// page; the tour inside a cross-origin frame, which never scrolls its host; and axe.
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, expect, test } from './fixtures';
import { mapIn, openMap, type MapDriver, type ProbedMap } from './driver';
import { APP_ORIGIN, HOST_ORIGIN, HOST_PORT } from './ports';
import { root } from './root';
import type { TourChapter } from '../../src/data/schema';

const chapters = (
  JSON.parse(readFileSync(join(root, 'geodata/dispute/tour.json'), 'utf8')) as {
    chapters: TourChapter[];
  }
).chapters;
const byId = (id: string) => chapters.find((chapter) => chapter.id === id)!;

test.use({ otherOrigins: [HOST_ORIGIN] });
// One worker runs this file, so the host server's port is taken once.
test.describe.configure({ mode: 'serial' });

const tourPanel = (page: Page) => page.getByTestId('tour');
const tourHeading = (page: Page) => tourPanel(page).getByRole('heading', { level: 2 });

/**
 * The map as a chapter sets it: the link's keys, the year shown, the selection, the lines drawn,
 * and the camera: its island in the view clear of the panel, or its centre at the middle of that
 * view at its zoom.
 */
async function expectChapter(map: MapDriver, chapter: TourChapter) {
  const { page } = map;
  await expect(tourHeading(page)).toHaveText(chapter.title.en);
  await expect(tourPanel(page).getByTestId('tour-year')).toHaveText(
    chapter.year === null ? 'today' : String(chapter.year),
  );
  await expect.poll(() => map.linkParam('tour')).toBe(chapter.id);
  await expect.poll(() => map.linkParam('year')).toBe(chapter.year && String(chapter.year));
  await expect(page.getByTestId('year-shown')).toHaveText(
    chapter.year === null ? 'Today' : String(chapter.year),
  );
  const selection = chapter.selection ?? {};
  const island = 'island' in selection ? selection.island : null;
  const venue = 'venue' in selection ? selection.venue : null;
  expect(await map.linkParam('island')).toBe(island);
  expect(await map.linkParam('venue')).toBe(venue);
  expect(await map.linkParam('trail')).toBe(chapter.trail?.format ?? null);
  expect(await map.linkParam('period')).toBe(chapter.trail?.period.join('-') ?? null);
  await map.mapAtRest();
  await expect.poll(() => map.selectedIslands()).toEqual(island ? [island] : []);

  const panel = (await tourPanel(page).boundingBox())!;
  const { height } = page.viewportSize()!;
  if ('island' in chapter.camera) {
    expect(await map.islandsOnScreen()).toContain(chapter.camera.island);
    const [x, y] = await map.islandPoint(chapter.camera.island);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(panel.x);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(height);
  } else {
    const { zoom } = await map.camera();
    expect(zoom).toBeCloseTo(chapter.camera.zoom, 1);
    const [x, y] = await map.project(chapter.camera.center);
    // The middle of the map between the page's bar, the history strip and the panel.
    const bar = (await page.getByRole('banner').boundingBox())!;
    const strip = (await page.getByTestId('history-bar').boundingBox())!;
    expect(Math.abs(x - panel.x / 2)).toBeLessThan(3);
    expect(Math.abs(y - (bar.y + bar.height + strip.y) / 2)).toBeLessThan(3);
  }
  const lines = await map.linesOnScreen();
  for (const line of chapter.lines ?? []) expect.soft(lines, chapter.id).toContain(line);
  // No treaty line before the first treaty.
  if (chapter.year !== null && chapter.year < 1855) expect(lines).toEqual([]);
}

test('steps through the tour by keyboard, each chapter as its data says, and leaves it as it was', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const map = await openMap(page, '/#map=7/44/146&island=kunashir&lang=en&year=1956');
  await map.mapAtRest();
  await page.getByRole('button', { name: 'Guided tour' }).click();

  await expectChapter(map, chapters[0]!);
  await expect(tourHeading(page)).toBeFocused();
  await expect(tourPanel(page).getByTestId('tour-previous')).toBeDisabled();
  for (const chapter of chapters.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expectChapter(map, chapter);
    await expect(tourHeading(page)).toBeFocused();
    await expect(page.getByTestId('announcer')).toContainText(chapter.title.en);
  }
  await expect(tourPanel(page).getByTestId('tour-next')).toBeDisabled();
  // The last chapter stays the last; Home and End jump; the left arrow goes back.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => map.linkParam('tour')).toBe(chapters.at(-1)!.id);
  await page.keyboard.press('Home');
  await expectChapter(map, chapters[0]!);
  await page.keyboard.press('End');
  await expectChapter(map, chapters.at(-1)!);
  await page.keyboard.press('ArrowLeft');
  await expectChapter(map, chapters.at(-2)!);

  // The chapter list jumps.
  await tourPanel(page).getByTestId('tour-chapters').selectOption('war-1945');
  await expectChapter(map, byId('war-1945'));

  // Escape leaves the tour and gives back the reader's view: camera, selection and year.
  await tourHeading(page).focus();
  await page.keyboard.press('Escape');
  await expect(tourPanel(page)).toHaveCount(0);
  await expect.poll(() => map.linkParam('tour')).toBeNull();
  await expect.poll(() => map.linkParam('island')).toBe('kunashir');
  expect(await map.linkParam('year')).toBe('1956');
  await map.mapAtRest();
  await expect.poll(() => map.linkParam('map')).toBe('7/44/146');
  await expect(page.getByRole('complementary')).toBeVisible();
  await expect(page.getByTestId('announcer')).toHaveText('The tour is closed');
});

test("opens a chapter's link in a fresh page, and a bad one opens no tour", async ({ page }) => {
  // A chapter's link as the page writes it: the chapter's camera, selection and year with it.
  const map = await openMap(
    page,
    '/#map=7.5/43.8/146.7&island=shikotan&lang=en&year=1956&tour=joint-declaration-1956',
  );
  await expectChapter(map, byId('joint-declaration-1956'));
  // Each side's reading of the declaration, with its sources, in the reader's language.
  const readings = tourPanel(page).locator('.tour-reading');
  await expect(readings).toHaveCount(2);
  await expect(readings.first()).toHaveAttribute('data-side', 'japan');
  await expect(tourPanel(page).locator('[lang="en"]').first()).toBeVisible();
  await expect(tourPanel(page).getByRole('link').first()).toHaveAttribute('target', '_blank');

  // Leaving a tour opened by a link gives the default view: the reader had no other.
  await page.getByRole('button', { name: 'Leave the tour' }).click();
  await expect(tourPanel(page)).toHaveCount(0);
  await expect.poll(() => map.linkParam('year')).toBeNull();
  expect(await map.linkParam('island')).toBeNull();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await map.mapAtRest();
  expect(await map.islandsOnScreen()).toEqual(
    expect.arrayContaining(['iturup', 'kunashir', 'shikotan', 'habomai']),
  );

  await map.pasteLink('#lang=en&tour=not-a-chapter');
  await expect(tourPanel(page)).toHaveCount(0);
});

test('an island chosen during the tour opens its panel, and closing it goes back to the chapter', async ({
  page,
}) => {
  const chapter = byId('joint-declaration-1956');
  const map = await openMap(page, `/#lang=en&tour=${chapter.id}`);
  await expectChapter(map, chapter);
  const panel = await map.chooseIsland('iturup');
  await expect(tourPanel(page)).toHaveCount(0);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Iturup');
  await panel.locator('.panel-close').click();
  await expectChapter(map, chapter);
});

test('Back leaves the tour for the view the reader had', async ({ page }) => {
  const map = await openMap(page, '/#map=6/45/150&lang=en&year=1905');
  await map.mapAtRest();
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await expectChapter(map, chapters[0]!);
  await page.keyboard.press('ArrowRight');
  await expectChapter(map, chapters[1]!);
  await page.goBack();
  await expect(tourPanel(page)).toHaveCount(0);
  await expect.poll(() => map.linkParam('year')).toBe('1905');
  expect(await map.linkParam('island')).toBeNull();
  await map.mapAtRest();
  await expect.poll(() => map.linkParam('map')).toBe('6/45/150');
});

test('a chapter in Russian and Japanese carries its language', async ({ page }) => {
  await openMap(page, '/#lang=ja&tour=shimoda-1855');
  await expect(tourHeading(page)).toHaveText(byId('shimoda-1855').title.ja);
  await expect(tourHeading(page)).toHaveAttribute('lang', 'ja');
  await page.evaluate(() => (window.location.hash = '#lang=ru&tour=shimoda-1855'));
  await expect(tourHeading(page)).toHaveText(byId('shimoda-1855').title.ru);
  await expect(tourHeading(page)).toHaveAttribute('lang', 'ru');
});

test('under reduced motion each chapter is a jump, and leaving gives the focus back', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const map = await openMap(page, '/#lang=en');
  await map.mapAtRest();
  const tourButton = page.getByRole('button', { name: 'Guided tour' });
  await tourButton.click();
  await expectChapter(map, chapters[0]!);
  // Every frame from here on: was the map moving?
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { movingSeen: boolean[] }).movingSeen = seen;
    const watch = () => {
      seen.push(window.__kurilMapProbe!.moving());
      requestAnimationFrame(watch);
    };
    watch();
  });
  await page.keyboard.press('ArrowRight');
  await expectChapter(map, chapters[1]!);
  await page.keyboard.press('ArrowRight');
  await expectChapter(map, chapters[2]!);
  const seen = await page.evaluate(
    () => (window as unknown as { movingSeen: boolean[] }).movingSeen,
  );
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter(Boolean)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(tourPanel(page)).toHaveCount(0);
  await expect(tourButton).toBeFocused();
});

test('autoplay pauses at the first key or click', async ({ page }) => {
  const map = await openMap(page, '/#lang=en&tour=first-maps');
  await map.mapAtRest();
  const play = tourPanel(page).getByRole('button', { name: 'Play' });
  await play.click();
  const pause = tourPanel(page).getByRole('button', { name: 'Pause' });
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('announcer')).toHaveText('The tour is paused');
  await play.click();
  await page.mouse.click(600, 400);
  await expect(play).toHaveAttribute('aria-pressed', 'false');
});

test('the embed dialog starts an embed at a chapter', async ({ page }) => {
  const map = await openMap(page, '/#lang=en');
  const dialog = await map.openShare();
  await dialog.getByTestId('embed-tour').selectOption('war-1945');
  await expect(dialog.locator('textarea').last()).toHaveValue(/embed=1&amp;tour=war-1945/);
});

test.describe('axe and a phone', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`finds no violations in the tour at ${viewport.width}x${viewport.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const map = await openMap(page, '/#lang=en&tour=san-francisco-1951');
      await expect(tourHeading(page)).toHaveText(byId('san-francisco-1951').title.en);
      await map.mapAtRest();
      const results = await axe(page).include('[data-testid="tour"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      // The panel and its buttons lie within the screen.
      const box = (await tourPanel(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      for (const id of ['tour-previous', 'tour-next', 'tour-chapters'])
        await expect(tourPanel(page).getByTestId(id)).toBeInViewport();
      if (viewport.width < 640) {
        // On a phone the place the chapter flies to stands above the sheet.
        const { center } = byId('san-francisco-1951').camera as { center: [number, number] };
        const [, y] = await map.project(center);
        expect(y).toBeLessThan(box.y);
      }
    });
  }
});

test.describe('in a cross-origin frame', () => {
  let hostServer: Server;
  let hostPage = '';
  test.beforeAll(async () => {
    hostServer = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(hostPage);
    });
    await new Promise<void>((resolve) => hostServer.listen(HOST_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

  type Message = { type: string; chapter?: string | null; state?: Record<string, unknown> };
  const messages = (page: Page) =>
    page.evaluate(() => (window as unknown as { messages: Message[] }).messages);
  const send = (page: Page, data: unknown) =>
    page.evaluate((d) => (window as unknown as { send(d: unknown): void }).send(d), data);
  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

  test('runs the tour without scrolling the host page, and tells the host of each chapter', async ({
    page,
  }) => {
    // A story page: text above and below the map, read down to the map.
    hostPage = `<!doctype html><html lang="en"><title>Story</title>
      <main><h1>A story</h1><div style="height:1400px">Text above the map.</div>
      <iframe id="map" title="Kuril Islands dispute map" width="900" height="600"
        src="${APP_ORIGIN}/#embed=1&lang=en&tour=war-1945"></iframe>
      <div style="height:2000px">Text below the map.</div></main>
      <script>
        window.messages = [];
        addEventListener('message', (e) => {
          if (e.origin === '${APP_ORIGIN}') window.messages.push(e.data);
        });
        window.send = (data) =>
          document.getElementById('map').contentWindow.postMessage(data, '${APP_ORIGIN}');
      </script></html>`;
    await page.goto(`${HOST_ORIGIN}/story.html`);
    await page.evaluate(() => window.scrollTo(0, 1100));
    const frame = page.frameLocator('#map');
    await expect(frame.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 60_000 });
    await expect(frame.getByTestId('tour').getByRole('heading', { level: 2 })).toHaveText(
      byId('war-1945').title.en,
    );
    const map: ProbedMap = mapIn(page.frames().find((f) => f.url().startsWith(APP_ORIGIN))!);
    await map.mapAtRest();
    expect(await scrollY(page)).toBe(1100);
    // The first state the host hears is the chapter's, its year and selection included.
    await expect
      .poll(async () => (await messages(page)).find((m) => m.type === 'kuril-map:ready')?.state)
      .toMatchObject({ tour: 'war-1945', year: 1945, island: 'habomai' });

    // The host moves the tour on; the frame says so.
    await send(page, { type: 'kuril-map:set', tour: 'joint-declaration-1956' });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === 'kuril-map:tour').at(-1))
      .toEqual({ type: 'kuril-map:tour', chapter: 'joint-declaration-1956' });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === 'kuril-map:state').at(-1))
      .toMatchObject({ state: { tour: 'joint-declaration-1956', year: 1956, island: 'shikotan' } });
    await map.mapAtRest();
    expect(await map.selectedIslands()).toEqual(['shikotan']);

    // The reader's own step in the frame (a tap that does not scroll the story).
    await frame.getByTestId('tour-next').dispatchEvent('click');
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === 'kuril-map:tour').at(-1))
      .toEqual({ type: 'kuril-map:tour', chapter: 'memorandum-1960' });
    await map.mapAtRest();

    // A bad chapter is ignored; null leaves the tour.
    await send(page, { type: 'kuril-map:set', tour: 'not-a-chapter' });
    await send(page, { type: 'kuril-map:set', tour: null });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === 'kuril-map:tour').at(-1))
      .toEqual({ type: 'kuril-map:tour', chapter: null });
    await expect(frame.getByTestId('tour')).toHaveCount(0);
    await map.mapAtRest();
    expect(await scrollY(page)).toBe(1100);
  });
});
