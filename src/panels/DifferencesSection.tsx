import { useTranslation } from 'react-i18next';
import { eventById, lineById } from '../data/dispute';
import type { Lang, Side } from '../data/schema';
import { differences, type Difference, type View } from './differences';
import { formatSpan } from '../ui/format';
import { Native } from './Names';
import { Section, type IslandSectionProps } from './Section';
import { SIDE_LANG } from '../ui/Position';
import { Sources } from '../ui/Sources';

/** Every point where the two sides' views of the island differ, side by side. */
export function DifferencesSection({ island, sides, lang }: IslandSectionProps) {
  const { t } = useTranslation('panels');
  return (
    <Section name="differences" title={t('section.differences')}>
      <ul className="differences" data-testid="differences">
        {differences(island).map((difference) => (
          <li key={`${difference.topic}-${difference.subject ?? ''}`} data-topic={difference.topic}>
            <h4>
              <Topic difference={difference} lang={lang} />
            </h4>
            <dl className="sides">
              {sides.map((side) => (
                <div key={side} className={`side side-${side}`} data-side={side}>
                  <dt>{t(`side.${side}`)}</dt>
                  <dd>
                    <ViewText view={difference.views[side]} side={side} lang={lang} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Topic({ difference, lang }: { difference: Difference; lang: Lang }) {
  const { t } = useTranslation('panels');
  if (difference.topic === 'event') {
    const event = eventById(difference.subject!)!;
    return (
      <>
        {t('topic.event')}
        {t('colon')}
        {event.title[lang]}
        {t('dateInParens', { date: formatSpan(event.date, lang) })}
      </>
    );
  }
  if (difference.topic === 'line') {
    return (
      <>
        {t('topic.line')}
        {t('colon')}
        {lineById(difference.subject!)!.name[lang]}
      </>
    );
  }
  return <>{t(`topic.${difference.topic}`)}</>;
}

function ViewText({ view, side, lang }: { view: View; side: Side; lang: Lang }) {
  const { t } = useTranslation('panels');
  const sources = <Sources ids={view.sources} />;
  switch (view.kind) {
    case 'name':
      return (
        <>
          <Native text={view.native} lang={view.lang} latin={view.latin} />
          {view.english !== view.latin && (
            <>
              {' '}
              (<span lang="en">{view.english}</span>)
            </>
          )}{' '}
          {sources}
        </>
      );
    case 'collective':
      return (
        <>
          {view.names.map((name, index) => (
            <span key={name.id}>
              {index > 0 && ', '}
              <span lang={name.lang}>{name.text}</span>{' '}
              <span className="translit" lang={`${name.lang}-Latn`}>
                {name.latin}
              </span>
            </span>
          ))}{' '}
          {sources}
        </>
      );
    case 'units':
      return (
        <>
          {view.units.map((unit, index) => (
            <span key={unit.native}>
              {index > 0 && ' › '}
              {unit.name[lang] === unit.native ? (
                <span lang={SIDE_LANG[side]}>{unit.native}</span>
              ) : (
                unit.name[lang]
              )}
            </span>
          ))}{' '}
          {sources}
        </>
      );
    case 'text':
      return (
        <>
          {view.text[lang]} {sources}
        </>
      );
    case 'arguments':
      // Already in full under each side's position: here folded, to keep the comparison short.
      return (
        <details>
          <summary>{t('argumentsCited', { count: view.items.length })}</summary>
          <ul>
            {view.items.map((argument) => (
              <li key={argument.id}>{argument.text[lang]}</li>
            ))}
          </ul>
          {sources}
        </details>
      );
    case 'line':
      return (
        <>
          {t(`lineKind.${view.lineKind}`)} {sources}
        </>
      );
    case 'none':
      return <span className="note">{t('noReading')}</span>;
  }
}
