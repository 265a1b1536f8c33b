// The share dialog's interface text; src/share/ShareDialog.tsx adds it when the dialog loads.
import en from './locales/en/share.json';
import ru from './locales/ru/share.json';
import ja from './locales/ja/share.json';

export const shareText = { en, ru, ja };
