import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy());

  it('runs only the app’s own scripts: no inline script, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-(inline|eval)|wasm-unsafe|\*\.|https?:/);
  });

  it('keeps workers, fonts and styles to the app’s own files, data: only for images', () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('lets any page frame the map', () => {
    expect(policy.get('frame-ancestors')).toEqual(['*']);
  });

  it('lets the map fetch a configured online basemap, and nothing else from it', () => {
    const online = directives(
      contentSecurityPolicy({
        basemapOrigins: ['https://tiles.example.org', 'https://sprites.example.net'],
      }),
    );
    const origins = ['https://tiles.example.org', 'https://sprites.example.net'];
    expect(online.get('connect-src')).toEqual(["'self'", ...origins]);
    expect(online.get('img-src')).toEqual(["'self'", 'data:', ...origins]);
    expect(online.get('script-src')).toEqual(["'self'"]);
    expect(online.get('worker-src')).toEqual(["'self'"]);
  });
});
