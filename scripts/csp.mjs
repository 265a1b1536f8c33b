// The Content-Security-Policy the app is served with (README, "Deploying"). Scripts only from
// the app's own files (no inline script, no eval); every other kind of load is limited to what
// the app needs. `basemapOrigins` are the origins of a configured online basemap (style, tiles,
// sprites): the map fetches them, so they join connect-src and img-src.
export function contentSecurityPolicy({ basemapOrigins = [] } = {}) {
  const online = basemapOrigins.join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${online}`,
    "font-src 'self'",
    `connect-src 'self' ${online}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    'frame-ancestors *',
  ];
  return directives.map((directive) => directive.trim()).join('; ');
}

/** The origins a deployment's config.json lets the map fetch its online basemap from. */
export function basemapOrigins(config) {
  const basemap = config?.basemap;
  if (!basemap?.style) return [];
  const urls = [basemap.style, ...(basemap.origins ?? [])];
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
