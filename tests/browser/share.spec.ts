import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { axe, expect, test } from './fixtures';
import { openMap } from './driver';
import { footerHeight } from '../../src/share/exportPng';

const START = '/#map=6.5/44.2/146.5&island=kunashir&pov=japan&lang=en';

/** The share dialog of the map opened at START. */
async function openShare(page: Page) {
  const map = await openMap(page, START);
  return map.openShare();
}

test('the link is the page URL and copies to the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  // The link has the camera as it is now, after the reader moved the map.
  const map = await openMap(page, START);
  await page.mouse.move(640, 500);
  await page.mouse.down();
  await page.mouse.move(540, 450, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('146.5&');
  const dialog = await map.openShare();
  const field = dialog.getByRole('textbox', { name: 'Link to this view' });
  const href = await page.evaluate(() => window.location.href);
  await expect(field).toHaveValue(href);
  expect(href).toContain('island=kunashir');

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);

  expect((await axe(page).include('.share-dialog').analyze()).violations).toEqual([]);
});

test('without the Clipboard API the text is selected and the reader is told', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined }),
  );
  const dialog = await openShare(page);
  const selection = () =>
    page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement | HTMLTextAreaElement;
      return field.value.slice(field.selectionStart!, field.selectionEnd!);
    });
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^(Link copied\.|Could not copy)/);
  expect(await selection()).toBe(await page.evaluate(() => window.location.href));

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^(Embed code copied\.|Could not copy)/);
  expect(await selection()).toBe(
    await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue(),
  );
});

test('Escape closes the dialog and keeps the selection', async ({ page }) => {
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
});

test('pasted embed code shows the map with the chosen options', async ({ page, baseURL }) => {
  const dialog = await openShare(page);
  await dialog.getByRole('radio', { name: 'Responsive (full width)' }).check();
  await dialog.getByRole('checkbox', { name: /Show the panel/ }).uncheck();
  await dialog.getByRole('checkbox', { name: /Lock the map/ }).check();
  await dialog.getByRole('combobox', { name: 'Perspective' }).selectOption('russia');
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption('ja');
  await dialog.getByRole('radio', { name: 'The default view' }).check();

  // This deployment names no online basemap: nothing leaves the map's origin.
  await expect(dialog.getByTestId('embed-privacy')).toHaveText(/^The map sets no cookies, /);
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  // The picture for pages without scripts first, then the frame in its box, then the snippet.
  expect(code).toMatch(
    /^<noscript>.*<\/noscript>\n<div class="kuril-map-embed" style="[^"]*padding-top:75%[^"]*"><iframe /,
  );
  for (const attribute of [
    'title="北方領土・南クリル問題の地図"',
    'loading="lazy"',
    ' allowfullscreen',
    'referrerpolicy="strict-origin-when-cross-origin"',
  ]) {
    expect(code).toContain(attribute);
  }
  const src = code.match(/<iframe src="([^"]*)"/)![1].replace(/&amp;/g, '&');
  expect(src).toBe(`${baseURL}/#pov=russia&lang=ja&embed=1&lock=1`);
  // The preview, asked for, shows exactly the generated URL.
  await dialog.getByRole('button', { name: 'Show a live preview' }).click();
  await expect(dialog.locator('iframe')).toHaveAttribute('src', src);
  await expect(page.frameLocator('.share-preview').locator('html[data-map-ready]')).toHaveCount(1, {
    timeout: 45_000,
  });

  await page.route(`${baseURL}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Host</title><body style="width:800px">${code}</body></html>`,
    }),
  );
  await page.goto(`${baseURL}/host.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 45_000 });
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(frame.getByRole('complementary')).toHaveCount(0);
  const box = await page.locator('iframe').boundingBox();
  expect(box!.width).toBe(800);
  expect(box!.height).toBe(600);
});

test('the embed code names the picture the dialog saves, for pages without scripts', async ({
  page,
}) => {
  const dialog = await openShare(page);
  const address = dialog.getByRole('textbox', { name: 'Address of the picture' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download the picture (PNG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(await address.inputValue());
  const png = PNG.sync.read(await readFile((await download.path())!));
  expect(png.width).toBeGreaterThan(100);

  const code = () => dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(await code()).toContain(`<img src="${download.suggestedFilename()}" alt="Kuril Islands`);
  await address.fill('https://news.example/maps/kurils.png');
  expect(await code()).toContain('<img src="https://news.example/maps/kurils.png"');
  await dialog.getByRole('checkbox', { name: /A picture for readers/ }).uncheck();
  expect(await code()).toMatch(/^<iframe /);
});

for (const pixelRatio of [1, 2]) {
  test(`PNG export at ${pixelRatio}x: the map at that size, with the footer`, async ({ page }) => {
    const dialog = await openShare(page);
    const [width, height] = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLElement>('.maplibregl-canvas')!;
      return [canvas.clientWidth, canvas.clientHeight];
    });
    const name = pixelRatio === 1 ? 'Download PNG' : 'Download PNG, double resolution';
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kuril-map-japan-\d{4}-\d{2}-\d{2}\.png$/);
    await expect(dialog.getByRole('status')).toHaveText(/^Image saved: kuril-map-japan-/);

    const png = PNG.sync.read(await readFile((await download.path())!));
    const mapHeight = height * pixelRatio;
    expect(png.width).toBe(width * pixelRatio);
    expect(png.height).toBe(mapHeight + footerHeight(pixelRatio, 2));

    const colours = new Set<number>();
    let inkInFooter = 0;
    for (let y = 0; y < png.height; y += 3) {
      for (let x = 0; x < png.width; x += 3) {
        const i = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        if (y < mapHeight) colours.add((r << 16) | (g << 8) | b);
        else if (r + g + b < 300) inkInFooter++;
      }
    }
    expect(colours.size, 'distinct colours on the map').toBeGreaterThan(50);
    expect(inkInFooter, 'text in the footer').toBeGreaterThan(20);
  });
}

test('the dialog starts no second map until a preview is asked for, and frees it on closing', async ({
  page,
}) => {
  const frames = () => page.frames().length;
  const dialog = await openShare(page);
  for (let opening = 0; opening < 2; opening++) {
    if (opening > 0) await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog.getByRole('button', { name: 'Show a live preview' })).toBeVisible();
    expect(frames()).toBe(1);
    await expect(dialog.locator('iframe')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Show a live preview' }).click();
    await expect(page.frameLocator('.share-preview').locator('html[data-map-ready]')).toHaveCount(
      1,
      { timeout: 45_000 },
    );
    expect(frames()).toBe(2);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect.poll(frames).toBe(1);
  }
});
