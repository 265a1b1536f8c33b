// The share namespace's words (with the app's, which they refer to) in each language, for tests of
// what the share dialog writes: citations and the PNG export's footer.
import i18next from 'i18next';
import { appText } from '../../../src/i18n';
import { shareText } from '../../../src/i18n/share';

const i18n = i18next.createInstance();
void i18n.init({
  resources: {
    en: { app: appText.en, share: shareText.en },
    ru: { app: appText.ru, share: shareText.ru },
    ja: { app: appText.ja, share: shareText.ja },
  },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export const tFor = (lang: 'en' | 'ru' | 'ja') => i18n.getFixedT(lang, 'share');
