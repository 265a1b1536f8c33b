// The Data view's text version, charts and accessibility statement, held to the data set's own
// files: every island with who administered it in the year shown, the lines in force that year,
// every meeting (sorted and filtered as a reader asks), every event, and the charts' numbers.
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, expect, test } from './fixtures';
import { openMap } from './driver';
import { root } from './root';
import { MEETING_FORMATS, type MeetingFormat } from '../../src/data/meetingFormats';

const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const islands: {
  id: string;
  names: { japanese: { kanji: string }; russian: { cyrillic: string } };
  population: { value: number | null; asOf?: string }[];
}[] = json('geodata/dispute/islands.json').islands;
const meetings: { id: string; date: { start: string }; format: MeetingFormat; venue: string }[] =
  json('geodata/dispute/meetings.json').meetings;
const events: { id: string }[] = json('geodata/dispute/events.json').events;
const lines: { id: string; validFrom: string; validTo: string | null }[] = json(
  'geodata/dispute/lines.json',
).lines;
const claims: { island: string; side: string; keyDocuments: { event: string }[] }[] = json(
  'geodata/dispute/claims.json',
).claims;
const venues: { id: string; name: { en: string } }[] = json('geodata/dispute/venues.json').venues;
const changes: { island: string; to: string; date: string }[] = json(
  'geodata/derived/administration.json',
).changes;

const day = (iso: string) => [...iso.split('-'), '01', '01'].slice(0, 3).join('-');
const cityOf = (meeting: { venue: string }) => venues.find((v) => v.id === meeting.venue)!.name.en;

/** Who administered an island at the end of a year, from the table of changes. */
function administeredBy(island: string, year: number): string {
  const last = changes.filter((c) => c.island === island && day(c.date) <= `${year}-12-31`).at(-1);
  return last?.to ?? 'none';
}

const linesInForce = (year: number) =>
  lines
    .filter((l) => day(l.validFrom) <= `${year}-12-31`)
    .filter((l) => l.validTo === null || `${year}-12-31` < day(l.validTo))
    .map((l) => l.id);

