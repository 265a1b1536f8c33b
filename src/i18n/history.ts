// The history bar's interface text; src/history/HistoryBar.tsx and the island panel add it when
// they load.
import en from './locales/en/history.json';
import ru from './locales/ru/history.json';
import ja from './locales/ja/history.json';

export const historyText = { en, ru, ja };
