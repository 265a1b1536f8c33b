import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHostMessage } from '../../src/embed/messages';

describe('parseHostMessage', () => {
  it('accepts the contract', () => {
    expect(parseHostMessage({ type: 'kuril-map:get' }, 2026)).toEqual({ type: 'kuril-map:get' });
    const set = {
      type: 'kuril-map:set',
      island: 'iturup',
      pov: 'japan',
      lang: 'ja',
      year: 1956,
      center: [146, 44],
      zoom: 6,
    };
    expect(parseHostMessage(set, 2026)).toEqual(set);
    expect(parseHostMessage({ type: 'kuril-map:set', venue: 'lima', island: null }, 2026)).toEqual({
      type: 'kuril-map:set',
      venue: 'lima',
      island: null,
    });
  });

  it('ignores wrong types, unknown values, extra fields and foreign messages', () => {
    for (const data of [
      null,
      'kuril-map:get',
      42,
      { type: 'kuril-map:get', extra: 1 },
      { type: 'kuril-map:set', island: 'atlantis' },
      { type: 'kuril-map:set', venue: 'paris' },
      { type: 'kuril-map:set', pov: 'china' },
      { type: 'kuril-map:set', year: 1700 },
      { type: 'kuril-map:set', year: 2027 },
      { type: 'kuril-map:set', year: 1956.5 },
      { type: 'kuril-map:set', zoom: 99 },
      { type: 'kuril-map:set', center: [146] },
      { type: 'kuril-map:set', center: [500, 44] },
      { type: 'kuril-map:set', island: '<img src=x onerror=alert(1)>' },
      { type: 'other:set' },
      { type: 'kuril-map:set', __proto__: { island: 'iturup' }, lang: 'xx' },
      [{ type: 'kuril-map:get' }],
    ]) {
      expect(parseHostMessage(data, 2026), JSON.stringify(data)).toBeNull();
    }
  });

  it('refuses objects shaped to pollute prototypes, and pollutes nothing', () => {
    for (const data of [
      JSON.parse('{"type":"kuril-map:set","__proto__":{"polluted":"yes","island":"iturup"}}'),
      JSON.parse('{"type":"kuril-map:get","__proto__":{"polluted":"yes"}}'),
      { type: 'kuril-map:set', constructor: { prototype: { polluted: 'yes' } } },
      { type: 'kuril-map:set', island: 'iturup', prototype: { polluted: 'yes' } },
    ]) {
      expect(parseHostMessage(data, 2026)).toBeNull();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        parseHostMessage(data, 2026);
      }),
      { numRuns: 1000 },
    );
  });
});
