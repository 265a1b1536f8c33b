// A browser without WebGL: the map cannot be drawn, and the reader gets it as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/browser.mjs';
import { axe, expect, test } from './fixtures';
import { root } from './root';

const meetingCount = (
  JSON.parse(readFileSync(join(root, 'geodata', 'dispute', 'meetings.json'), 'utf8')) as {
    meetings: unknown[];
  }
).meetings.length;

test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('the reader is told why and gets the islands, claims and meetings as text', async ({
  page,
}) => {
  await page.goto('/#lang=en&pov=japan');
  const fallback = page.getByRole('region', { name: 'The map cannot be drawn in this browser' });
  await expect(fallback).toBeVisible({ timeout: 30_000 });
  await expect(fallback).toContainText('WebGL');
  await expect(fallback.getByRole('article')).toHaveCount(4);
  const kunashir = fallback.getByRole('article', { name: 'Kunashiri' });
  await expect(kunashir).toContainText('国後島');
  await expect(kunashir).toContainText('Кунашир');
  await expect(kunashir).toContainText("Japan's position");
  await expect(kunashir).toContainText("Russia's position");
  const rows = fallback.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(meetingCount + 1);
  await expect(rows.nth(1)).toContainText(/\d{4}/);
  await expect(page.locator('[lang="ja"]', { hasText: '国後島' }).first()).toBeAttached();
  await page.screenshot({ path: 'test-results/no-webgl.png' });

  // The keyboard reaches the text and the list of places, which still opens the panels.
  await fallback.focus();
  await expect(fallback).toBeFocused();
  await page.getByRole('button', { name: /^Kunashiri/ }).press('Enter');
  await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();

  const results = await axe(page).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('the text view speaks the reader’s language', async ({ page }) => {
  await page.goto('/#lang=ja');
  const fallback = page.getByRole('region', { name: 'このブラウザーでは地図を表示できません' });
  await expect(fallback).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(fallback.getByRole('columnheader', { name: '開催地' })).toBeVisible();
  await page.getByRole('combobox', { name: '言語' }).selectOption('ru');
  await expect(
    page.getByRole('region', { name: 'В этом браузере карту нарисовать нельзя' }),
  ).toBeVisible();
});

test('a framed map without WebGL still says ready and answers get', async ({ page, baseURL }) => {
  // A host page of the map's origin that is not the map: the frame's messages go to it.
  // (The browser asks such a page for /favicon.ico, which the app does not have.)
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto('/config.json');
  await page.evaluate((src) => {
    const messages: unknown[] = [];
    (window as unknown as { messages: unknown[] }).messages = messages;
    addEventListener('message', (event) => messages.push(event.data));
    const frame = document.createElement('iframe');
    frame.id = 'map';
    frame.src = src;
    document.documentElement.append(frame);
  }, `${baseURL}/#map=7/44/146&embed=1&lang=en`);
  const messages = () =>
    page.evaluate(() => (window as unknown as { messages: { type: string }[] }).messages);
  await expect
    .poll(async () => (await messages()).find((m) => m.type === 'kuril-map:ready'))
    .toMatchObject({ state: { drawn: false, zoom: 7, center: [146, 44], lang: 'en' } });
  await page.evaluate(() =>
    (document.getElementById('map') as HTMLIFrameElement).contentWindow!.postMessage(
      { type: 'kuril-map:get' },
      '*',
    ),
  );
  await expect
    .poll(async () => (await messages()).filter((m) => m.type === 'kuril-map:state').length)
    .toBe(1);
});
