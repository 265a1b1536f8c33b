// The guided tour's interface text. Importing this module adds it to i18next: the tour's lazily
// loaded code imports it.
import { addNamespace } from '.';
import en from './locales/en/tour.json';
import ru from './locales/ru/tour.json';
import ja from './locales/ja/tour.json';

addNamespace('tour', { en, ru, ja });
