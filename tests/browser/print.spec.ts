// Print: the page the Print dialog makes, printed to PDF by Chromium as a reader's "Save as PDF"
// would, and read back: its paper size, the map on it at print resolution; and the page itself
// under print media: title, stamp, key, scale bar, north arrow, panel with sources, credits, a
// permalink that restores the view, and a worksheet without names.
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { PALETTES } from '../../src/map/style';
import { expect, test } from './fixtures';
import { openMap } from './driver';
import { share } from './pixels';

/** Each page's size in points, and the pixel sizes of the images the PDF holds. */
function readPdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const pages = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const images = [...text.matchAll(/\/Subtype \/Image\s*\/Width (\d+)\s*\/Height (\d+)/g)].map(
    (m) => [Number(m[1]), Number(m[2])],
  );
  return { pages, images };
}

const POINTS = { a4Landscape: [841.92, 594.96], letterPortrait: [612, 792] };

/** How many pixels of the printed map copy are dark: names are dark text on a light map. */
function darkPixels(sheet: Locator) {
  return sheet.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] + data[i + 1] + data[i + 2] < 3 * 90) dark++;
    }
    return dark;
  });
}

/** The printed map copy, as a PNG. */
async function copyOf(sheet: Locator): Promise<PNG> {
  const url = await sheet.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  return PNG.sync.read(Buffer.from(url.split(',')[1], 'base64'));
}

/** Share of a picture of the map in a palette's sea colours (the sea and its depth bands). */
const seaShare = (png: PNG, scheme: 'light' | 'dark') =>
  share(png, [PALETTES[scheme].sea, ...PALETTES[scheme].depths.map(([, colour]) => colour)]);

async function closeDialog(page: Page) {
  await page.getByRole('dialog').locator('.modal-dialog-close').click();
  await expect(page.getByTestId('print-sheet')).toHaveCount(0);
}

