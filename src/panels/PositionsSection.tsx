import { useTranslation } from 'react-i18next';
import { argumentById, claimFor, eventById } from '../data/dispute';
import type { IslandId, Lang, Side } from '../data/schema';
import { formatSpan } from '../ui/format';
import { Section, type IslandSectionProps } from './Section';
import { SIDE_LANG } from './sides';
import { Sources } from '../ui/Sources';

/** Japan's and Russia's positions on one island, side by side, each in its own terms. */
export function PositionsSection({ island, sides, lang }: IslandSectionProps) {
  const { t } = useTranslation('panels');
  return (
    <Section name="positions" title={t('section.positions')}>
      <div className="sides" data-testid="positions">
        {sides.map((side) => (
          <Position key={side} island={island} side={side} lang={lang} />
        ))}
      </div>
    </Section>
  );
}

function Position({ island, side, lang }: { island: IslandId; side: Side; lang: Lang }) {
  const { t } = useTranslation('panels');
  const claim = claimFor(island, side)!;
  return (
    <div className={`side side-${side}`} data-side={side}>
      <h4>{t(`position.${side}`)}</h4>
      <p>
        {claim.status.text[lang]} <Sources ids={claim.status.sources} />
      </p>
      <p className="note">
        {t(claim.administersInPractice ? 'administers.yes' : 'administers.no')}
      </p>

      <h5>{t('positions.administration')}</h5>
      <ol className="admin-units">
        {claim.administration.map((unit) => (
          <li key={unit.native}>
            {unit.name[lang]}{' '}
            {unit.name[lang] !== unit.native && (
              <span lang={SIDE_LANG[side]} className="native">
                {unit.native}
              </span>
            )}
            {unit.inLawOnly && <span className="badge"> {t('positions.inLawOnly')}</span>}
            {unit.note && <span className="note"> {unit.note[lang]}</span>}{' '}
            <Sources ids={unit.sources} />
          </li>
        ))}
      </ol>

      <h5>{t('positions.legalBasis')}</h5>
      <ul>
        {claim.legalBasis.map((id) => {
          const argument = argumentById(id)!;
          return (
            <li key={id}>
              {argument.text[lang]} <Sources ids={argument.sources} />
            </li>
          );
        })}
      </ul>

      <h5>{t('positions.keyDocuments')}</h5>
      <ul>
        {claim.keyDocuments.map((document) => {
          const event = eventById(document.event)!;
          return (
            <li key={document.event}>
              <strong>{event.title[lang]}</strong>
              <span className="date">
                {t('dateInParens', { date: formatSpan(event.date, lang) })}
              </span>
              {t('colon')}
              {document.note[lang]} <Sources ids={document.sources} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
