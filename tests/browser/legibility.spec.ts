// Text over the map: at least 12 px, and WCAG AA contrast against what it stands on, in both colour
// schemes (the canvas itself is beyond axe's reach, so the cards' own colours are checked).
import { expect, test } from './fixtures';
import { openMap } from './driver';

/**
 * The text's size and its contrast with its box's background (composited over the page). Runs
 * in the page: it may use nothing from outside its own body.
 */
function legibility(element: Element) {
  const rgba = (text: string) => (text.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const style = getComputedStyle(element);
  const page = rgba(getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b, a = 1] = rgba(style.backgroundColor);
  // Worst case under a translucent box: the page's background or the opposite extreme.
  const under = [page, luminance(page) > 0.5 ? [0, 0, 0] : [255, 255, 255]];
  const text = rgba(style.color);
  const ratios = under.map((base) => {
    const box = [r, g, b].map((c, i) => c * a + base[i] * (1 - a));
    const [l1, l2] = [luminance(text), luminance(box)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  });
  return { size: parseFloat(style.fontSize), contrast: Math.min(...ratios) };
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [width, height, link] of [
    [1280, 800, '/#lang=en'],
    [390, 844, '/#lang=en&embed=1'],
  ] as const) {
    test(`credits and legend are legible: ${colorScheme}, ${width}x${height}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height });
      await openMap(page, link);
      for (const selector of ['.maplibregl-ctrl-attrib', '.legend']) {
        const result = await page.locator(selector).evaluate(legibility);
        expect(result.size, `${selector} size`).toBeGreaterThanOrEqual(12);
        expect(result.contrast, `${selector} contrast`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
}
