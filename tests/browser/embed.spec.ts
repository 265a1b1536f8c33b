import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { expect, test } from './fixtures';
import { mapIn, openMap } from './driver';
import { APP_ORIGIN, HOST_ORIGIN, HOST_PORT } from './ports';

// The host page lives on another origin (localhost against 127.0.0.1), served by a
// real local server: Chromium refuses to let a page of unknown address frame a local one.
const HOST = HOST_ORIGIN;
// A third origin, for messages from a page that is neither the map nor its host.
const THIRD = `http://127.0.0.1:${HOST_PORT}`;
test.use({ otherOrigins: [HOST, THIRD] });
// One worker runs this file, so the host server's port is taken once.
test.describe.configure({ mode: 'serial' });

let hostServer: Server;
let hostPage = '';
test.beforeAll(async () => {
  hostServer = createServer((request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(request.url === '/sender.html' ? SENDER_PAGE : hostPage);
  });
  await new Promise<void>((resolve) => hostServer.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

type Message = {
  type: string;
  state?: Record<string, unknown>;
  island?: string;
  venue?: string;
  height?: number;
};

async function openHost(page: Page, hash: string, extra = '') {
  hostPage = `<!doctype html><html lang="en"><title>Host</title>
        <iframe id="map" title="Kuril Islands dispute map" width="900" height="600"
          src="${APP_ORIGIN}/${hash}"></iframe>${extra}
        <script>
          window.messages = [];
          addEventListener('message', (e) => {
            if (e.origin === '${APP_ORIGIN}') window.messages.push(e.data);
          });
          window.send = (data) =>
            document.getElementById('map').contentWindow.postMessage(data, '${APP_ORIGIN}');
        </script></html>`;
  await page.goto(`${HOST}/host.html`);
  const frame = page.frameLocator('#map');
  await expect(frame.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 45_000 });
  return frame;
}

/** The map inside the host page's frame, as the probe sees it. */
const framedMap = (page: Page) => mapIn(page.frames().find((f) => f.url().startsWith(APP_ORIGIN))!);

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { messages: Message[] }).messages);

async function lastOfType(page: Page, type: string) {
  await expect.poll(async () => (await messages(page)).some((m) => m.type === type)).toBe(true);
  return (await messages(page)).filter((m) => m.type === type).at(-1)!;
}

test('a framed map says ready, answers get, obeys set and reports selections', async ({ page }) => {
  const frame = await openHost(page, '#map=6/44.2/146.5&embed=1&lang=en');
  const ready = await lastOfType(page, 'kuril-map:ready');
  expect(ready.state).toMatchObject({
    island: null,
    venue: null,
    pov: 'neutral',
    lang: 'en',
    year: null,
  });
  expect((ready.state!.center as number[]).length).toBe(2);

  await page.evaluate(() =>
    (window as unknown as { send(d: unknown): void }).send({ type: 'kuril-map:get' }),
  );
  const reply = await lastOfType(page, 'kuril-map:state');
  expect(reply.state).toMatchObject({ lang: 'en', pov: 'neutral' });

  await page.evaluate(() =>
    (window as unknown as { send(d: unknown): void }).send({
      type: 'kuril-map:set',
      island: 'kunashir',
      pov: 'japan',
      center: [146.2, 44.1],
      zoom: 7,
    }),
  );
  await expect(frame.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  await expect
    .poll(
      async () => (await messages(page)).filter((m) => m.type === 'kuril-map:state').at(-1)?.state,
    )
    .toMatchObject({ island: 'kunashir', pov: 'japan', zoom: 7 });

  // A click by the reader inside the frame is reported as a selection.
  // Escape from inside the frame (the body takes no focus: a key there goes to the host page).
  const panel = frame.getByRole('complementary', { name: /^Island:/ });
  await panel.locator('.panel-close').press('Escape');
  await expect(panel).toHaveCount(0);
  const [x, y] = await framedMap(page).project([146.74, 43.8]);
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + x + 2, box.y + y + 2);
  const select = await lastOfType(page, 'kuril-map:select');
  expect(select).toMatchObject({ island: 'shikotan' });
});

