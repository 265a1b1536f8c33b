// Ports of the servers the browser tests start. KURIL_TEST_PORT moves both, so two checkouts can
// run their suites side by side without one reusing the other's server.
export const APP_PORT = Number(process.env.KURIL_TEST_PORT ?? 4319);
export const HOST_PORT = APP_PORT + 1;
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
// Another origin for pages that embed the map: localhost against 127.0.0.1.
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;
// A local stand-in for an online basemap, and the app served with a config.json that names it.
export const BASEMAP_FIXTURE_PORT = APP_PORT + 3;
export const BASEMAP_APP_PORT = APP_PORT + 4;
