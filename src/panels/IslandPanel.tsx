import type { Island } from '../data/schema';
import { neutralEnglish } from '../map/labels';
import { Panel } from './Panel';

export function IslandPanel({ island, onClose }: { island: Island; onClose(): void }) {
  const { english, russian, japanese } = island.names;
  return (
    <Panel
      title={neutralEnglish(island)}
      label={`Island: ${neutralEnglish(island)}`}
      onClose={onClose}
    >
      <table className="names" data-testid="island-names">
        <caption>Names</caption>
        <tbody>
          <tr>
            <th scope="row">English (from Russian)</th>
            <td lang="en">{english.russianDerived}</td>
          </tr>
          <tr>
            <th scope="row">English (from Japanese)</th>
            <td lang="en">{english.japaneseDerived}</td>
          </tr>
          <tr>
            <th scope="row">Russian</th>
            <td>
              <span lang="ru">{russian.cyrillic}</span>{' '}
              <span className="translit" lang="ru-Latn">
                ({russian.latin})
              </span>
            </td>
          </tr>
          <tr>
            <th scope="row">Japanese</th>
            <td>
              <span lang="ja">{japanese.kanji}</span>
              {japanese.kana && (
                <>
                  {' '}
                  <span lang="ja">{japanese.kana}</span>
                </>
              )}{' '}
              <span className="translit" lang="ja-Latn">
                ({japanese.romaji})
              </span>
            </td>
          </tr>
        </tbody>
      </table>
    </Panel>
  );
}