test('a host selecting an island frames it and its neighbour clear of the panel, unless it gives a camera', async ({
  page,
}) => {
  const frame = await openHost(page, '#map=6/44.2/146.5&embed=1&lang=en');
  await lastOfType(page, 'kuril-map:ready');
  const map = framedMap(page);
  const camera = () => map.camera();
  const send = (data: unknown) =>
    page.evaluate((d) => (window as unknown as { send(d: unknown): void }).send(d), data);
  // The reader clicks Iturup, where the panel opens: it is panned out from under it.
  const [x, y] = await map.islandPoint('iturup');
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
  const panel = frame.getByRole('complementary', { name: /^Island:/ });
  await expect(panel).toBeVisible();
  await expect.poll(async () => (await camera()).center[0]).toBeGreaterThan(146.6);
  await panel.locator('.panel-close').press('Escape');
  await expect(panel).toHaveCount(0);

  // Later the host shows Iturup on a camera of its own: that camera stands.
  await send({ type: 'kuril-map:set', island: 'iturup', center: [146.5, 44.2], zoom: 6 });
  await expect(panel).toBeVisible();
  await map.mapAtRest();
  expect((await camera()).center[0]).toBeCloseTo(146.5, 3);
  await panel.locator('.panel-close').press('Escape');
  await expect(panel).toHaveCount(0);

  // Then Kunashir alone, with a camera far away: the map frames it and Iturup beside the panel.
  await send({ type: 'kuril-map:set', center: [140, 40], zoom: 4 });
  await expect.poll(async () => (await camera()).center[0]).toBeCloseTo(140, 3);
  await send({ type: 'kuril-map:set', island: 'kunashir' });
  await expect(panel).toBeVisible();
  await map.mapAtRest();
  const panelLeft = (await panel.boundingBox())!.x - box.x;
  for (const id of ['kunashir', 'iturup']) {
    const [ix, iy] = await map.islandPoint(id);
    expect(ix, id).toBeGreaterThan(0);
    expect(ix, id).toBeLessThan(panelLeft);
    expect(iy, id).toBeGreaterThan(0);
    expect(iy, id).toBeLessThan(box.height);
  }
});

test('malformed and foreign messages are ignored, and nothing from them is rendered', async ({
  page,
}) => {
  const frame = await openHost(page, '#embed=1&lang=en');
  await lastOfType(page, 'kuril-map:ready');
  await page.evaluate(() => {
    const send = (window as unknown as { send(d: unknown): void }).send;
    const junk: unknown[] = [
      'kuril-map:get',
      null,
      42,
      { type: 'kuril-map:set', island: '<img src=x onerror="window.pwned=1">' },
      { type: 'kuril-map:set', venue: '<b>paris</b>' },
      { type: 'kuril-map:set', lang: 'xx' },
      { type: 'kuril-map:set', year: 99999 },
      { type: 'kuril-map:set', zoom: 'big' },
      { type: 'kuril-map:set', island: 'iturup', extra: 'field' },
      { type: 'kuril-map:set', island: 'x'.repeat(1_000_000) },
      { type: 'other:thing' },
      [1, 2, 3],
    ];
    for (const data of junk) send(data);
    // Answered after everything sent before it has been handled.
    send({ type: 'kuril-map:get' });
  });
  const reply = await lastOfType(page, 'kuril-map:state');
  // The one state message is the answer to get, with nothing selected.
  expect((await messages(page)).filter((m) => m.type === 'kuril-map:state')).toEqual([reply]);
  expect(reply.state).toMatchObject({ island: null, venue: null, lang: 'en', year: null });
  await expect(frame.getByRole('complementary')).toHaveCount(0);
  await expect(frame.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await framedMap(page).host.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
});

test('embed mode: minimal chrome, a link to the full map, cooperative gestures', async ({
  page,
}) => {
  const frame = await openHost(page, '#map=6/44.2/146.5&island=iturup&pov=russia&embed=1&lang=en');
  // Not in the page at all, hidden or not.
  await expect(
    frame.getByRole('navigation', { name: 'Islands and venues', includeHidden: true }),
  ).toHaveCount(0);
  await expect(
    frame.getByRole('button', { name: 'Measure', exact: true, includeHidden: true }),
  ).toHaveCount(0);
  const link = frame.getByRole('link', { name: 'Open the full map' });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = (await link.getAttribute('href'))!;
  expect(href).toContain('island=iturup');
  expect(href).toContain('pov=russia');
  expect(href).not.toContain('embed=1');
  await expect(frame.locator('.maplibregl-ctrl-attrib')).toContainText('GSHHG');
  // Framed: a plain wheel over the map asks for the modifier key instead of zooming.
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + 450, box.y + 400);
  await page.mouse.wheel(0, -300);
  await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(1);
});