/** Opens a tab of the Data view, by keyboard where asked, and returns its panel. */
async function openTab(dialog: Locator, tab: string): Promise<Locator> {
  await dialog.locator(`[role="tab"][data-tab="${tab}"]`).click();
  await expect(dialog.locator(`[role="tab"][data-tab="${tab}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const panel = dialog.getByRole('tabpanel');
  await expect(panel).toHaveAttribute('data-tabpanel', tab);
  return panel;
}

const attributes = (list: Locator, name: string) =>
  list.evaluateAll((nodes, key) => nodes.map((node) => node.getAttribute(key)!), name);

async function expectSeriousViolationsNone(page: Page) {
  const results = await axe(page).include('.data-dialog').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

test('the text version holds every island, the lines of the year, every meeting and every event', async ({
  page,
}) => {
  const year = 1960;
  const map = await openMap(page, `/#lang=en&pov=japan&year=${year}`);
  const dialog = await map.openData();
  const text = await openTab(dialog, 'text');
  await expect(text.getByTestId('text-version')).toBeVisible();

  const articles = text.locator('article[data-island]');
  expect(await attributes(articles, 'data-island')).toEqual(islands.map((i) => i.id));
  for (const island of islands) {
    const article = text.locator(`article[data-island="${island.id}"]`);
    await expect(article.getByTestId('text-administration')).toHaveAttribute(
      'data-side',
      administeredBy(island.id, year),
    );
    await expect(article.locator('[lang="ja"]').first()).toHaveText(island.names.japanese.kanji);
    await expect(article.locator('[lang="ru"]').first()).toHaveText(island.names.russian.cyrillic);
    // Each side's claim, Japan's first in Japan's view, with its key documents.
    expect(await attributes(article.locator('.sides > [data-side]'), 'data-side')).toEqual([
      'japan',
      'russia',
    ]);
    for (const side of ['japan', 'russia']) {
      const claim = claims.find((c) => c.island === island.id && c.side === side)!;
      const documents = article.locator(`[data-side="${side}"] [data-document]`);
      expect(await attributes(documents, 'data-document')).toEqual(
        claim.keyDocuments.map((d) => d.event),
      );
    }
  }
  await expect(text.locator('article[data-island="kunashir"]')).toContainText(
    `In ${year}: administered by the Soviet Union`,
  );

  expect(
    await attributes(text.getByTestId('text-lines').locator('[data-line]'), 'data-line'),
  ).toEqual(linesInForce(year));
  const rows = text.getByTestId('meetings-table').locator('tbody tr');
  expect((await attributes(rows, 'data-meeting')).sort()).toEqual(meetings.map((m) => m.id).sort());
  expect((await attributes(text.locator('[data-event]'), 'data-event')).sort()).toEqual(
    events.map((e) => e.id).sort(),
  );
  await expectSeriousViolationsNone(page);

  // Another year changes the lines and who administers.
  await page.keyboard.press('Escape');
  await map.setYear(1900);
  const again = await openTab(await map.openData(), 'text');
  expect(
    await attributes(again.getByTestId('text-lines').locator('[data-line]'), 'data-line'),
  ).toEqual(linesInForce(1900));
  await expect(
    again.locator('article[data-island="kunashir"]').getByTestId('text-administration'),
  ).toHaveAttribute('data-side', administeredBy('kunashir', 1900));
});

test('the meetings table sorts by date, city and format and filters by year, city and format', async ({
  page,
}) => {
  const map = await openMap(page, '/#lang=en');
  const text = await openTab(await map.openData(), 'text');
  const table = text.getByTestId('meetings-table');
  const rows = table.locator('tbody tr');
  const header = (column: string) => table.locator(`th[data-column="${column}"]`);
  const cells = (column: string) => rows.locator(`td[data-column="${column}"]`);
  const byDate = [...meetings].sort((a, b) => day(a.date.start).localeCompare(day(b.date.start)));

  await expect(header('date')).toHaveAttribute('aria-sort', 'ascending');
  expect(await attributes(rows, 'data-meeting')).toEqual(byDate.map((m) => m.id));
  await header('date').getByRole('button').click();
  await expect(header('date')).toHaveAttribute('aria-sort', 'descending');
  expect(await attributes(rows, 'data-meeting')).toEqual(byDate.map((m) => m.id).reverse());

  await header('city').getByRole('button').click();
  await expect(header('city')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('date')).not.toHaveAttribute('aria-sort');
  const collator = new Intl.Collator('en-GB');
  expect(await cells('city').allTextContents()).toEqual(
    byDate.map(cityOf).sort((a, b) => collator.compare(a, b)),
  );
  await header('city').getByRole('button').click();
  await expect(header('city')).toHaveAttribute('aria-sort', 'descending');
  expect(await cells('city').allTextContents()).toEqual(
    byDate.map(cityOf).sort((a, b) => collator.compare(b, a)),
  );

  await header('format').getByRole('button').click();
  await expect(header('format')).toHaveAttribute('aria-sort', 'ascending');
  expect(await attributes(cells('format'), 'data-format')).toEqual(
    byDate
      .map((m) => m.format)
      .sort((a, b) => MEETING_FORMATS.indexOf(a) - MEETING_FORMATS.indexOf(b)),
  );
  await expect(table.locator('caption')).toContainText('sorted by Format, ascending');

  // Filters, each a labelled control; together they narrow the rows.
  await text.getByRole('combobox', { name: 'Year', exact: true }).selectOption('2016');
  const in2016 = meetings.filter((m) => m.date.start.startsWith('2016'));
  await expect(rows).toHaveCount(in2016.length);
  await expect(text.getByRole('status')).toHaveText(
    `${in2016.length} of ${meetings.length} meetings shown.`,
  );
  await text.getByRole('combobox', { name: 'Year', exact: true }).selectOption('');
  await text.getByRole('combobox', { name: 'City', exact: true }).selectOption('Moscow');
  await text.getByRole('combobox', { name: 'Format', exact: true }).selectOption('summit');
  const moscowSummits = meetings.filter((m) => cityOf(m) === 'Moscow' && m.format === 'summit');
  expect(moscowSummits.length).toBeGreaterThan(0);
  expect((await attributes(rows, 'data-meeting')).sort()).toEqual(
    moscowSummits.map((m) => m.id).sort(),
  );
  await text.getByRole('combobox', { name: 'Year', exact: true }).selectOption('1855');
  await expect(rows).toHaveCount(0);
  await expect(text.getByRole('status')).toHaveText('No meeting matches these filters.');
  await text.getByRole('button', { name: 'Show all meetings' }).click();
  await expect(rows).toHaveCount(meetings.length);
});

test('the tabs follow the ARIA pattern and the accessibility statement says how to report', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  const map = await openMap(page, '/#lang=en');
  const dialog = await map.openData();
  // The text version and the charts (with uPlot) are chunks of their own, fetched on first use.
  expect(scripts.filter((path) => /\/(TextVersion|Charts)-/.test(path))).toEqual([]);
  const tabs = dialog.getByRole('tab');
  await expect(tabs).toHaveText(['Files', 'Text version', 'Charts', 'Accessibility']);
  await dialog.getByRole('tab', { name: 'Files' }).focus();
  await page.keyboard.press('ArrowLeft');
  const statementTab = dialog.getByRole('tab', { name: 'Accessibility' });
  await expect(statementTab).toBeFocused();
  await expect(statementTab).toHaveAttribute('aria-selected', 'true');
  const panel = dialog.getByRole('tabpanel', { name: 'Accessibility' });
  await expect(panel.getByRole('heading', { name: 'What is known not to work' })).toBeVisible();
  await expect(panel).toContainText('canvas');
  await expect(panel.getByRole('heading', { name: 'Reporting a problem' })).toBeVisible();
  await expect(panel).toContainText('issue tracker');
  await expectSeriousViolationsNone(page);
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('tab', { name: 'Charts' })).toBeFocused();
  await expect(dialog.locator('[data-chart="population"] canvas')).toBeVisible();
  expect(scripts.filter((path) => /\/Charts-[\w-]+\.js$/.test(path))).toHaveLength(1);
  await page.keyboard.press('Home');
  await expect(dialog.getByRole('tab', { name: 'Files' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.locator('[data-group] a[download]').first()).toBeVisible();
});

test('the charts draw the data set’s numbers and give them as tables, dark and on a phone', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  const map = await openMap(page, '/#lang=en');
  const charts = await openTab(await map.openData(), 'charts');

  // Meetings per year by format: every year with a meeting, every format's count.
  const meetingsChart = charts.locator('[data-chart="meetings"]');
  await expect(meetingsChart.locator('canvas')).toHaveCount(1);
  const yearRows = meetingsChart.locator('tbody tr');
  const years = [...new Set(meetings.map((m) => Number(m.date.start.slice(0, 4))))].sort();
  expect((await attributes(yearRows, 'data-year')).map(Number)).toEqual(years);
  for (const year of years) {
    const inYear = meetings.filter((m) => m.date.start.startsWith(String(year)));
    const row = meetingsChart.locator(`tr[data-year="${year}"]`);
    const shown = await row
      .locator('td[data-format]')
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-format'), c.textContent]));
    for (const [format, count] of shown) {
      const expected = format === 'total' ? inYear : inYear.filter((m) => m.format === format);
      expect(Number(count), `${year} ${format}`).toBe(expected.length);
    }
  }

  // Population: each dated figure at its date, a date without one shown as missing.
  const population = charts.locator('[data-chart="population"]');
  await expect(population.locator('canvas')).toHaveCount(1);
  const dates = await attributes(
    population.locator('tbody tr').first().locator('td'),
    'data-as-of',
  );
  let missing = 0;
  for (const island of islands) {
    const cells = population.locator(`tr[data-island="${island.id}"] td`);
    for (const [i, asOf] of dates.entries()) {
      const figure = island.population.find((f) => f.asOf === asOf && f.value !== null);
      const cell = cells.nth(i);
      if (figure) {
        await expect(cell).toHaveAttribute('data-value', String(figure.value));
        expect(Number((await cell.textContent())!.replace(/\D/g, ''))).toBe(figure.value);
      } else {
        missing++;
        await expect(cell).toHaveAttribute('data-value', 'missing');
        await expect(cell).toHaveText('no figure');
      }
    }
  }
  expect(missing).toBeGreaterThan(0);
  const datedFigures = islands.flatMap((i) =>
    i.population.filter((f) => f.value !== null && f.asOf),
  );
  expect(new Set(datedFigures.map((f) => f.asOf))).toEqual(new Set(dates));
  await expect(population.locator('thead')).toContainText("Japan's figure");
  await expect(population.locator('thead')).toContainText("Russia's figure");

  // On a phone in the dark: the charts fit the dialog, which fits the screen.
  const dialogBox = (await page.locator('dialog').boundingBox())!;
  expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(390);
  for (const canvas of await charts.locator('canvas').all()) {
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
  }
  await expectSeriousViolationsNone(page);
  await page.screenshot({ path: 'test-results/text-version-charts-dark-390.png' });
});
