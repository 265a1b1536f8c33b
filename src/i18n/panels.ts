// The panels' interface text; src/panels/Panel.tsx adds it when the panels load.
import en from './locales/en/panels.json';
import ru from './locales/ru/panels.json';
import ja from './locales/ja/panels.json';

export const panelsText = { en, ru, ja };
