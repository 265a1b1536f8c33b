// The page around the map: React, the interface text and the app. main.tsx loads it once the map
// has started.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Lang } from './data/ids';
import { initI18n } from './i18n';

export function renderPage(root: HTMLElement, lang: Lang): void {
  initI18n(lang);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
