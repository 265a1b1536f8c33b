// The panels' interface text (meeting formats, side names, sections). Importing this module adds it
// to i18next: every lazily loaded part that shows such text imports it.
import { addNamespace } from '.';
import en from './locales/en/panels.json';
import ru from './locales/ru/panels.json';
import ja from './locales/ja/panels.json';

addNamespace('panels', { en, ru, ja });
