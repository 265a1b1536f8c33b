import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../data/schema';
import type { TrailFormat } from '../state/url';
import { NARROW_SCREEN } from '../ui/breakpoints';
import { useMediaQuery } from '../lib/useMediaQuery';
import { EventsList } from './EventsList';
import { TrailControls, type TrailChange } from './TrailControls';
import { YearControl, type YearControlProps } from './YearControl';
import '../i18n/history';
// The trail's list names meeting formats as the venue panels do.
import '../i18n/panels';
import './HistoryBar.css';

export interface HistoryBarProps extends YearControlProps {
  trail: TrailFormat | null;
  period: [number, number] | null;
  globe: boolean;
  trailMeetings: Meeting[];
  onTrail(change: TrailChange): void;
  onMeeting(meeting: string, venue: string): void;
}

/**
 * The history on the map: the year control, the events up to that year and the meeting trail. A
 * slim strip: what the year means shows once a past year is chosen, and on narrow screens the
 * events and the trail are behind a button.
 */
const HistoryBar = memo(function HistoryBar(props: HistoryBarProps) {
  const { trail, period, globe, trailMeetings, onTrail, onMeeting, ...yearProps } = props;
  const { t } = useTranslation('history');
  const bar = useRef<HTMLElement>(null);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [expanded, setExpanded] = useState(false);
  const moreId = useId();
  // The legend and the list of places stand above the bar, however tall its text makes it.
  useEffect(() => {
    const element = bar.current!;
    const app = element.closest<HTMLElement>('.app')!;
    const observer = new ResizeObserver(() =>
      app.style.setProperty('--history-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      app.style.removeProperty('--history-height');
    };
  }, []);
  return (
    <section
      ref={bar}
      className={[
        'history-bar card',
        props.year !== null && 'past',
        narrow && expanded && 'expanded',
      ]
        .filter(Boolean)
        .join(' ')}
      data-covers="bottom"
      aria-labelledby="history-heading"
      data-testid="history-bar"
    >
      <h2 id="history-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <YearControl {...yearProps} />
      {narrow && (
        <button
          type="button"
          className="control history-toggle"
          aria-expanded={expanded}
          aria-controls={moreId}
          onClick={() => setExpanded((open) => !open)}
        >
          {t('more')}
        </button>
      )}
      <div id={moreId} className="history-more" hidden={narrow && !expanded}>
        <EventsList year={props.year} date={props.date} lang={props.lang} onYear={props.onYear} />
        <TrailControls
          trail={trail}
          period={period}
          globe={globe}
          meetings={trailMeetings}
          lang={props.lang}
          onChange={onTrail}
          onMeeting={onMeeting}
        />
      </div>
    </section>
  );
});
export default HistoryBar;
