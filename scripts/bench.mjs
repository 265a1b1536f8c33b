// `npm run bench`: the app against MapLibre alone (bench/baseline), both built, served by
// scripts/serve.mjs with production headers, in one headless Chromium, on the same camera. Two
// floors: MapLibre drawing the same basemap as the app's first view (its style, labels and fonts),
// which the targets are measured against, and MapLibre drawing the same files in plain layers
// without names (`?plain`), the floor of the first measurements.
// Prints a table and writes .reports/bench.json. A benchmark, not a test: it asserts nothing.
// Options (environment): BENCH_LOADS (cold loads of each page, default 15), BENCH_CLICKS (default
// 24), BENCH_PORT (first of three ports, default 4330), BENCH_SKIP_BUILD=1 to reuse the builds.
import { chromium } from '@playwright/test';
import * as turf from '@turf/turf';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from './browser.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 24);
const PORT = Number(process.env.BENCH_PORT ?? 4330);
const VIEWPORT = { width: 1280, height: 800 };
const SELECTIONS = { warm: 10, total: 200 };
const TARGETS = {
  idleRatio: 1.15,
  ownJsKb: 60,
  dataKb: 400,
  clickP95Ms: 100,
  heapGrowthMb: 5,
};

function build() {
  for (const args of [
    ['vite', 'build'],
    ['vite', 'build', '--config', 'bench/vite.config.ts'],
  ]) {
    const result = spawnSync('npx', args, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`npx ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
    }
  }
}

/** Starts scripts/serve.mjs on a directory; resolves with its origin once it listens. */
function serve(dir, port) {
  const child = spawn('node', ['scripts/serve.mjs', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server for ${dir} exited with ${code}`)));
    child.stdout.once('data', () => resolve({ origin: `http://127.0.0.1:${port}`, child }));
  });
}

const median = (values) => quantile(values, 0.5);
/** Nearest-rank quantile. */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const kb = (bytes) => bytes / 1024;

/** Which part of the first view a response belongs to, from its path. */
function category(url) {
  const path = new URL(url).pathname;
  if (/\/assets\/maplibre-[^/]*\.js$/.test(path)) return 'jsMapLibre';
  if (/\/assets\/react-[^/]*\.js$/.test(path)) return 'jsReact';
  if (path.endsWith('.js')) return 'jsOwn';
  if (path.endsWith('.geojson')) return 'geojson';
  if (/\.woff2?$/.test(path)) return 'fonts';
  return 'htmlCss';
}

// Records when the page first says its map is idle (both pages set html[data-map-ready]).
function recordFirstIdle() {
  new MutationObserver((_, observer) => {
    if (!document.documentElement.hasAttribute('data-map-ready')) return;
    window.__firstIdle = performance.now();
    observer.disconnect();
    // The document itself: an init script runs before the html element exists.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
}

/**
 * One cold load in a fresh context: the time to the first idle, and the gzip bytes of the first
 * view: what was requested before the first idle, and the fonts of the labels (they follow the
 * first idle). What the app fetches ahead afterwards (the panels) is listed apart.
 */
async function coldLoad(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(recordFirstIdle);
  const page = await context.newPage();
  const responses = [];
  context.on('response', (response) => responses.push(response));
  await page.goto(url);
  await page.waitForSelector('html[data-map-ready]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const { idleMs, idleEpochMs, canvas } = await page.evaluate(() => ({
    idleMs: window.__firstIdle,
    idleEpochMs: performance.timeOrigin + window.__firstIdle,
    canvas: [...document.querySelectorAll('canvas')].map((c) => [c.clientWidth, c.clientHeight]),
  }));
  // Both pages must draw the whole viewport: a map the page's CSS leaves 0 px tall idles early.
  if (!canvas.some(([w, h]) => w === VIEWPORT.width && h === VIEWPORT.height)) {
    throw new Error(`${url}: no map canvas of ${VIEWPORT.width}x${VIEWPORT.height} (${canvas})`);
  }
  const bytes = { jsMapLibre: 0, jsReact: 0, jsOwn: 0, geojson: 0, fonts: 0, htmlCss: 0 };
  const files = [];
  const afterIdle = [];
  for (const response of responses) {
    if (response.status() !== 200) continue;
    const gzip = gzipSync(await response.body()).length;
    const path = new URL(response.url()).pathname;
    const kind = category(response.url());
    if (response.request().timing().startTime < idleEpochMs || kind === 'fonts') {
      bytes[kind] += gzip;
      files.push({ path, gzip });
    } else {
      afterIdle.push({ path, gzip });
    }
  }
  await context.close();
  return { idleMs, bytes, files, afterIdle };
}