test('lock=1 makes an embedded map that does not move', async ({ page }) => {
  await openHost(page, '#map=6/44.2/146.5&embed=1&lang=en&lock=1');
  const map = framedMap(page);
  const before = await map.camera();
  const box = (await page.locator('#map').boundingBox())!;
  await page.mouse.move(box.x + 450, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + 250, box.y + 200, { steps: 5 });
  await page.mouse.up();
  await map.mapAtRest();
  expect(await map.camera()).toEqual(before);
  // No zoom buttons that would do nothing.
  await expect(
    page.frameLocator('#map').getByRole('button', { name: 'Zoom in', exact: true }),
  ).toHaveCount(0);
});

// Messages no host should send: wrong types, extra fields, payloads of megabytes, objects shaped
// to pollute prototypes, markup in every field. Built in the sending page, as a stranger would.
const HOSTILE_MESSAGES = `function hostileMessages() {
  const mark = '<b id="reflected">REFLECTED</b><img src=x onerror="window.pwned=1">';
  let deep = { island: 'iturup' };
  for (let i = 0; i < 2000; i++) deep = { next: deep };
  return [
    mark, [mark], 0, true, undefined, new Date(), /kuril-map/, new Map([['type', 'kuril-map:get']]),
    { type: 42 }, { type: ['kuril-map:get'] }, { type: 'kuril-map:get ' }, { type: 'KURIL-MAP:GET' },
    { type: 'kuril-map:get', extra: mark }, { type: 'kuril-map:set', island: 'iturup', extra: mark },
    { type: 'kuril-map:set', island: mark }, { type: 'kuril-map:set', venue: mark },
    { type: 'kuril-map:set', pov: mark }, { type: 'kuril-map:set', lang: mark },
    { type: 'kuril-map:set', year: '1956' }, { type: 'kuril-map:set', year: NaN },
    { type: 'kuril-map:set', zoom: Infinity }, { type: 'kuril-map:set', center: [NaN, 44] },
    { type: 'kuril-map:set', center: [146, 44, 3] },
    { type: 'kuril-map:set', island: mark.repeat(100_000) },
    { type: 'kuril-map:set', venue: 'x'.repeat(8 * 1024 * 1024) },
    { type: 'k'.repeat(4 * 1024 * 1024) },
    { type: 'kuril-map:set', center: new Array(1_000_000).fill(146) },
    { type: 'kuril-map:set', venue: deep },
    new ArrayBuffer(16 * 1024 * 1024),
    JSON.parse('{"type":"kuril-map:set","__proto__":{"polluted":"yes","island":"iturup"}}'),
    JSON.parse('{"type":"kuril-map:get","__proto__":{"polluted":"yes"}}'),
    { type: 'kuril-map:set', constructor: { prototype: { polluted: 'yes' } } },
    { type: 'kuril-map:set', island: 'iturup', prototype: { polluted: 'yes' } },
  ];
}`;

// Served from THIRD inside the host page: sends the hostile messages, then a valid get, straight
// to the map's frame, and keeps what the map answers.
const SENDER_PAGE = `<!doctype html><html lang="en"><title>Sender</title><script>
  ${HOSTILE_MESSAGES}
  window.replies = [];
  addEventListener('message', (e) => { if (e.origin === '${APP_ORIGIN}') replies.push(e.data); });
  window.sendAll = () => {
    const map = parent.frames[0];
    for (const data of hostileMessages()) map.postMessage(data, '*');
    map.postMessage({ type: 'kuril-map:get' }, '*');
  };
</script></html>`;

