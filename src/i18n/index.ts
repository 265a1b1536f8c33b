// Interface text in English, Russian and Japanese through i18next: bundled resources (no
// network), one namespace per area of the app. Names of places are data, not UI text.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../data/schema';
import enApp from './locales/en/app.json';
import ruApp from './locales/ru/app.json';
import jaApp from './locales/ja/app.json';
import enPanels from './locales/en/panels.json';
import ruPanels from './locales/ru/panels.json';
import jaPanels from './locales/ja/panels.json';
import enShare from './locales/en/share.json';
import ruShare from './locales/ru/share.json';
import jaShare from './locales/ja/share.json';
import enHistory from './locales/en/history.json';
import ruHistory from './locales/ru/history.json';
import jaHistory from './locales/ja/history.json';

export const resources = {
  en: { app: enApp, panels: enPanels, share: enShare, history: enHistory },
  ru: { app: ruApp, panels: ruPanels, share: ruShare, history: ruHistory },
  ja: { app: jaApp, panels: jaPanels, share: jaShare, history: jaHistory },
} as const;

export const NAMESPACES = ['app', 'panels', 'share', 'history'] as const;

export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'app',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  return i18next;
}

export { i18next };
