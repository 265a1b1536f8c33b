// Reading colours off pictures of the map (screenshots, copies), for the browser tests.
import type { PNG } from 'pngjs';

/** Share of pixels within a small distance of one of the sRGB colours. */
export function share(png: PNG, hex: string | string[], tolerance = 24): number {
  const colours = [hex].flat().map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  let hits = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const near = colours.some(
      ([r, g, b]) =>
        Math.abs(png.data[i] - r) + Math.abs(png.data[i + 1] - g) + Math.abs(png.data[i + 2] - b) <=
        tolerance,
    );
    if (near) hits++;
  }
  return hits / (png.width * png.height);
}
