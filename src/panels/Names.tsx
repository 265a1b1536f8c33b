// Names in their own scripts, each marked with its language so it is read and rendered right.
import { Fragment } from 'react';
import type { AinuOrigin, AinuReading, JapaneseName, Lang, RussianName } from '../data/schema';
import { Sources } from '../ui/Sources';
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

/** An Ainu form in each script a source writes it in; the tags tell readers and fonts the script. */
export function AinuForm({ reading }: { reading: AinuReading }) {
  const forms = [
    { text: reading.kana, lang: 'ain-Kana', className: 'kana' },
    { text: reading.latin, lang: 'ain-Latn', className: 'translit' },
    { text: reading.cyrillic, lang: 'ain-Cyrl', className: 'translit' },
  ].filter((form) => form.text !== undefined);
  return forms.map((form, i) => (
    <Fragment key={form.lang}>
      {i > 0 && ' '}
      <span lang={form.lang} className={form.className}>
        {form.text}
      </span>
    </Fragment>
  ));
}

/** The Ainu origin of a name: every reading the sources give with its own source, none preferred. */
export function AinuOriginList({ origin, lang }: { origin: AinuOrigin; lang: Lang }) {
  const remarks = [...(origin.caveats ?? []), ...(origin.notes ?? [])];
  return (
    <>
      <ul className="plain ainu-readings">
        {origin.readings.map((reading, i) => (
          <li key={i}>
            {reading.kana || reading.latin || reading.cyrillic ? (
              <>
                <AinuForm reading={reading} />{' '}
                <span className="meaning">({reading.meaning[lang]})</span>
              </>
            ) : (
              <span className="meaning">{reading.meaning[lang]}</span>
            )}{' '}
            {reading.note && <span className="note">{reading.note[lang]}</span>}{' '}
            <Sources ids={reading.sources} />
          </li>
        ))}
      </ul>
      {remarks.map((remark) => (
        <p className="note" key={remark.text.en}>
          {remark.text[lang]} <Sources ids={remark.sources} />
        </p>
      ))}
    </>
  );
}
