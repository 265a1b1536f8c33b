import { describe, expect, it } from 'vitest';
import {
  embedCode,
  embedUrl,
  escapeHtml,
  hostSnippet,
  type EmbedOptions,
} from '../../src/share/embed';
import { parseHash, type ViewState } from '../../src/state/url';

const hashOptions = { defaultLang: 'en' as const, currentYear: 2026 };
const view: ViewState = {
  camera: { zoom: 7.5, lat: 44.1, lng: 146.2, bearing: 0, pitch: 0 },
  island: 'kunashir',
  venue: null,
  pov: 'japan',
  lang: 'en',
  year: 1956,
  embed: false,
  trail: null,
  period: null,
  globe: false,
  lock: false,
  compare: false,
  tour: null,
  extra: [['note', 'a%20b']],
};
const base: EmbedOptions = {
  pageUrl: 'https://example.org/kuril/',
  view,
  hashOptions,
  responsive: false,
  width: 800,
  height: 600,
  panel: true,
  locked: false,
  pov: 'japan',
  lang: 'en',
  currentView: true,
  tour: null,
  compare: false,
  title: 'Kuril Islands dispute map',
  fallback: null,
};
const hashOf = (options: EmbedOptions) => parseHash(new URL(embedUrl(options)).hash, hashOptions);
const srcOf = (code: string) => code.match(/ src="([^"]*)"/)![1];

describe('embed URL', () => {
  it('keeps the view and always sets embed', () => {
    const url = embedUrl(base);
    expect(url).toBe(
      'https://example.org/kuril/#map=7.5/44.1/146.2&island=kunashir&pov=japan&lang=en&year=1956&embed=1&note=a%20b',
    );
    expect(hashOf(base)).toMatchObject({ island: 'kunashir', embed: true, year: 1956 });
  });

  it('drops the selection when the panel is hidden, and the camera for the default view', () => {
    expect(hashOf({ ...base, panel: false })).toMatchObject({ island: null, venue: null });
    const venueView = { ...view, island: null, venue: 'tokyo' };
    expect(hashOf({ ...base, view: venueView, panel: false }).venue).toBeNull();
    expect(hashOf({ ...base, view: venueView }).venue).toBe('tokyo');
    expect(hashOf({ ...base, currentView: false }).camera).toBeNull();
    expect(embedUrl({ ...base, currentView: false })).not.toContain('map=');
  });

  it('shows the two views side by side when asked, whatever the view carried', () => {
    expect(embedUrl({ ...base, compare: true })).toContain('&embed=1&compare=1&note=a%20b');
    expect(hashOf({ ...base, view: { ...view, compare: true } }).compare).toBe(false);
  });

  it('starts the embed at a chapter of the tour when asked, whatever the view carried', () => {
    const url = embedUrl({ ...base, tour: 'joint-declaration-1956' });
    expect(url).toContain('&embed=1&tour=joint-declaration-1956&note=a%20b');
    expect(hashOf({ ...base, tour: 'joint-declaration-1956' }).tour).toBe('joint-declaration-1956');
    expect(hashOf({ ...base, view: { ...view, tour: 'war-1945' }, tour: null }).tour).toBeNull();
  });

  it('adds lock=1 only when locked, once, whatever the view carried', () => {
    const locked = embedUrl({ ...base, locked: true });
    expect(hashOf({ ...base, locked: true })).toMatchObject({
      lock: true,
      extra: [['note', 'a%20b']],
    });
    expect(locked.match(/lock=1/g)).toHaveLength(1);
    expect(embedUrl({ ...base, view: { ...view, lock: true } })).not.toContain('lock');
  });

  it('uses the chosen perspective and language', () => {
    expect(hashOf({ ...base, pov: 'russia', lang: 'ja' })).toMatchObject({
      pov: 'russia',
      lang: 'ja',
    });
  });
});

