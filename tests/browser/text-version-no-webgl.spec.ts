// Without WebGL the map cannot be drawn, but the bar's Data view and its text version work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../scripts/browser.mjs';
import { expect, test } from './fixtures';
import { MapDriver } from './driver';
import { root } from './root';

const count = (name: string, key: string) =>
  (
    JSON.parse(readFileSync(join(root, 'geodata', 'dispute', `${name}.json`), 'utf8')) as Record<
      string,
      unknown[]
    >
  )[key]!.length;

test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'],
  },
});

test('the text version and the charts open from the bar when the map cannot be drawn', async ({
  page,
}) => {
  await page.goto('/#lang=ru&year=1950');
  await expect(page.getByTestId('map-fallback')).toBeVisible({ timeout: 30_000 });
  // In Russian the bar's tools are behind its menu button at this width.
  await (await new MapDriver(page).barControl({ testId: 'data-button' })).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Текстовая версия' }).click();
  const text = dialog.getByTestId('text-version');
  await expect(text.locator('article[data-island]')).toHaveCount(count('islands', 'islands'));
  await expect(text.getByTestId('meetings-table').locator('tbody tr')).toHaveCount(
    count('meetings', 'meetings'),
  );
  await expect(text.locator('[data-event]')).toHaveCount(count('events', 'events'));
  await expect(text).toContainText('Линии, действовавшие в 1950 г.');
  await expect(text.locator('[data-line]').first()).toBeVisible();

  // The charts' tables carry their numbers even where a canvas cannot be drawn on.
  await dialog.getByRole('tab', { name: 'Диаграммы' }).click();
  await expect(dialog.locator('[data-chart="meetings"] tbody tr').first()).toBeVisible();
  await expect(dialog.locator('[data-chart="population"] tbody tr')).toHaveCount(
    count('islands', 'islands'),
  );
});
