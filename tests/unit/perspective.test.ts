import { describe, expect, it } from 'vitest';
import { islands } from '../../src/data/basics';
import {
  islandLabel,
  islandOwnerColour,
  lineKind,
  lineKindProperty,
  sidesInOrder,
} from '../../src/state/perspective';
import { dispute } from '../../src/data/dispute';

const island = (id: string) => islands.find((i) => i.id === id)!;

describe('island labels per perspective and language', () => {
  it.each([
    ['neutral', 'en', 'Iturup / Etorofu'],
    ['japan', 'en', 'Etorofu'],
    ['russia', 'en', 'Iturup'],
    ['neutral', 'ru', 'Итуруп / Эторофу'],
    ['japan', 'ru', 'Эторофу'],
    ['russia', 'ru', 'Итуруп'],
    ['neutral', 'ja', '択捉島 / イトゥルップ島'],
    ['japan', 'ja', '択捉島'],
    ['russia', 'ja', 'イトゥルップ島'],
  ] as const)('%s view in %s: %s', (pov, lang, label) => {
    expect(islandLabel(island('iturup'), pov, lang)).toBe(label);
  });

  it('shows one name where both sides write it the same way', () => {
    expect(islandLabel(island('shikotan'), 'neutral', 'en')).toBe('Shikotan');
    expect(islandLabel(island('habomai'), 'neutral', 'ru')).toBe('Хабомаи');
  });

  it('writes every label in the script of its language', () => {
    for (const item of islands) {
      for (const pov of ['neutral', 'japan', 'russia'] as const) {
        expect(islandLabel(item, pov, 'ru')).toMatch(/^[\p{Script=Cyrillic}\s/()-]+$/u);
        expect(islandLabel(item, pov, 'ja')).toMatch(
          /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー\s/]+$/u,
        );
        expect(islandLabel(item, pov, 'en')).toMatch(/^[A-Za-z\s/-]+$/);
      }
    }
  });
});

describe('colours, lines and columns per perspective', () => {
  it('colours the islands by no side in the neutral view, by the viewing side otherwise', () => {
    expect(islandOwnerColour('neutral')).toBe('disputed');
    expect(islandOwnerColour('japan')).toBe('japan');
    expect(islandOwnerColour('russia')).toBe('russia');
  });

  it("draws the line of control as Japan's line of control and as Russia's border", () => {
    const control = dispute.lines.lines.find((line) => line.id === 'line-of-control-1945')!;
    expect(lineKind(control, 'neutral')).toBe('line-of-control');
    expect(lineKind(control, 'japan')).toBe('line-of-control');
    expect(lineKind(control, 'russia')).toBe('border');
    const claim = dispute.lines.lines.find((line) => line.id === 'japan-claim-1951')!;
    expect(lineKind(claim, 'japan')).toBe('border');
    expect(lineKind(claim, 'russia')).toBe('claim');
    expect(lineKindProperty('japan')).toBe('kind_japan');
    expect(lineKindProperty('neutral')).toBe('kind');
  });

  it('puts the viewing side first, and sorts by name in the neutral view', () => {
    const en = { japan: 'Japan', russia: 'Russia' };
    const ru = { japan: 'Япония', russia: 'Россия' };
    expect(sidesInOrder('japan', 'en', (s) => en[s])).toEqual(['japan', 'russia']);
    expect(sidesInOrder('russia', 'en', (s) => en[s])).toEqual(['russia', 'japan']);
    expect(sidesInOrder('neutral', 'en', (s) => en[s])).toEqual(['japan', 'russia']);
    expect(sidesInOrder('neutral', 'ru', (s) => ru[s])).toEqual(['russia', 'japan']);
  });
});
