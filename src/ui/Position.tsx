// One side's position on one island unit, in its own terms: its status, the units it places the
// island in, its legal basis and its key documents, each with its sources. The island panel and
// the text version show the same thing.
import { useTranslation } from 'react-i18next';
import { argumentById, claimFor, eventById } from '../data/dispute';
import type { IslandId, Lang, Side } from '../data/schema';
import '../i18n/panels';
import { formatSpan } from './format';
import { Sources } from './Sources';
import './position.css';

/** The language each side's own names and unit names are written in. */
export const SIDE_LANG: Record<Side, 'ja' | 'ru'> = { japan: 'ja', russia: 'ru' };

interface PositionProps {
  island: IslandId;
  side: Side;
  lang: Lang;
  /** The side's heading; its parts' headings are one level below. */
  heading: 'h4' | 'h5';
}

export function Position({ island, side, lang, heading: Heading }: PositionProps) {
  const { t } = useTranslation('panels', { lng: lang });
  const Part = Heading === 'h4' ? 'h5' : 'h6';
  const claim = claimFor(island, side)!;
  return (
    <div className={`side side-${side}`} data-side={side}>
      <Heading>{t(`position.${side}`)}</Heading>
      <p>
        {claim.status.text[lang]} <Sources ids={claim.status.sources} />
      </p>
      <p className="note">
        {t(claim.administersInPractice ? 'administers.yes' : 'administers.no')}
      </p>

      <Part>{t('positions.administration')}</Part>
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

      <Part>{t('positions.legalBasis')}</Part>
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

      <Part>{t('positions.keyDocuments')}</Part>
      <ul data-testid="key-documents">
        {claim.keyDocuments.map((document) => {
          const event = eventById(document.event)!;
          return (
            <li key={document.event} data-document={document.event}>
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
