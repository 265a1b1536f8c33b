import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { connectHost, hostState } from '../../src/embed/host';
import { frameMessageProblem, parseHostMessage } from '../../src/embed/messages';
import { parseHash } from '../../src/state/url';

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

  it('accepts a chapter of the tour, or null to leave it', () => {
    for (const tour of ['first-maps', 'shimoda-1855', null]) {
      const set = { type: 'kuril-map:set', tour };
      expect(parseHostMessage(set, 2026)).toEqual(set);
    }
    for (const tour of ['Shimoda-1855', 'chapter-1', '', 3, true, ['war-1945']])
      expect(parseHostMessage({ type: 'kuril-map:set', tour }, 2026)).toBeNull();
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
      { type: 'kuril-map:set', year: 1600 },
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

describe('messages from the frame', () => {
  const options = { defaultLang: 'en' as const, currentYear: 2026 };
  const state = hostState(
    parseHash('#map=6.5/44.4/146.98&island=iturup&pov=japan&lang=ja&year=1956', options),
    true,
  );
  const problem = (message: unknown) => frameMessageProblem(message, 2026);

  it('passes what the frame sends', () => {
    const unDrawn = hostState(parseHash('#venue=lima', options), false);
    for (const message of [
      { type: 'kuril-map:ready', state },
      { type: 'kuril-map:ready', state: unDrawn },
      { type: 'kuril-map:state', state },
      { type: 'kuril-map:select', island: 'kunashir' },
      { type: 'kuril-map:select', venue: 'tokyo' },
      { type: 'kuril-map:tour', chapter: 'war-1945' },
      { type: 'kuril-map:tour', chapter: null },
      { type: 'kuril-map:state', state: hostState(parseHash('#tour=since-2022', options), true) },
      { type: 'kuril-map:resize', height: 640 },
    ]) {
      expect(problem(message), JSON.stringify(message)).toBeNull();
    }
  });

  it('reports what the contract does not promise', () => {
    for (const message of [
      { type: 'kuril-map:ready' },
      { type: 'kuril-map:hello', state },
      { type: 'kuril-map:state', state, extra: 1 },
      { type: 'kuril-map:state', state: { ...state, drawn: undefined } },
      { type: 'kuril-map:state', state: { ...state, lang: 'xx' } },
      { type: 'kuril-map:state', state: { ...state, venue: 'paris' } },
      { type: 'kuril-map:state', state: { ...state, year: 2027 } },
      { type: 'kuril-map:state', state: { ...state, center: [200, 44] } },
      { type: 'kuril-map:state', state: { ...state, zoom: Number.NaN } },
      { type: 'kuril-map:select' },
      { type: 'kuril-map:select', island: 'atlantis' },
      { type: 'kuril-map:select', island: 'iturup', venue: 'tokyo' },
      { type: 'kuril-map:tour' },
      { type: 'kuril-map:tour', chapter: 'no-such-chapter' },
      { type: 'kuril-map:tour', chapter: 'war-1945', island: 'iturup' },
      { type: 'kuril-map:state', state: { ...state, tour: 'no-such-chapter' } },
      { type: 'kuril-map:state', state: { ...state, tour: undefined } },
      { type: 'kuril-map:resize' },
      { type: 'kuril-map:resize', height: 640.5 },
      { type: 'kuril-map:resize', height: 10 },
      { type: 'kuril-map:resize', height: 1e6 },
      { type: 'kuril-map:resize', height: '640' },
      { type: 'kuril-map:resize', height: 640, width: 300 },
    ]) {
      expect(problem(message), JSON.stringify(message)).not.toBeNull();
    }
  });

  it('gives a host the centre within -180..180 after a pan across the antimeridian', () => {
    // The map writes a longitude past 180 as it is; the address keeps it within the range.
    const east = hostState(parseHash('#map=6/44/190', options), true);
    expect(east.center).toEqual([-170, 44]);
    expect(problem({ type: 'kuril-map:state', state: east })).toBeNull();
  });

  it('posts to the host only what passes', async () => {
    const posted: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('window', {
      self: {},
      top: {},
      parent: { postMessage: (message: unknown) => posted.push(message) },
      addEventListener() {},
      removeEventListener() {},
    });
    try {
      const link = connectHost({ currentYear: 2026, state: () => state, apply() {} });
      link.post({ type: 'kuril-map:ready', state });
      link.post({ type: 'kuril-map:state', state: { ...state, pov: 'china' } } as never);
      link.post({ type: 'kuril-map:select', island: 'shikotan' });
      await vi.waitFor(() => expect(posted).toHaveLength(2));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(posted).toEqual([
        { type: 'kuril-map:ready', state },
        { type: 'kuril-map:select', island: 'shikotan' },
      ]);
      expect(errors).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
      errors.mockRestore();
    }
  });
});
