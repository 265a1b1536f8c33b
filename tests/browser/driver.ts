/**
 * The reader's steps on the map, for browser tests that read like what a person does:
 *
 *   const map = await openMap(page, '/#lang=en');  // a link typed into the tab; waits for the map
 *   const panel = await map.selectIsland('iturup'); // a click on the island; returns its panel
 *   await map.choose('Tokyo');                       // a name in the list of islands and venues
 *   await map.chooseIsland('iturup');                // an island in that list, in any language
 *   await map.selectVenue('Tokyo');                  // a click on the venue's marker (English names)
 *   await map.closePanel();                          // Escape, until no panel is open
 *   await map.setPov('japan');  await map.setLang('ru');  await map.setYear(1900);
 *   const dialog = await map.openShare();            // the share dialog (English interface)
 *   const data = await map.openData();               // the Data view, its files listed (any language)
 *   const sheet = await map.print({ paper: 'a4', orientation: 'landscape' }); // the printed page
 *   await map.pasteLink('#lang=en&venue=osaka');     // a link pasted into the open page
 *   await map.mapAtRest();                           // the camera has stopped moving
 *   await map.linkParam('year');                     // a key of the page's link, or null
 *
 * What the map shows comes from its probe (window.__kurilMapProbe, the map's testing interface):
 * camera(), project(lngLat), islandPoint(id), islandsOnScreen(), linesOnScreen(), labels(),
 * selectedIslands(), trailMeetings(), projection(). `mapIn(frame)` gives the same reads and
 * mapAtRest() for a map inside a frame (an embed).
 *
 * Every step waits for the app's own signal that it took effect (the panel, the checked option,
 * the page's lang, the link, the probe), never for a fixed time. Controls are found by their test
 * ids, form values and roles where the app gives them, so the steps work in every language; the
 * few that need a visible name say so above.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, islandPoint } from './fixtures';

declare global {
  interface Window {
    /** How often the page asked for the browser's print window (MapDriver.print). */
    __printCalls?: number;
  }
}

type Pov = 'neutral' | 'japan' | 'russia';
type Lang = 'en' | 'ru' | 'ja';
/** Where the map lives: a page, or a frame of a host page. */
type Host = Page | Frame;

/** The probe's reads, for a map in a page or in a frame. */
export class ProbedMap {
  constructor(readonly host: Host) {}

  camera() {
    return this.host.evaluate(() => window.__kurilMapProbe!.camera());
  }

  /** A place's position on screen, in CSS pixels of the map's page or frame. */
  project(lngLat: [number, number]) {
    return this.host.evaluate((p) => window.__kurilMapProbe!.project(p), lngLat);
  }

  /** A point well inside an island's largest polygon, on screen. */
  islandPoint(id: string) {
    return islandPoint(this.host, id);
  }

  /** Ids of the islands drawn in the current view. */
  islandsOnScreen() {
    return this.host.evaluate(() => window.__kurilMapProbe!.renderedIslands());
  }

  /** Ids of the islands drawn as selected. */
  selectedIslands() {
    return this.host.evaluate(() => window.__kurilMapProbe!.selectedIslands());
  }

  /** Ids of the lines drawn in the current view. */
  linesOnScreen() {
    return this.host.evaluate(() => window.__kurilMapProbe!.renderedLines());
  }

  /** The texts of the labels drawn in the current view, sorted. */
  labels() {
    return this.host.evaluate(() => window.__kurilMapProbe!.renderedLabels());
  }

  /** Meetings of the trail loaded for the current view. */
  trailMeetings() {
    return this.host.evaluate(() => window.__kurilMapProbe!.trailMeetings());
  }

  projection() {
    return this.host.evaluate(() => window.__kurilMapProbe!.projection());
  }

  /**
   * Resolves once the map's camera has come to rest: the probe says no move is under way and the
   * camera stays the same for a run of animation frames. The run outlasts the few frames between
   * a step and a move it starts (the pan that takes a place out from under a panel just opened).
   */
  async mapAtRest(quietFrames = 10) {
    await this.host.evaluate(
      (frames) =>
        new Promise<void>((resolve) => {
          let last = '';
          let quiet = 0;
          const check = () => {
            const probe = window.__kurilMapProbe;
            const camera = probe ? JSON.stringify(probe.camera()) : '';
            quiet = probe && !probe.moving() && camera === last ? quiet + 1 : 0;
            last = camera;
            if (quiet >= frames) resolve();
            else requestAnimationFrame(check);
          };
          check();
        }),
      quietFrames,
    );
  }
}

