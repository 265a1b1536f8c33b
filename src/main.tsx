import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { readViewState } from './state/useViewState';
import { installCameraGuard } from './state/cameraGuard';
import './app.css';

installCameraGuard();
initI18n(readViewState().lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
