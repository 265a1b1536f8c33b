// The page around the map: React, the interface text and the app. main.ts builds it once the
// map's data are in.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import type { ViewState } from './state/url';

/** `opened`: the view of the link as the page was opened. */
export function renderPage(root: HTMLElement, opened: ViewState): void {
  initI18n(opened.lang);
  createRoot(root).render(
    <StrictMode>
      <App opened={opened} />
    </StrictMode>,
  );
}
