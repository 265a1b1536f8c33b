// The print dialog's interface text. Importing this module adds it to i18next: the lazily loaded
// dialog imports it.
import { addNamespace } from '.';
import en from './locales/en/print.json';
import ru from './locales/ru/print.json';
import ja from './locales/ja/print.json';

addNamespace('print', { en, ru, ja });