const FRAME = { width: 800, height: 600 };

/**
 * A host page on its own server (a page Chromium sees as public may not frame a loopback one):
 * `/?src=<url>` frames that URL.
 */
function serveHost(port) {
  const server = createServer((request, response) => {
    const src = new URL(request.url, 'http://localhost').searchParams.get('src') ?? '';
    const attribute = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      '<!doctype html><html lang="en"><title>Host</title><body style="margin:0">' +
        `<iframe src="${attribute}" width="${FRAME.width}" height="${FRAME.height}" ` +
        'style="border:0" title="Map"></iframe></body></html>',
    );
  });
  return new Promise((resolve) =>
    server.listen(port, () => resolve({ origin: `http://localhost:${port}`, server })),
  );
}

/**
 * One cold load of a host page that frames `frameUrl`, as a page embedding the map loads it: the
 * time from the host page's start to the framed map's first idle.
 */
async function framedLoad(browser, hostOrigin, frameUrl) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(recordFirstIdle);
  const page = await context.newPage();
  const hostUrl = `${hostOrigin}/?src=${encodeURIComponent(frameUrl)}`;
  await page.goto(hostUrl);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForSelector('html[data-map-ready]', { timeout: 60_000 });
  const hostOriginMs = await page.evaluate(() => performance.timeOrigin);
  const idleEpochMs = await frame.evaluate(() => performance.timeOrigin + window.__firstIdle);
  await context.close();
  return { idleMs: idleEpochMs - hostOriginMs };
}

const PAGES = ['app', 'baseline', 'plain'];

/**
 * LOADS loads of each page, in turn, after one of each that is not counted (the browser's own
 * first-use costs fall on none). The order turns each round, so no page always meets a warmer
 * machine.
 */
async function inTurn(load, label) {
  for (const name of PAGES) await load(name);
  const results = Object.fromEntries(PAGES.map((name) => [name, []]));
  for (let i = 0; i < LOADS; i++) {
    const order = PAGES.map((_, k) => PAGES[(i + k) % PAGES.length]);
    for (const name of order) results[name].push(await load(name));
    console.error(`${label}: ${i + 1}/${LOADS}`);
  }
  return results;
}

