import { describe, expect, it } from 'vitest';
import {
  FIRST_PAGE,
  linkCameraRequest,
  mapInputFor,
  mapSetupFor,
  type PageContext,
} from '../../src/map/viewOptions';
import { parseHash } from '../../src/state/url';
import { dateOfYear } from '../../src/data/years';
import { venues } from '../../src/data/basics';

const options = { defaultLang: 'en' as const, currentYear: 2026 };
const TODAY = '2026-12-06';
const viewOf = (hash: string) => {
  const view = parseHash(hash, options);
  return { ...view, date: dateOfYear(view.year, TODAY) };
};
const page = (change: Partial<PageContext> = {}): PageContext => ({
  ...FIRST_PAGE,
  labels: null,
  colorScheme: 'light',
  reducedMotion: false,
  history: null,
  camera: null,
  ...change,
});

describe('mapInputFor', () => {
  it("draws a past year's administration from the first input, without the history's code", () => {
    const input = mapInputFor(viewOf('#map=7/44.2/147.5&year=1900'), page());
    expect(input.style.date).toBe('1900-12-31');
    expect(input.style.administration).toEqual({
      iturup: 'japan',
      kunashir: 'japan',
      shikotan: 'japan',
      habomai: 'japan',
    });
    expect(mapInputFor(viewOf('#lang=en'), page()).style.administration).toBeNull();
  });

  it('carries the selection, the perspective and the language of the view', () => {
    const input = mapInputFor(viewOf('#island=kunashir&pov=russia&lang=ja'), page());
    expect(input.selection).toEqual({ island: 'kunashir', venue: null });
    expect(input.style).toMatchObject({ pov: 'russia', lang: 'ja', fontsReady: false });
    expect(input.style.islandLabels.kunashir).toBe('クナシル島');
  });

  it('gives the same input for the first paint and for the page with the same context', () => {
    const view = viewOf('#map=6/44/146&venue=tokyo&year=1956&lang=ru');
    const first = mapInputFor(view, page({ camera: linkCameraRequest(view, 0) }));
    const again = mapInputFor(view, page({ camera: linkCameraRequest(view, 0) }));
    expect(again).toEqual(first);
    expect(first.venues).toEqual([]);
  });
});

describe('linkCameraRequest', () => {
  it("keeps a link's camera as it is, even with a selection", () => {
    expect(linkCameraRequest(parseHash('#map=6/44.2/146.5&island=iturup', options), 0)).toEqual({
      id: 0,
      origin: 'link',
      target: { kind: 'view', center: [146.5, 44.2], zoom: 6, bearing: 0, pitch: 0 },
    });
  });

  it('brings a selection into view when the link has no camera, else asks for nothing', () => {
    expect(linkCameraRequest(parseHash('#island=habomai', options), 3)?.target).toEqual({
      kind: 'island',
      island: 'habomai',
    });
    const tokyo = venues.find((venue) => venue.id === 'tokyo')!;
    expect(linkCameraRequest(parseHash('#venue=tokyo', options), 4)?.target).toEqual({
      kind: 'point',
      lngLat: tokyo.coordinates,
    });
    expect(linkCameraRequest(parseHash('#lang=en', options), 5)).toBeNull();
  });
});

describe('mapSetupFor', () => {
  it('locks the map for lock=1 and hides the chrome in an embed', () => {
    const locked = parseHash('#embed=1&lock=1', options);
    expect(mapSetupFor(locked, { framed: true, reducedMotion: false })).toEqual({
      reducedMotion: false,
      cooperativeGestures: true,
      interactive: false,
      chrome: false,
    });
    expect(
      mapSetupFor(parseHash('#lock=0', options), { framed: false, reducedMotion: true }),
    ).toMatchObject({ interactive: true, chrome: true, reducedMotion: true });
  });
});
