// Names in their own scripts, each marked with its language so it is read and rendered right.
import type { JapaneseName, RussianName } from '../data/schema';
import './Names.css';

export function Russian({ name }: { name: RussianName }) {
  return (
    <>
      <span lang="ru">{name.cyrillic}</span>{' '}
      <span className="translit" lang="ru-Latn">
        {name.latin}
      </span>
    </>
  );
}

export function Japanese({ name }: { name: JapaneseName }) {
  return (
    <>
      <span lang="ja">{name.kanji}</span>
      {name.kana && (
        <>
          {' '}
          <span lang="ja" className="kana">
            {name.kana}
          </span>
        </>
      )}{' '}
      <span className="translit" lang="ja-Latn">
        {name.romaji}
      </span>
    </>
  );
}

/** A name in Russian or Japanese with its romanisation (and kana, where given). */
export function Native({
  text,
  lang,
  latin,
  kana,
}: {
  text: string;
  lang: 'ru' | 'ja';
  latin: string;
  kana?: string;
}) {
  return lang === 'ru' ? (
    <Russian name={{ cyrillic: text, latin }} />
  ) : (
    <Japanese name={{ kanji: text, kana, romaji: latin }} />
  );
}
