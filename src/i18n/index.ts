// Interface text in English, Russian and Japanese through i18next: bundled resources (no
// network), one namespace per area of the app. Names of places are data, not UI text. The first
// view carries only `app`; `panels` and `share` arrive with the code that uses them (addNamespace).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../data/ids';
import enApp from './locales/en/app.json';
import ruApp from './locales/ru/app.json';
import jaApp from './locales/ja/app.json';

/** One namespace's text in each language. */
export type NamespaceText = Record<Lang, Record<string, unknown>>;

export const appText = { en: enApp, ru: ruApp, ja: jaApp };

export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    resources: { en: { app: appText.en }, ru: { app: appText.ru }, ja: { app: appText.ja } },
    lng: lang,
    fallbackLng: false,
    ns: ['app'],
    defaultNS: 'app',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  return i18next;
}

/** Adds the text of a namespace that came with a lazily loaded part of the app. */
export function addNamespace(namespace: string, text: NamespaceText) {
  for (const [lang, bundle] of Object.entries(text)) {
    i18next.addResourceBundle(lang, namespace, bundle);
  }
}

export { i18next };
