// The browser takes the map's WebGL context away, then gives it back.
import { expect, test } from './fixtures';
import { openMap } from './driver';

test('a lost WebGL context shows the text view until the browser gives it back', async ({
  page,
}) => {
  const map = await openMap(page, '/#lang=en');
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
    const loser = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { restoreMap(): void }).restoreMap = () => loser.restoreContext();
    loser.loseContext();
  });
  const fallback = page.getByRole('region', { name: 'The map stopped drawing' });
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('article')).toHaveCount(4);
  await page.evaluate(() => (window as unknown as { restoreMap(): void }).restoreMap());
  await expect(fallback).toHaveCount(0);
  await expect.poll(async () => (await map.islandsOnScreen()).length).toBe(4);
});
