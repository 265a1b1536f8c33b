import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../data/schema';
import type { TrailFormat } from '../state/url';
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

/** The history on the map: the year control, the events up to that year and the meeting trail. */
const HistoryBar = memo(function HistoryBar(props: HistoryBarProps) {
  const { trail, period, globe, trailMeetings, onTrail, onMeeting, ...yearProps } = props;
  const { t } = useTranslation('history');
  const bar = useRef<HTMLElement>(null);
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
      className="history-bar card"
      aria-labelledby="history-heading"
      data-testid="history-bar"
    >
      <h2 id="history-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <YearControl {...yearProps} />
      <div className="history-more">
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
