// The record as the history bar shows it: where sources disagree, both figures are on screen.
import { expect, test } from './fixtures';
import { openMap } from './driver';

test('the events list gives both end years of the removal of the residents', async ({ page }) => {
  await openMap(page, '/#lang=en');
  const bar = page.getByTestId('history-bar');
  await bar.getByText(/^All events/).click();
  const removal = bar.locator('[data-event="residents-removed-1947"]');
  await expect(removal).toContainText('1947');
  await expect(removal).toContainText('1948 (Foreign Ministry)');
  await expect(removal).toContainText('1949 (Hokkaido Government)');
});
