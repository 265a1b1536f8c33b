// The folders of src/ are layers: a module imports only from its own folder or from a folder of
// a lower rank, so that no import runs from a lower layer up (docs/architecture.md, "Layout").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');
const RANKS: Record<string, number> = {
  lib: 0,
  data: 1,
  i18n: 2,
  state: 3,
  ui: 4,
  measure: 5,
  history: 6,
  map: 7,
  embed: 8,
  panels: 8,
  share: 8,
  download: 8,
  print: 8,
  tour: 8,
  app: 9,
  // The entry points.
  '.': 10,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The top folder of src/ a file lies in ('.' for the entry points), or null outside src/. */
function layerOf(file: string): string | null {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..')) return null;
  const parts = relative.split(path.sep);
  const folder = existsSync(file) && statSync(file).isDirectory();
  return parts.length === 1 && !folder ? '.' : parts[0];
}

/** Every import of one layer from another that is not lower. */
export function upwardImports(files: string[], read: (file: string) => string): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = layerOf(file)!;
    const specifiers = read(file).matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g);
    for (const [, specifier] of specifiers) {
      const to = layerOf(path.resolve(path.dirname(file), specifier));
      if (to === null || to === from) continue;
      if (!(RANKS[to] < RANKS[from])) found.push(`${path.relative(SRC, file)} -> ${specifier}`);
    }
  }
  return found;
}

describe('layers of src/', () => {
  const files = sourceFiles(SRC);

  it('gives every folder a rank', () => {
    const layers = new Set(files.map(layerOf));
    expect([...layers].filter((layer) => !(layer! in RANKS))).toEqual([]);
  });

  it('has no import from a lower layer up, nor between layers of one rank', () => {
    expect(upwardImports(files, (file) => readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('finds an upward import', () => {
    const file = path.join(SRC, 'data', 'example.ts');
    const read = () => "import { MapView } from '../map/MapView';";
    expect(upwardImports([file], read)).toEqual(['data/example.ts -> ../map/MapView']);
  });
});
