// The map's label faces draw every label: each character of every text a symbol layer of the
// style can show (each language and view, capitals where a layer writes them so) is in the
// Japanese subset (public/fonts/noto-sans-jp-labels.woff2) or in Noto Sans's ranges.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../src/map/style';
import { islandLabelsFor } from '../../src/map/viewOptions';
import { JAPANESE_RANGES } from '../../src/map/fonts';
import { POVS } from '../../src/state/perspective';
import { LANGS } from '../../src/data/ids';
import { DEFAULT_STYLE_OPTIONS } from './support/styleOptions';
import { woff2CodePoints } from './support/woff2';

const root = join(__dirname, '..', '..');
const FONT = 'public/fonts/noto-sans-jp-labels.woff2';
const fontBytes = readFileSync(join(root, FONT));
const record = JSON.parse(readFileSync(join(root, `${FONT}.source.json`), 'utf8'));
const readGeojson = (name: string) =>
  JSON.parse(readFileSync(join(root, 'public', 'data', name), 'utf8')) as FeatureCollection<Point>;
const sources: Record<string, FeatureCollection<Point>> = {
  places: readGeojson('places.geojson'),
  'island-labels': readGeojson('island-labels.geojson'),
};

/** Every text the style's symbol layers draw, in every language and view. */
function labelTexts(): Set<string> {
  const texts = new Set<string>();
  for (const pov of POVS) {
    for (const lang of LANGS) {
      const style = buildStyle({
        ...DEFAULT_STYLE_OPTIONS,
        pov,
        lang,
        islandLabels: islandLabelsFor(pov, lang),
      });
      for (const layer of style.layers.filter((l) => l.type === 'symbol')) {
        const { layout = {}, source } = layer as SymbolLayerSpecification;
        const field = expression.createExpression(
          layout['text-field'] as ExpressionSpecification,
          `layers.${layer.id}.layout.text-field`,
        );
        if (field.result !== 'success') throw new Error(JSON.stringify(field.value));
        const upper = layout['text-transform'] === 'uppercase';
        for (const feature of sources[source].features) {
          const text = String(field.value.evaluate({ zoom: 6 }, feature as never) ?? '');
          texts.add(upper ? text.toUpperCase() : text);
        }
      }
    }
  }
  return texts;
}

/** The ranges @fontsource/noto-sans's CSS gives Noto Sans (400), as [from, to] code points. */
function notoSansRanges(): [number, number][] {
  const css = readFileSync(join(root, 'node_modules/@fontsource/noto-sans/400.css'), 'utf8');
  return [...css.matchAll(/unicode-range:\s*([^;]+);/g)].flatMap(([, list]) =>
    list.split(',').map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    }),
  );
}

const within = (ranges: readonly [number, number][], code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

describe('the labels’ fonts', () => {
  const japanese = woff2CodePoints(fontBytes);
  const latinAndCyrillic = notoSansRanges();

  it('draw every character of every label: Japanese from the subset, the rest from Noto Sans', () => {
    const texts = labelTexts();
    expect(texts.size).toBeGreaterThan(300);
    const missing = new Set<string>();
    for (const text of texts) {
      for (const character of text) {
        const code = character.codePointAt(0)!;
        const drawn = within(JAPANESE_RANGES, code)
          ? japanese.has(code)
          : within(latinAndCyrillic, code);
        if (!drawn) missing.add(`${character} U+${code.toString(16)} in “${text}”`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('the subset holds only characters its face is declared for, as its record lists them', () => {
    const listed = [...(record.characters as string)].map((c) => c.codePointAt(0)!);
    expect(listed.every((code) => within(JAPANESE_RANGES, code))).toBe(true);
    expect(listed.every((code) => japanese.has(code))).toBe(true);
    expect([...japanese].filter((code) => within(JAPANESE_RANGES, code)).sort()).toEqual(
      [...listed].sort(),
    );
  });

  it('has a provenance record that matches its bytes', () => {
    expect(record.output).toBe(FONT);
    expect(record.sha256).toBe(createHash('sha256').update(fontBytes).digest('hex'));
    expect(record.bytes).toBe(fontBytes.length);
    expect(record.inputs[0]).toMatchObject({ package: 'fonts-noto-cjk', licence: 'OFL-1.1' });
    for (const input of record.inputs.slice(1)) {
      const bytes = readFileSync(join(root, input.path));
      expect(input.sha256, input.path).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});
