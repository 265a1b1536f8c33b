import { describe, expect, it } from 'vitest';
import { withContractCamera } from '../../src/state/cameraGuard';

const options = { defaultLang: 'en' as const, currentYear: 2026 };
const guard = (hash: string) => withContractCamera(hash, options);

describe('withContractCamera', () => {
  it('leaves a hash without a camera, or with a camera in the contract’s form, as it is', () => {
    expect(guard('')).toBe('');
    expect(guard('#island=iturup&x=%3C')).toBe('#island=iturup&x=%3C');
    expect(guard('#map=6/44.2/146.5&lang=en')).toBe('#map=6/44.2/146.5&lang=en');
  });

  it('drops cameras MapLibre would take but the contract refuses', () => {
    expect(guard('#map=5//146&lang=en')).toBe('#lang=en');
    expect(guard('#lang=en&map=5/44/146/0/0/0/0')).toBe('#lang=en');
    expect(guard('#map=0x10/44/146')).toBe('#');
    expect(guard('#map=5+/44/146&pov=japan')).toBe('#pov=japan');
  });

  it('keeps the first camera only, as the contract reads it', () => {
    expect(guard('#map=garbage&island=iturup&map=5/44/146')).toBe('#island=iturup');
    expect(guard('#map=5/44/146&m%61p=6/40/140')).toBe('#map=5/44/146');
  });

  it('writes an accepted camera as MapLibre writes it', () => {
    expect(guard('#map=6.001/44.123456789/146.5&lang=ru')).toBe('#map=6/44.123/146.5&lang=ru');
    expect(guard('#m%61p=6/44.2/506.5')).toBe('#map=6/44.2/146.5');
  });
});
