// The history's interface text. Importing this module adds it to i18next: the history bar and the
// island panel import it.
import { addNamespace } from '.';
import en from './locales/en/history.json';
import ru from './locales/ru/history.json';
import ja from './locales/ja/history.json';

addNamespace('history', { en, ru, ja });
