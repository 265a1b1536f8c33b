import { LANGS, type Lang } from '../data/ids';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', ja: '日本語' };

/** The options of a language menu: each language named in itself. */
export function LanguageOptions() {
  return (
    <>
      {LANGS.map((option) => (
        <option key={option} value={option} lang={option}>
          {LANGUAGE_NAMES[option]}
        </option>
      ))}
    </>
  );
}
