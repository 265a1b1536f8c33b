import { useTranslation } from 'react-i18next';
import { settlementsForIsland } from '../data/dispute';
import type { Figure, Island, Lang, Names } from '../data/schema';
import { formatNumber } from '../i18n/format';
import { computedFigures, isletsMissingFromGeometry } from './figures';
import { FigureItem } from './FigureItem';
import { Japanese, Russian } from './Names';
import { Section } from './Section';
import { Sources } from '../ui/Sources';

/** Newest first; figures without a date last. */
const byDate = (a: Figure, b: Figure) => (b.asOf ?? '').localeCompare(a.asOf ?? '');

export function FactsSection({ island, lang }: { island: Island; lang: Lang }) {
  const { t } = useTranslation('panels');
  const computed = computedFigures(island.id);
  const missing = isletsMissingFromGeometry(island.id);
  const km = (value: number) => t('unit.km', { value: formatNumber(value, lang) });
  return (
    <Section name="facts" title={t('section.facts')}>
      <h4>{t('facts.area')}</h4>
      <ul className="figures">
        {island.area.map((figure, index) => (
          <FigureItem key={index} figure={figure} lang={lang} />
        ))}
        <li className="figure computed" data-testid="computed-area">
          <strong className="figure-value">
            {t('unit.km2', { value: formatNumber(computed.areaKm2, lang) })}
          </strong>
          {' — '}
          {t('facts.computedArea')}
        </li>
      </ul>

      <h4>{t('facts.population')}</h4>
      <ul className="figures">
        {[...island.population].sort(byDate).map((figure, index) => (
          <FigureItem key={index} figure={figure} lang={lang} />
        ))}
      </ul>

      {settlementsForIsland(island.id).length > 0 && (
        <>
          <h4>{t('facts.settlements')}</h4>
          <ul className="settlements">
            {settlementsForIsland(island.id).map((settlement) => (
              <li key={settlement.id}>
                <div className="settlement-names">
                  <Russian name={settlement.russian} />
                  {settlement.japanese && (
                    <>
                      {' · '}
                      <Japanese name={settlement.japanese} />
                    </>
                  )}{' '}
                  <Sources ids={settlement.nameSources} />
                </div>
                <ul className="figures">
                  {[...settlement.population].sort(byDate).map((figure, index) => (
                    <FigureItem key={index} figure={figure} lang={lang} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>{t('facts.highestPoint')}</h4>
      <ul className="figures" data-testid="highest-point">
        {island.highestPoint.map((figure, index) => (
          <FigureItem key={index} figure={figure} lang={lang} />
        ))}
      </ul>

      <h4>{t('facts.distance')}</h4>
      <ul className="figures">
        {island.distances.map((distance, index) => (
          <li key={index} className="figure">
            <strong className="figure-value">{km(distance.km)}</strong>
            {' — '}
            {t('facts.officialDistance', { from: distance.from[lang], to: distance.to[lang] })}{' '}
            <Sources ids={distance.sources} />
          </li>
        ))}
        <li className="figure computed" data-testid="computed-distance">
          <strong className="figure-value">{km(computed.toHokkaido.km)}</strong>
          {' — '}
          {t('facts.computedToCoast')}
        </li>
        <li className="figure computed">
          <strong className="figure-value">{km(computed.toCapeNosappu.km)}</strong>
          {' — '}
          {t('facts.computedToCape')}
        </li>
      </ul>
      {missing.length > 0 && (
        <p className="note" data-testid="missing-islets">
          {t('facts.missingIslets', { count: missing.length })}{' '}
          {missing.map((islet, index) => (
            <span key={islet.id}>
              {index > 0 && ', '}
              <BothNames names={islet.names} lang={lang} />
            </span>
          ))}
          . {t('facts.missingIsletsEffect')}
        </p>
      )}
      {island.notes?.map((note, index) => (
        <p key={index} className="note">
          {note.text[lang]} <Sources ids={note.sources} />
        </p>
      ))}
      <p className="note">{t('facts.computedHow')}</p>
    </Section>
  );
}

/** A feature's Russian and Japanese names, in English forms for English readers. */
function BothNames({ names, lang }: { names: Names; lang: Lang }) {
  if (lang === 'en') {
    return (
      <span lang="en">
        {names.english.russianDerived} / {names.english.japaneseDerived}
      </span>
    );
  }
  const russian = <span lang="ru">{names.russian.cyrillic}</span>;
  const japanese = <span lang="ja">{names.japanese.kanji}</span>;
  return lang === 'ru' ? (
    <>
      {russian} / {japanese}
    </>
  ) : (
    <>
      {japanese} / {russian}
    </>
  );
}