export const mapIn = (frame: Frame) => new ProbedMap(frame);

/**
 * Opens a link (a path and hash) as if typed into the tab, until the map says it is ready. As in a
 * browser, a link that differs from the open page's only in its hash changes the hash alone.
 */
export async function openMap(page: Page, link = '/'): Promise<MapDriver> {
  await page.goto(link);
  await page.waitForSelector('html[data-map-ready]', { timeout: 90_000 });
  return new MapDriver(page);
}

/** The map in a page of its own, and what a reader does with it. */
export class MapDriver extends ProbedMap {
  constructor(readonly page: Page) {
    super(page);
  }

  /** The open island or venue panel (there is at most one). */
  get panel(): Locator {
    return this.page.getByRole('complementary');
  }

  /** The value of a key of the page's link (its hash), or null. */
  linkParam(key: string): Promise<string | null> {
    return this.page.evaluate(
      (name) => new URLSearchParams(window.location.hash.slice(1)).get(name),
      key,
    );
  }

  /** Loads the page again, until the map is ready. */
  async reload() {
    await this.page.reload();
    await this.page.waitForSelector('html[data-map-ready]', { timeout: 90_000 });
  }

  /** A link pasted into the open page: only its hash changes. Resolves once the app has seen it. */
  async pasteLink(hash: string) {
    await this.page.evaluate(async (next) => {
      const seen = new Promise((resolve) =>
        window.addEventListener('hashchange', resolve, { once: true }),
      );
      const before = window.location.href;
      window.location.hash = next;
      // The same hash again is no change: no event comes.
      if (window.location.href !== before) await seen;
      // The frame after the change: what the app drew of it.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, hash);
  }

  /**
   * Clicks an island on the map, where it is drawn now, and returns its panel once it is open
   * and the map has come to rest (a click on an island the panel comes down over pans it out).
   */
  async selectIsland(id: string): Promise<Locator> {
    await this.mapAtRest();
    const [x, y] = await this.islandPoint(id);
    await this.page.mouse.click(x, y);
    await expect(this.panel).toBeVisible();
    await this.mapAtRest();
    return this.panel;
  }

  /** Clicks a venue's marker by the venue's English name; returns its panel once open. */
  async selectVenue(name: string): Promise<Locator> {
    // The marker on the map (the locator inset has its own buttons), named for its city first.
    await this.page
      .getByRole('main')
      .getByRole('button', { name: new RegExp(`^${name}: meeting venue`) })
      .click();
    const panel = this.page.getByRole('complementary', { name: `Meeting venue: ${name}` });
    await expect(panel).toBeVisible();
    return panel;
  }

  /** The list of islands and venues beside the map: the navigation outside any panel. */
  get placeList(): Locator {
    return this.page.locator('nav:not(aside *)');
  }

  /**
   * A control of the bar by its test id or visible name, shown: on a narrow screen the bar's
   * menu is opened first.
   */
  async barControl(control: { testId: string } | { name: string }): Promise<Locator> {
    const bar = this.page.getByRole('banner');
    const button =
      'testId' in control
        ? bar.getByTestId(control.testId)
        : bar.getByRole('button', { name: control.name, exact: true });
    if (!(await button.isVisible())) await this.page.getByTestId('menu-toggle').click();
    await expect(button).toBeVisible();
    return button;
  }

  /** Opens the list of islands and venues from the bar, unless it is open already. */
  async openPlaces() {
    const toggle = await this.barControl({ testId: 'places-toggle' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.placeList).toBeVisible();
  }

  /** Unfolds the key to the map, unless it is open already. */
  async openLegend(): Promise<Locator> {
    const legend = this.page.getByTestId('legend');
    if ((await legend.locator('details').getAttribute('open')) === null) {
      await legend.locator('summary').click();
    }
    return legend;
  }

  /** Shows the history strip's events and trail (behind a button on narrow screens). */
  async openHistoryMore(): Promise<Locator> {
    const bar = this.page.getByTestId('history-bar');
    const toggle = bar.locator('.history-toggle');
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
    }
    return bar;
  }

  /** Picks a place in the list of islands and venues by the name it shows; returns its panel. */
  async choose(name: string): Promise<Locator> {
    // Found while hidden too: on a narrow screen the list closes once a place is chosen.
    return this.chooseIn(
      this.placeList.getByRole('button', { name, exact: true, includeHidden: true }),
    );
  }

  /** Picks an island in the list by its id, in any language; returns its panel. */
  async chooseIsland(id: string): Promise<Locator> {
    return this.chooseIn(this.placeList.locator(`button[data-island="${id}"]`));
  }

  private async chooseIn(button: Locator): Promise<Locator> {
    await this.openPlaces();
    await button.click();
    await expect(this.panel).toBeVisible();
    await expect(button).toHaveAttribute('aria-current', 'true');
    return this.panel;
  }

  /** Closes the open panel with Escape, as a reader would, until no panel is left. */
  async closePanel() {
    await this.page.keyboard.press('Escape');
    await expect(this.panel).toHaveCount(0);
  }

  /** The perspective's option (its radio button, by value). */
  povOption(pov: Pov): Locator {
    return this.page.locator(`input[name="pov"][value="${pov}"]`);
  }

  /** Clicks a perspective's label in the switch; resolves once it is the one checked. */
  async setPov(pov: Pov) {
    await this.page
      .locator('label')
      .filter({ has: this.povOption(pov) })
      .click();
    await expect(this.povOption(pov)).toBeChecked();
  }

  /** The page's language menu: the menu of the three languages outside any dialog. */
  get languageMenu(): Locator {
    return this.page
      .locator('select:not(dialog *)')
      .filter({ has: this.page.locator('option[value="ja"]') });
  }

  /** Picks a language from the menu; resolves once the page speaks it. */
  async setLang(lang: Lang) {
    // Behind the menu button on a narrow screen, or where the bar's tools do not fit.
    if (!(await this.languageMenu.isVisible())) await this.page.getByTestId('menu-toggle').click();
    await this.languageMenu.selectOption(lang);
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  /** The year slider of the history bar. */
  get yearSlider(): Locator {
    return this.page.getByTestId('year-slider');
  }

  /**
   * Moves the year slider to a year before this one; resolves once the page shows it and the link
   * carries it.
   */
  async setYear(year: number) {
    await this.yearSlider.fill(String(year));
    await expect(this.page.getByTestId('year-shown')).toHaveText(String(year));
    await expect.poll(() => this.linkParam('year')).toBe(String(year));
  }

  /**
   * Opens the Data view from the bar (from its menu on a narrow screen) and returns it once it
   * lists its files.
   */
  async openData(): Promise<Locator> {
    await (await this.barControl({ testId: 'data-button' })).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('[data-group] a[download]').first()).toBeVisible();
    return dialog;
  }

  /**
   * Prints from the bar's Print dialog, the browser's print window stood in for by a count
   * (window.__printCalls); returns the printed page once it is complete.
   */
  async print(options: {
    paper: 'a4' | 'letter';
    orientation: 'landscape' | 'portrait';
    worksheet?: boolean;
    /** Whether to print the open panel's text (the dialog offers it when a panel is open). */
    panel?: boolean;
  }): Promise<Locator> {
    // Counted from this print on: the sheet of an earlier one is gone with its dialog.
    await this.page.evaluate(() => {
      window.__printCalls = 0;
      window.print = () => void (window.__printCalls = (window.__printCalls ?? 0) + 1);
    });
    await (await this.barControl({ testId: 'print-button' })).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.locator(`input[value="${options.paper}"]`).check();
    await dialog.locator(`input[value="${options.orientation}"]`).check();
    await dialog.locator('.print-worksheet input').setChecked(options.worksheet ?? false);
    if (options.panel !== undefined)
      await dialog.locator('.print-with-panel input').setChecked(options.panel);
    await dialog.locator('button[type="submit"]').click();
    await this.page.waitForFunction(() => (window.__printCalls ?? 0) > 0);
    return this.page.getByTestId('print-sheet');
  }

  /** Opens the share dialog from the toolbar and returns it once visible. */
  async openShare(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