test('hostile messages from any origin are ignored, never rendered, and the map keeps working', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const frame = await openHost(
    page,
    '#embed=1&lang=en',
    `<iframe id="sender" title="Sender" src="${THIRD}/sender.html"></iframe>
     <script>${HOSTILE_MESSAGES}</script>`,
  );
  await lastOfType(page, 'kuril-map:ready');
  await page.evaluate(() => {
    const host = window as unknown as { send(d: unknown): void; hostileMessages(): unknown[] };
    for (const data of host.hostileMessages()) host.send(data);
  });
  const sender = page.frames().find((f) => f.url().startsWith(THIRD))!;
  await sender.evaluate(() => (window as unknown as { sendAll(): void }).sendAll());

  // The third page hears one reply, to its valid get; the host hears nothing.
  await expect
    .poll(() => sender.evaluate(() => (window as unknown as { replies: Message[] }).replies))
    .toHaveLength(1);
  const [reply] = await sender.evaluate(
    () => (window as unknown as { replies: Message[] }).replies,
  );
  expect(reply).toMatchObject({ type: 'kuril-map:state', state: { island: null, lang: 'en' } });
  const replies = (await messages(page)).map((m) => m.type);
  expect(
    replies.filter((type) => type !== 'kuril-map:ready' && type !== 'kuril-map:resize'),
  ).toEqual([]);

  // Nothing was rendered, run or polluted.
  await expect(frame.getByRole('complementary')).toHaveCount(0);
  await expect(frame.locator('#reflected, img[src="x"]')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText('REFLECTED');
  const map = framedMap(page);
  expect(
    await map.host.evaluate(() => ({
      polluted: (Object.prototype as Record<string, unknown>).polluted ?? null,
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
    })),
  ).toEqual({ polluted: null, pwned: null });

  // The map still obeys the contract.
  await page.evaluate(() =>
    (window as unknown as { send(d: unknown): void }).send({
      type: 'kuril-map:set',
      island: 'iturup',
    }),
  );
  await expect(frame.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  expect(await map.islandsOnScreen()).toHaveLength(4);
});

test('a set that changes only the perspective, the selection or the year is reported', async ({
  page,
}) => {
  await openHost(page, '#map=6/44.2/146.5&embed=1&lang=en');
  await lastOfType(page, 'kuril-map:ready');
  await page.evaluate(() =>
    (window as unknown as { send(data: unknown): void }).send({
      type: 'kuril-map:set',
      pov: 'japan',
    }),
  );
  await expect
    .poll(async () => (await lastOfType(page, 'kuril-map:state')).state?.pov)
    .toBe('japan');
  await page.evaluate(() =>
    (window as unknown as { send(data: unknown): void }).send({
      type: 'kuril-map:set',
      island: 'shikotan',
      year: 1950,
    }),
  );
  await expect
    .poll(async () => (await lastOfType(page, 'kuril-map:state')).state)
    .toMatchObject({ island: 'shikotan', year: 1950, pov: 'japan' });
});

test('a responsive embed, pasted as the dialog writes it, takes the height the map asks for', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The web editor copies the code from the share dialog of the map's own page.
  const editor = await openMap(page, '/#map=6.5/44.2/146.5&lang=en');
  const dialog = await editor.openShare();
  await dialog.getByLabel('Responsive (full width)').check();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toContain('kuril-map:resize');

  // A reader opens the editor's page, on another origin, on a phone-sized screen.
  hostPage = `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
    <title>Host</title><body style="margin:0"><h1>An article</h1>${code}
    <script>
      window.messages = [];
      addEventListener('message', (e) => {
        if (e.origin === '${APP_ORIGIN}') window.messages.push(e.data);
      });
    </script></body></html>`;
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${HOST}/article.html`);
  const frame = phone.frameLocator('iframe');
  await expect(frame.locator('html[data-map-ready]')).toHaveCount(1, { timeout: 45_000 });
  const iframe = phone.locator('iframe');
  const frameHeight = async () => Math.round((await iframe.boundingBox())!.height);
  // 800 x 600 by default: the proportions at the phone's width, asked for and applied.
  const proportional = Math.round((390 * 600) / 800);
  const resize = await lastOfType(phone, 'kuril-map:resize');
  expect(resize.height).toBe(proportional);
  expect(await frameHeight()).toBe(proportional);

  // A panel opens as a bottom sheet: the map asks for room above it, and the page gives it.
  const map = framedMap(phone);
  await map.mapAtRest();
  const [x, y] = await map.islandPoint('kunashir');
  const box = (await iframe.boundingBox())!;
  await phone.mouse.click(box.x + x, box.y + y);
  await expect(frame.getByRole('complementary', { name: /^Island:/ })).toBeVisible();
  await expect.poll(frameHeight).toBeGreaterThan(proportional * 1.5);
  await frame.getByRole('complementary').locator('.panel-close').click();
  await expect.poll(frameHeight).toBe(proportional);
  // Once the frame has its height, nothing more is asked for: no loop.
  const count = (await messages(phone)).filter((m) => m.type === 'kuril-map:resize').length;
  await phone.waitForTimeout(600);
  expect((await messages(phone)).filter((m) => m.type === 'kuril-map:resize')).toHaveLength(count);
  await phone.close();
});

test('the link to the full map carries the camera the reader has now', async ({ page }) => {
  const map = await openMap(page, '/#map=6/44.2/146.5&embed=1&lang=en');
  const link = page.getByRole('link', { name: 'Open the full map' });
  await expect(link).toHaveAttribute('href', /map=6\/44\.2\/146\.5/);
  await page.locator('.maplibregl-canvas').focus();
  await page.keyboard.press('Equal');
  await map.mapAtRest();
  await expect(link).toHaveAttribute('href', /map=7\//);
});
