// The Data view's interface text. Importing this module adds it to i18next: the lazily loaded
// dialog imports it.
import { addNamespace } from '.';
import en from './locales/en/download.json';
import ru from './locales/ru/download.json';
import ja from './locales/ja/download.json';

addNamespace('download', { en, ru, ja });
