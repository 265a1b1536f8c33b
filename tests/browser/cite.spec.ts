// "Cite this view": the share dialog's citation and the panels' own, in each format, copied to
// the clipboard; the link in a citation opens the view it cites.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { axe, expect, test } from './fixtures';
import { openMap } from './driver';

const VIEW = '/#map=7/44.6/147.1&island=iturup&pov=japan&lang=en&year=1956';
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

async function allowClipboard(context: BrowserContext, baseURL: string | undefined) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
}

/** Clicks a format's button; returns the text copied, once the status (the panel's citation's
 * own, or the share dialog's) says so. */
async function copyAs(page: Page, citation: Locator, format: string, status: Locator) {
  await citation.getByRole('button', { name: format, exact: true }).click();
  await expect(status).toHaveText(/^Citation copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await citation.getByRole('textbox', { name: 'Citation' }).inputValue());
  return copied;
}

test('the share dialog cites the view in four formats, and its link opens that view', async ({
  page,
  context,
  baseURL,
}) => {
  await allowClipboard(context, baseURL);
  const map = await openMap(page, VIEW);
  const dialog = await map.openShare();
  const citation = dialog.locator('.share-cite');
  const status = dialog.getByRole('status');
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();

  const plain = await copyAs(page, citation, 'Plain text', status);
  expect(plain).toMatch(
    /^Kuril Islands dispute map: .+ \(perspective: Japan's view; year shown: 1956\)\./,
  );
  expect(plain).toContain(` ${link} (accessed `);
  await expect(status).toHaveText('Citation copied (Plain text).');
  expect(await copyAs(page, citation, 'APA', status)).toContain('(n.d.). Retrieved ');
  expect(await copyAs(page, citation, 'Chicago', status)).toMatch(
    /^“Kuril Islands dispute map: .*Accessed /,
  );
  const bibtex = await copyAs(page, citation, 'BibTeX', status);
  expect(bibtex).toMatch(/^@misc\{kuril-map-japan-iturup-1956,\n/);
  expect(bibtex).toContain(`  url = {${link}},`);
  expect(bibtex).toContain(`  urldate = {${today()}},`);

  // The link, opened as a reader of the paper would: the same island, perspective, year and place.
  const cited = plain.match(/ (http\S+) \(accessed /)![1];
  const camera = await map.camera();
  const reader = await openMap(await context.newPage(), cited);
  await expect(reader.panel).toHaveAccessibleName(/^Island: /);
  expect(await reader.selectedIslands()).toEqual(['iturup']);
  await expect(reader.povOption('japan')).toBeChecked();
  await expect(reader.page.getByTestId('year-shown')).toHaveText('1956');
  await reader.mapAtRest();
  const opened = await reader.camera();
  expect(opened.zoom).toBeCloseTo(camera.zoom, 1);
  expect(opened.center[0]).toBeCloseTo(camera.center[0], 2);
  expect(opened.center[1]).toBeCloseTo(camera.center[1], 2);
});

test('a panel cites the view with the sources it shows', async ({ page, context, baseURL }) => {
  await allowClipboard(context, baseURL);
  const map = await openMap(page, '/#venue=tokyo&lang=en');
  const panel = map.panel;
  await expect(panel).toBeVisible();
  await panel.getByText('Cite this panel and its sources').click();
  const citation = panel.locator('.citation');
  const status = citation.getByRole('status');
  // Each source once, in the panel's order, as the data set writes its address.
  const shown = await panel
    .locator('.panel-body a[data-source-id]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
  expect(shown.length).toBeGreaterThan(1);

  const chicago = await copyAs(page, citation, 'Chicago', status);
  const [view, blank, heading, ...sources] = chicago.split('\n');
  expect(view).toMatch(
    /^“Kuril Islands dispute map: Tokyo \(perspective: Neutral; year shown: today/,
  );
  expect([blank, heading]).toEqual(['', 'Sources cited in this panel:']);
  expect(sources.map((line) => line.match(/ (\S+)\.$/)![1])).toEqual(shown);
  const bibtex = await copyAs(page, citation, 'BibTeX', status);
  expect(bibtex.match(/^@misc\{/gm)).toHaveLength(1 + shown.length);
  expect((await axe(page).include('.panel-cite').analyze()).violations).toEqual([]);
});

test('the citation is in the reader’s language', async ({ page, context, baseURL }) => {
  await allowClipboard(context, baseURL);
  const map = await openMap(page, '/#island=iturup&pov=russia&lang=ja');
  await map.panel.locator('.panel-cite summary').click();
  const citation = map.panel.locator('.citation');
  await citation.locator('button[data-format="plain"]').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^北方領土・南クリル問題の地図：イトゥルップ島（立場：ロシアの立場、表示年：現在（\d{4}年））。/,
  );
  expect(copied).toMatch(/閲覧）\n\nこのパネルの出典：\n/);
  await expect(citation.getByRole('status')).toHaveText('引用をコピーしました（テキスト）。');
});

test('a tour chapter cites its view with the sources it shows', async ({
  page,
  context,
  baseURL,
}) => {
  await allowClipboard(context, baseURL);
  const chapter = 'joint-declaration-1956';
  await openMap(page, `/#lang=en&tour=${chapter}`);
  const tour = page.getByTestId('tour');
  await expect(tour.locator(`h2[data-chapter="${chapter}"]`)).toBeVisible();
  await tour.getByText('Cite this chapter and its sources').click();
  const citation = tour.locator('.citation');
  const shown = await tour
    .locator('.tour-body a[data-source-id]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
  expect(shown.length).toBeGreaterThan(0);

  const chicago = await copyAs(page, citation, 'Chicago', citation.getByRole('status'));
  const [view, , , ...sources] = chicago.split('\n');
  // The link opens the tour at this chapter.
  expect(view).toContain(`tour=${chapter}`);
  expect(sources.map((line) => line.match(/ (\S+)\.$/)![1])).toEqual(shown);
  // The arrow keys move the caret in the citation's text, not the tour to another chapter.
  await citation.getByRole('textbox', { name: 'Citation' }).press('ArrowRight');
  await expect(tour.locator('h2')).toHaveAttribute('data-chapter', chapter);
  expect((await axe(page).include('.tour-panel .panel-cite').analyze()).violations).toEqual([]);
});
