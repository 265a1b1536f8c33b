// Static server for the built app, sending the headers a CDN should send (README, "Deploying"):
// long-lived caching for hashed assets, revalidation for everything else, and the CSP. Text files
// go out compressed, from the brotli and gzip copies the build wrote beside them
// (scripts/precompress.mjs), for a client that accepts the encoding.
// The CSP lets the map reach the online basemap that config.json names, if any (README).
// Usage: node scripts/serve.mjs [dir] [--port 4173] [--host 127.0.0.1] [--config file]
//   --config serves that file as /config.json instead of the one in dir.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { basemapOrigins, contentSecurityPolicy } from './csp.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const dir =
  args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', '127.0.0.1');

const configOverride = option('config', null);
const configFile = configOverride ?? join(dir, 'config.json');
const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '{}';
const CONTENT_SECURITY_POLICY = contentSecurityPolicy({
  basemapOrigins: basemapOrigins(JSON.parse(configText)),
});

function setHeaders(res, pathname) {
  const hashed = pathname.startsWith('/assets/');
  res.setHeader(
    'Cache-Control',
    hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
  );
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (pathname.endsWith('.geojson')) res.setHeader('Content-Type', 'application/geo+json');
  // The response depends on Accept-Encoding whether or not this file has compressed copies.
  res.setHeader('Vary', 'Accept-Encoding');
}

const assets = sirv(dir, { etag: true, brotli: true, gzip: true });

createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://host');
  // Before sirv answers, so that a 304 carries the headers of the full response too.
  setHeaders(res, pathname);
  if (configOverride && pathname === '/config.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(configText);
    return;
  }
  assets(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found');
  });
}).listen(port, host, () => console.log(`serving ${dir} at http://${host}:${port}/`));