test.describe('print', () => {
  test('an A4 landscape page with the map at print resolution, the view and its sources', async ({
    page,
  }) => {
    const map = await openMap(page, '/#lang=en&island=kunashir&year=1956');
    await map.mapAtRest();
    const sheet = await map.print({ paper: 'a4', orientation: 'landscape' });

    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const [width, height] of pdf.pages) {
      expect(width).toBeCloseTo(POINTS.a4Landscape[0], 0);
      expect(height).toBeCloseTo(POINTS.a4Landscape[1], 0);
    }
    // The map: one image well over screen resolution for its printed width (about 160 dpi+).
    const widest = Math.max(...pdf.images.map(([width]) => width));
    expect(widest).toBeGreaterThan(1000);

    await page.emulateMedia({ media: 'print' });
    // The interface does not print; the page does.
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Kuril Islands dispute map');
    await expect(sheet.locator('.print-stamp').first()).toContainText('Neutral');
    await expect(sheet.locator('.print-stamp').first()).toContainText('1956');
    await expect(sheet.getByRole('img', { name: /^Map of the Kuril Islands/ })).toBeVisible();
    await expect(sheet.getByRole('img', { name: 'North' })).toBeVisible();
    await expect(sheet.getByTestId('legend')).toContainText('1956');
    await expect(sheet.locator('.print-panel h2').first()).toHaveText('Kunashir / Kunashiri');
    await expect(sheet.locator('.print-panel .sources a[href^="http"]').first()).toBeVisible();
    // The panel's controls stay on screen: its contents and its "Cite".
    await expect(sheet.locator('.print-panel :is(.panel-contents, .panel-cite)')).toHaveCount(0);
    await expect(sheet.locator('.print-foot')).toContainText('GSHHG');

    // The scale bar's length on paper is the ground distance it says, at the map's scale.
    const { zoom, center } = await map.camera();
    const metresPerPixel =
      (40_075_016.686 * Math.cos((center[1] * Math.PI) / 180)) / (512 * 2 ** zoom);
    const scale = await sheet.evaluate((element) => {
      const map = element.querySelector<HTMLElement>('.print-map')!;
      const bar = element.querySelector<HTMLElement>('.print-scale-bar')!;
      return {
        share: bar.getBoundingClientRect().width / map.getBoundingClientRect().width,
        copyWidth: Number(getComputedStyle(map).getPropertyValue('--map-width')),
        label: element.querySelector('.print-scale-label')!.textContent!,
      };
    });
    const km = Number(scale.label.match(/^([\d.]+) km$/)![1]);
    expect((scale.share * scale.copyWidth * metresPerPixel) / 1000 / km).toBeCloseTo(1, 1);

    // The permalink printed on the page opens the same view.
    const link = (await sheet.locator('.print-link').textContent())!;
    const reopened = await openMap(await page.context().newPage(), link);
    await expect(reopened.panel.getByRole('heading', { level: 2 })).toHaveText(
      'Kunashir / Kunashiri',
    );
    expect(await reopened.linkParam('year')).toBe('1956');

    await page.emulateMedia({ media: 'screen' });
    await closeDialog(page);

    // Without the panel's text, the same view is one page.
    const mapOnly = await map.print({ paper: 'a4', orientation: 'landscape', panel: false });
    await expect(mapOnly.locator('.print-panel')).toHaveCount(0);
    expect(readPdf(await page.pdf({ preferCSSPageSize: true })).pages).toHaveLength(1);
    await closeDialog(page);
  });

  test('a US Letter portrait worksheet leaves the names off the map and the panel off the page', async ({
    page,
  }) => {
    const map = await openMap(page, '/#lang=ru&venue=tokyo');
    await map.mapAtRest();
    const named = await map.print({ paper: 'letter', orientation: 'portrait' });
    await expect(named.locator('.print-marker-name').first()).toBeAttached();
    const namedDark = await darkPixels(named);
    await closeDialog(page);

    const worksheet = await map.print({
      paper: 'letter',
      orientation: 'portrait',
      worksheet: true,
    });
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
    for (const [width, height] of pdf.pages) {
      expect(width).toBeCloseTo(POINTS.letterPortrait[0], 0);
      expect(height).toBeCloseTo(POINTS.letterPortrait[1], 0);
    }
    await expect(worksheet.locator('.print-marker').first()).toBeAttached();
    await expect(worksheet.locator('.print-marker-name')).toHaveCount(0);
    await expect(worksheet.locator('.print-panel')).toHaveCount(0);
    // The same view without its names: far fewer dark pixels on the copy.
    expect(await darkPixels(worksheet)).toBeLessThan(namedDark * 0.8);
    await closeDialog(page);
    // The map on screen has its names back.
    await expect.poll(() => map.labels()).toContain('Токио');
  });

  test('in a dark scheme the map prints in its light colours, and is dark again on screen', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const map = await openMap(page, '/#lang=en');
    await map.mapAtRest();
    // No panel is open: the dialog does not offer to print one.
    await (await map.barControl({ testId: 'print-button' })).click();
    await expect(page.getByRole('dialog').locator('.print-with-panel')).toHaveCount(0);
    await closeDialog(page);
    const onScreen = () =>
      page.locator('canvas.maplibregl-canvas').screenshot().then(PNG.sync.read);
    expect(seaShare(await onScreen(), 'dark')).toBeGreaterThan(0.3);

    const copy = await copyOf(await map.print({ paper: 'a4', orientation: 'landscape' }));
    expect(seaShare(copy, 'light')).toBeGreaterThan(0.3);
    expect(seaShare(copy, 'dark')).toBeLessThan(0.01);
    await closeDialog(page);
    await expect.poll(async () => seaShare(await onScreen(), 'dark')).toBeGreaterThan(0.3);
  });

  test('a print without the dialog says how to print the map', async ({ page }) => {
    await openMap(page, '/#lang=en');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Use “Print” in the map')).toBeVisible();
    await expect(page.getByRole('banner')).toBeHidden();
  });
});
