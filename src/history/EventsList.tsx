import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/schema';
import { formatSpan } from '../ui/format';
import { Sources } from '../ui/Sources';
import { FIRST_YEAR } from '../state/url';
import { eventsUpTo } from './timeline';
import './EventsList.css';

interface EventsListProps {
  year: number | null;
  date: string;
  lang: Lang;
  onYear(year: number): void;
}

/** The events up to the year shown, newest first; each can move the map to its year. */
export function EventsList({ year, date, lang, onYear }: EventsListProps) {
  const { t } = useTranslation('history');
  const events = eventsUpTo(date);
  const summary =
    year === null
      ? t('eventsUpToToday', { count: events.length })
      : t('eventsUpTo', { year, count: events.length });
  return (
    <details className="events-list" name="history-more">
      <summary>{summary}</summary>
      <ol data-testid="events-list">
        {events.map((event) => {
          const eventYear = Number(event.date.start.slice(0, 4));
          return (
            <li key={event.id} data-event={event.id}>
              <time dateTime={event.date.start}>{formatSpan(event.date, lang)}</time>{' '}
              {eventYear >= FIRST_YEAR && eventYear !== year ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onYear(eventYear)}
                  title={t('goToYear', { year: eventYear })}
                >
                  {event.title[lang]}
                </button>
              ) : (
                <span>{event.title[lang]}</span>
              )}
              {event.topics?.map((topic) => (
                <span key={topic} className="flags" data-topic={topic}>
                  {' '}
                  ({t(`topic.${topic}`)})
                </span>
              ))}{' '}
              {/* Where sources give different dates, both figures. */}
              {event.date.note && <span className="date-note">{event.date.note[lang]} </span>}
              <Sources ids={event.sources} />
            </li>
          );
        })}
      </ol>
    </details>
  );
}
