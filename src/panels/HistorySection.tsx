import { useTranslation } from 'react-i18next';
import { eventsForIsland } from '../data/dispute';
import { firstDay } from '../data/dates';
import { formatSpan } from '../ui/format';
import { Section, type IslandSectionProps } from './Section';
import { Sources } from '../ui/Sources';

interface HistorySectionProps extends IslandSectionProps {
  /** The past year the map shows: later events are left out. */
  until: { year: number; date: string } | null;
}

/** The claim history of one island, oldest first, with each side's reading where they differ. */
export function HistorySection({ island, sides, lang, until }: HistorySectionProps) {
  const { t } = useTranslation('panels');
  const { t: th } = useTranslation('history');
  const all = eventsForIsland(island);
  const events = until ? all.filter((event) => firstDay(event.date.start) <= until.date) : all;
  return (
    <Section name="history" title={t('section.history')}>
      {until && events.length < all.length && (
        <p className="note" data-testid="later-events">
          {th('laterEvents', { year: until.year, count: all.length - events.length })}
        </p>
      )}
      <ol className="history" data-testid="history">
        {events.map((event) => (
          <li key={event.id} data-event={event.id}>
            <h4>
              <time dateTime={event.date.start}>{formatSpan(event.date, lang)}</time>
              {event.date.uncertain && (
                <span className="flags"> ({t('history.uncertainDate')})</span>
              )}
              <span className="event-title">{event.title[lang]}</span>
              {event.topics?.map((topic) => (
                <span key={topic} className="flags" data-topic={topic}>
                  {' '}
                  ({th(`topic.${topic}`)})
                </span>
              ))}
            </h4>
            {event.date.note && <p className="note">{event.date.note[lang]}</p>}
            <p>{event.summary[lang]}</p>
            {event.readings && (
              <dl className="sides readings">
                {sides.map((side) => {
                  const reading = event.readings?.[side];
                  return (
                    reading && (
                      <div key={side} className={`side side-${side}`} data-side={side}>
                        <dt>{t(`reading.${side}`)}</dt>
                        <dd>
                          {reading.text[lang]} <Sources ids={reading.sources} />
                        </dd>
                      </div>
                    )
                  );
                })}
              </dl>
            )}
            {event.readingsNote && (
              <p className="note" data-testid="readings-note" data-kind={event.readingsNote.kind}>
                {event.readingsNote.text[lang]} <Sources ids={event.readingsNote.sources} />
              </p>
            )}
            {event.unconfirmed?.map((item, index) => (
              <p key={index} className="note">
                {t('history.unconfirmed')} {item[lang]}
              </p>
            ))}
            <p className="note">
              <Sources ids={event.sources} />
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
