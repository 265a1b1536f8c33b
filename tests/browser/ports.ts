// Ports of the servers the browser tests start. KURIL_TEST_PORT moves both, so two checkouts can
// run their suites side by side without one reusing the other's server.
export const APP_PORT = Number(process.env.KURIL_TEST_PORT ?? 4319);
export const HOST_PORT = APP_PORT + 1;
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
// Another origin for pages that embed the map: localhost against 127.0.0.1.
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;