describe('embed code', () => {
  it('escapes every attribute value', () => {
    expect(escapeHtml(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
    const code = embedCode({
      ...base,
      pageUrl: `https://example.org/a"b'c<d>/`,
      title: `Map "of" <b>'s & more`,
    });
    expect(code).toContain(' title="Map &quot;of&quot; &lt;b&gt;&#39;s &amp; more"');
    expect(srcOf(code)).toBe(
      'https://example.org/a&quot;b&#39;c&lt;d&gt;/#map=7.5/44.1/146.2&amp;island=kunashir&amp;pov=japan&amp;lang=en&amp;year=1956&amp;embed=1&amp;note=a%20b',
    );
    // One element and its closing tag: nothing from the values opens another.
    expect(code.match(/</g)).toHaveLength(2);
  });

  it('writes a fixed-size frame with the required attributes', () => {
    const code = embedCode(base);
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
    for (const attribute of [
      'title="Kuril Islands dispute map"',
      'loading="lazy"',
      ' allowfullscreen',
      'referrerpolicy="strict-origin-when-cross-origin"',
      'width="800"',
      'height="600"',
    ]) {
      expect(code).toContain(attribute);
    }
  });

  it('writes a responsive frame in a box of the chosen proportions, then the host snippet', () => {
    const code = embedCode({ ...base, responsive: true, width: 900, height: 600 });
    expect(code).toMatch(
      /^<div class="kuril-map-embed" style="[^"]*padding-top:66.6667%[^"]*"><iframe [^>]*><\/iframe><\/div>\n<script>\n[^<]*<\/script>$/,
    );
    expect(code).toContain(hostSnippet('https://example.org'));
    expect(code).toContain('width:100%');
    expect(code).not.toContain('width="');
    expect(code).toContain('loading="lazy"');
  });

  it('adds the host snippet to responsive frames only', () => {
    expect(embedCode(base)).not.toContain('<script');
  });

  it('puts a linked picture for pages without scripts before the frame, which it hides', () => {
    const fallback = {
      imageUrl: 'pictures/map "1".png',
      alt: 'Kuril Islands dispute map: <Iturup>',
      linkUrl: 'https://example.org/kuril/#island=iturup&pov=japan',
    };
    for (const responsive of [false, true]) {
      const code = embedCode({ ...base, responsive, fallback });
      const [first, frame] = code.split('\n');
      expect(first).toBe(
        '<noscript><style>.kuril-map-embed{display:none}</style>' +
          '<a href="https://example.org/kuril/#island=iturup&amp;pov=japan">' +
          '<img src="pictures/map &quot;1&quot;.png" alt="Kuril Islands dispute map: &lt;Iturup&gt;"' +
          ' width="800" height="600" style="max-width:100%;height:auto"></a></noscript>',
      );
      expect(frame).toMatch(/^<(iframe|div) class="kuril-map-embed" /);
    }
  });

  it('keeps sizes whole and within limits', () => {
    expect(embedCode({ ...base, width: 12.4, height: 99999 })).toContain(
      'width="200" height="4000"',
    );
    expect(embedCode({ ...base, width: Number.NaN, height: 480.6 })).toContain(
      'width="800" height="481"',
    );
  });
});

describe('host snippet', () => {
  /** Runs the snippet against a stand-in box and frame; returns what a message does to the box. */
  function hostWith(origin: string) {
    const frameWindow = {};
    const box = { style: { paddingTop: '66%', height: '' }, querySelector: () => frame };
    const frame = { contentWindow: frameWindow };
    let listener: (event: unknown) => void = () => {};
    const window = { addEventListener: (_type: string, l: typeof listener) => (listener = l) };
    const document = { currentScript: { previousElementSibling: box } };
    new Function('window', 'document', hostSnippet(origin))(window, document);
    return {
      box,
      send: (data: unknown, from = origin, source: unknown = frameWindow) =>
        listener({ data, origin: from, source }),
    };
  }

  it('applies the height the map asks for, within limits', () => {
    const host = hostWith('https://maps.example');
    host.send({ type: 'kuril-map:resize', height: 712.4 });
    expect(host.box.style).toEqual({ paddingTop: '0', height: '712px' });
    host.send({ type: 'kuril-map:resize', height: 1e9 });
    expect(host.box.style.height).toBe('4000px');
  });

  it('ignores other origins, other windows and other messages', () => {
    const host = hostWith('https://maps.example');
    host.send({ type: 'kuril-map:resize', height: 500 }, 'https://evil.example');
    host.send({ type: 'kuril-map:resize', height: 500 }, 'https://maps.example', {});
    host.send({ type: 'kuril-map:state', height: 500 });
    host.send({ type: 'kuril-map:resize', height: '500' });
    host.send(null);
    expect(host.box.style).toEqual({ paddingTop: '66%', height: '' });
  });

  it('cannot be closed or broken by the origin it is given', () => {
    expect(hostSnippet('https://a.example</script><b>')).not.toContain('</script');
  });
});
