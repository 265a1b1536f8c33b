import { describe, expect, it } from 'vitest';
import { preferredHeight } from '../../src/embed/resize';
import { SHEET_SHARE } from '../../src/ui/sizes';

describe('the height a framed map asks for', () => {
  it('keeps the proportions the host first gave the frame, at its width now', () => {
    expect(preferredHeight({ width: 800, ratio: 0.75, panelOpen: false })).toBe(600);
    expect(preferredHeight({ width: 1000, ratio: 0.75, panelOpen: false })).toBe(750);
    // A panel beside the map on a wide frame needs no more height.
    expect(preferredHeight({ width: 800, ratio: 0.75, panelOpen: true })).toBe(600);
  });

  it('asks for room for the bottom sheet when a panel opens on a narrow frame', () => {
    const height = preferredHeight({ width: 360, ratio: 0.75, panelOpen: true });
    expect(height).toBe(Math.round(270 / (1 - SHEET_SHARE.half)));
    // The map above the sheet at its middle height is as tall as the whole frame was.
    expect(Math.round(height * (1 - SHEET_SHARE.half))).toBe(270);
  });

  it('stays whole and within the embed limits', () => {
    expect(preferredHeight({ width: 100, ratio: 0.5, panelOpen: false })).toBe(200);
    expect(preferredHeight({ width: 3000, ratio: 3, panelOpen: false })).toBe(4000);
    expect(Number.isInteger(preferredHeight({ width: 333, ratio: 0.7, panelOpen: true }))).toBe(
      true,
    );
  });
});