async function openApp(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/`);
  await page.waitForSelector('html[data-map-ready]', { timeout: 60_000 });
  return { context, page };
}

const islandsGeojson = JSON.parse(readFileSync('public/data/islands.geojson', 'utf8'));
/** A point well inside an island's largest polygon (as tests/browser/fixtures.ts islandPoint). */
function insidePoint(id) {
  const feature = islandsGeojson.features.find((f) => f.properties.id === id);
  const largest = turf.polygon(feature.geometry.coordinates[0]);
  const inside = turf.centerOfMass(largest);
  const point = turf.booleanPointInPolygon(inside, largest) ? inside : turf.pointOnFeature(largest);
  return point.geometry.coordinates;
}

/** Waits until the camera has not moved for a few frames. */
async function cameraAtRest(page) {
  await page.evaluate(async () => {
    let last = '';
    for (let still = 0; still < 5;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = JSON.stringify(window.__kurilMapProbe.camera());
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
}

/**
 * Milliseconds from the release of a click on an island to the first frame painted with its panel:
 * the panel's appearance is seen by a MutationObserver, the paint by a task queued from the next
 * animation frame (it runs once that frame has been presented). Also the renderer's main-thread
 * time over the same span (CDP TaskDuration), which other load on the machine disturbs less.
 */
async function clickToPanel(page, cdp, id, camera) {
  // Each click starts from the first view: a click on an island the panel covered panned the map.
  await page.evaluate((hash) => {
    if (window.location.hash !== hash) window.location.hash = hash;
  }, camera);
  await cameraAtRest(page);
  const [x, y] = await page.evaluate(
    (lngLat) => window.__kurilMapProbe.project(lngLat),
    insidePoint(id),
  );
  const onCanvas = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas'),
    [x, y],
  );
  if (!onCanvas) throw new Error(`${id} is covered at ${x},${y}`);
  // As a person does: point at the island (it takes its hover colour), then press.
  await page.mouse.move(x, y);
  await page.evaluate(async () => {
    for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
  });
  // Listen before clicking: the click must not overtake the listeners.
  await page.evaluate(() => {
    window.__panelPainted = new Promise((resolve) => {
      let start = null;
      window.addEventListener('pointerup', (event) => (start = event.timeStamp), {
        capture: true,
        once: true,
      });
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.panel-slot .panel h2')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  const before = await taskSeconds(cdp);
  await page.mouse.down();
  await page.mouse.up();
  const ms = await page.evaluate(() => window.__panelPainted);
  const mainThreadMs = ((await taskSeconds(cdp)) - before) * 1000;
  await page.keyboard.press('Escape');
  await page.waitForSelector('.panel-slot', { state: 'detached' });
  return { ms, mainThreadMs };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value;
}

async function heapUsed(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const performanceMemory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
  return { usedSize, performanceMemory };
}

/** Heap after 10 and after 200 selections from the list of places (islands and venues in turn). */
async function heapGrowth(browser, origin) {
  const { context, page } = await openApp(browser, origin, { reducedMotion: 'reduce' });
  const cdp = await context.newCDPSession(page);
  // The list is a drawer, opened from the bar (it stays open on a wide screen).
  await page.getByTestId('places-toggle').click();
  const buttons = page.locator('.place-list button');
  const count = await buttons.count();
  const select = async (n) => {
    const button = buttons.nth(n % count);
    await button.click();
    await page.locator('.panel-slot .panel h2').waitFor();
  };
  for (let n = 0; n < SELECTIONS.warm; n++) await select(n);
  const afterWarm = await heapUsed(page, cdp);
  for (let n = SELECTIONS.warm; n < SELECTIONS.total; n++) await select(n);
  const afterAll = await heapUsed(page, cdp);
  await context.close();
  return { afterWarm, afterAll, growthBytes: afterAll.usedSize - afterWarm.usedSize };
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) build();
  const app = await serve('dist', PORT);
  const baseline = await serve('bench/dist', PORT + 1);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
  try {
    // Both pages open on the camera the app's first view chooses (it fits the four units).
    const first = await openApp(browser, app.origin);
    const camera = `#${new URL(first.page.url()).hash.slice(1).split('&')[0]}`;
    await first.context.close();
    const urls = {
      app: `${app.origin}/${camera}`,
      baseline: `${baseline.origin}/${camera}`,
      plain: `${baseline.origin}/?plain${camera}`,
    };
    const loads = await inTurn((name) => coldLoad(browser, urls[name]), 'cold loads');
    // The same, framed in a host page of another origin (the app in embed mode).
    // The host page is on localhost, the frames on 127.0.0.1: another origin, as on a real site.
    const host = await serveHost(PORT + 2);
    const framedUrl = (name) => (name === 'app' ? `${urls.app}&embed=1` : urls[name]);
    const framed = await inTurn(
      (name) => framedLoad(browser, host.origin, framedUrl(name)),
      'framed loads',
    );
    host.server.close();
    const { page, context } = await openApp(browser, app.origin);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const islandIds = islandsGeojson.features.map((f) => f.properties.id);
    const clicks = [];
    const firstView = await page.evaluate(() => window.location.hash);
    for (let i = 0; i < CLICKS; i++) {
      clicks.push(await clickToPanel(page, cdp, islandIds[i % 4], firstView));
    }
    await context.close();
    const clickMs = clicks.map((click) => click.ms);
    const clickMainThreadMs = clicks.map((click) => click.mainThreadMs);
    const heap = await heapGrowth(browser, app.origin);

    const summary = (name) => ({
      gzipBytes: loads[name][0].bytes,
      files: loads[name][0].files,
      fetchedAfterIdle: loads[name][0].afterIdle,
    });
    const result = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      viewport: VIEWPORT,
      camera,
      app: summary('app'),
      baseline: summary('baseline'),
      firstIdle: idleSummary(loads),
      framed: { frame: FRAME, ...idleSummary(framed) },
      clickToPanelMs: {
        first: clickMs[0],
        p50: quantile(clickMs, 0.5),
        p95: quantile(clickMs, 0.95),
        all: clickMs,
      },
      clickMainThreadMs: {
        p50: quantile(clickMainThreadMs, 0.5),
        p95: quantile(clickMainThreadMs, 0.95),
        all: clickMainThreadMs,
      },
      heap,
      targets: TARGETS,
    };
    mkdirSync('.reports', { recursive: true });
    writeFileSync('.reports/bench.json', `${JSON.stringify(result, null, 2)}\n`);
    printTable(result);
  } finally {
    await browser.close();
    app.child.kill();
    baseline.child.kill();
  }
}

/** First idle of each page: the median, every load, and the app's paired ratios to each floor. */
function idleSummary(runs) {
  const ms = (name) => runs[name].map((load) => load.idleMs);
  const stats = (name) => ({ median: median(ms(name)), all: ms(name) });
  const paired = (floor) => median(ms('app').map((value, i) => value / ms(floor)[i]));
  return {
    app: stats('app'),
    baseline: stats('baseline'),
    plain: stats('plain'),
    pairedRatio: { baseline: paired('baseline'), plain: paired('plain') },
  };
}

