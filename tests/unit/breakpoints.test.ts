// Style sheets cannot import the layout's widths: each @media width in src/ must be one of the
// queries of src/ui/breakpoints.ts, which the scripts use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NARROW_SCREEN, NOT_WIDE_SCREEN, WIDE_SCREEN } from '../../src/ui/breakpoints';

const SRC = path.resolve(__dirname, '../../src');

function styleSheets(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return styleSheets(file);
    return name.endsWith('.css') ? [file] : [];
  });
}

/** The condition of every @media rule that tests a width. */
function widthQueries(css: string): string[] {
  const queries = [...css.matchAll(/@media\s+([^{]+)\{/g)].map(([, query]) => query.trim());
  return queries.filter((query) => /width/.test(query));
}

describe('breakpoints', () => {
  it('finds the width queries of a style sheet', () => {
    const css = '@media (max-width: 641px) {}\n@media (prefers-color-scheme: dark) {}';
    expect(widthQueries(css)).toEqual(['(max-width: 641px)']);
  });

  it('gives the style sheets the widths the scripts use', () => {
    const found = styleSheets(SRC).flatMap((file) =>
      widthQueries(readFileSync(file, 'utf8')).map((query) => [path.relative(SRC, file), query]),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const [file, query] of found)
      expect([NARROW_SCREEN, WIDE_SCREEN, NOT_WIDE_SCREEN], file).toContain(query);
  });
});
