import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Meeting } from '../data/schema';
import type { Pov } from '../perspective';
import type { TrailFormat } from '../state/url';
import { EventsList } from './EventsList';
import { TrailControls, type TrailChange } from './TrailControls';
import { YearControl } from './YearControl';

export interface HistoryBarProps {
  year: number | null;
  currentYear: number;
  date: string;
  lang: Lang;
  pov: Pov;
  reducedMotion: boolean;
  trail: TrailFormat | null;
  period: [number, number] | null;
  globe: boolean;
  trailMeetings: Meeting[];
  onYear(year: number | null): void;
  onTrail(change: TrailChange): void;
  onMeeting(id: string): void;
  onAnnounce(message: string): void;
}

/** The history on the map: the year control, the events up to that year and the meeting trail. */
export default function HistoryBar(props: HistoryBarProps) {
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
      className="history-bar"
      aria-labelledby="history-heading"
      data-testid="history-bar"
    >
      <h2 id="history-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <YearControl
        year={props.year}
        currentYear={props.currentYear}
        date={props.date}
        lang={props.lang}
        pov={props.pov}
        reducedMotion={props.reducedMotion}
        onYear={props.onYear}
        onAnnounce={props.onAnnounce}
      />
      <div className="history-more">
        <EventsList year={props.year} date={props.date} lang={props.lang} onYear={props.onYear} />
        <TrailControls
          trail={props.trail}
          period={props.period}
          globe={props.globe}
          meetings={props.trailMeetings}
          lang={props.lang}
          onChange={props.onTrail}
          onMeeting={props.onMeeting}
        />
      </div>
    </section>
  );
}