function printTable(result) {
  const { app, baseline } = result;
  const nonJs = (b) => b.geojson + b.fonts + b.htmlCss;
  const rows = [];
  const row = (metric, appValue, baseValue, unit, target, met) =>
    rows.push([
      metric,
      `${appValue.toFixed(unit === 'x' ? 2 : 1)} ${unit}`,
      baseValue === null ? '' : `${baseValue.toFixed(1)} ${unit}`,
      baseValue ? `${(appValue / baseValue).toFixed(2)}x` : '',
      target,
      met === null ? '' : met ? 'yes' : 'NO',
    ]);
  const idleRows = (label, idle) => {
    const ratio = idle.app.median / idle.baseline.median;
    const target = `<= ${TARGETS.idleRatio}x`;
    row(
      `${label}: first idle (median)`,
      idle.app.median,
      idle.baseline.median,
      'ms',
      target,
      ratio <= TARGETS.idleRatio,
    );
    const paired = idle.pairedRatio.baseline;
    row('  median of paired ratios', paired, null, 'x', target, paired <= TARGETS.idleRatio);
    row('  against plain layers, no names', idle.app.median, idle.plain.median, 'ms', '', null);
    row('  median of paired ratios', idle.pairedRatio.plain, null, 'x', '', null);
  };
  idleRows(`page ${result.viewport.width}x${result.viewport.height}`, result.firstIdle);
  const { framed } = result;
  idleRows(`framed ${framed.frame.width}x${framed.frame.height}`, framed);
  const a = app.gzipBytes;
  const b = baseline.gzipBytes;
  row('JS: MapLibre', kb(a.jsMapLibre), kb(b.jsMapLibre), 'KB', '', null);
  row('JS: React + React DOM', kb(a.jsReact), kb(b.jsReact), 'KB', '', null);
  row(
    'JS: app own',
    kb(a.jsOwn),
    kb(b.jsOwn),
    'KB',
    `< ${TARGETS.ownJsKb} KB`,
    kb(a.jsOwn) < TARGETS.ownJsKb,
  );
  row('GeoJSON', kb(a.geojson), kb(b.geojson), 'KB', '', null);
  row('fonts', kb(a.fonts), kb(b.fonts), 'KB', '', null);
  row('HTML + CSS', kb(a.htmlCss), kb(b.htmlCss), 'KB', '', null);
  const ahead = (files) => files.reduce((sum, file) => sum + file.gzip, 0);
  row(
    'after first idle (panels, ahead)',
    kb(ahead(app.fetchedAfterIdle)),
    kb(ahead(baseline.fetchedAfterIdle)),
    'KB',
    'not first view',
    null,
  );
  row(
    'data (all but JS)',
    kb(nonJs(a)),
    kb(nonJs(b)),
    'KB',
    `< ${TARGETS.dataKb} KB`,
    kb(nonJs(a)) < TARGETS.dataKb,
  );
  const { first, p50, p95 } = result.clickToPanelMs;
  row('click to panel, first (code cold)', first, null, 'ms', '', null);
  row('click to panel p50', p50, null, 'ms', '', null);
  row(
    'click to panel p95',
    p95,
    null,
    'ms',
    `< ${TARGETS.clickP95Ms} ms`,
    p95 < TARGETS.clickP95Ms,
  );
  const mainThread = result.clickMainThreadMs;
  row('  main-thread busy p50', mainThread.p50, null, 'ms', '', null);
  row('  main-thread busy p95', mainThread.p95, null, 'ms', '', null);
  const growthMb = result.heap.growthBytes / 2 ** 20;
  row(
    `heap growth ${SELECTIONS.warm} -> ${SELECTIONS.total} selections`,
    growthMb,
    null,
    'MB',
    `< ${TARGETS.heapGrowthMb} MB`,
    growthMb < TARGETS.heapGrowthMb,
  );
  const header = ['metric (gzip sizes)', 'app', 'baseline', 'ratio', 'target', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const r of rows) console.log(line(r));
  for (const [label, idle] of [
    ['page', result.firstIdle],
    ['framed', result.framed],
  ]) {
    const every = ['app', 'baseline', 'plain'].map((name) => `${name} ${fmt(idle[name].all)}`);
    console.log(`\nfirst idle, every load, ${label} (ms): ${every.join('; ')}`);
  }
  console.log(`written to .reports/bench.json`);
}
const fmt = (values) => values.map((v) => Math.round(v)).join(', ');

await main();
