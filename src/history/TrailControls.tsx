import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingsInOrder, venueById } from '../data/dispute';
import type { Lang, Meeting } from '../data/schema';
import { formatSpan, meetingFormat } from '../ui/format';
import { TRAIL_FORMATS, type TrailFormat } from '../state/url';
import './TrailControls.css';

export interface TrailChange {
  trail?: TrailFormat | null;
  period?: [number, number] | null;
  globe?: boolean;
}

interface TrailControlsProps {
  trail: TrailFormat | null;
  period: [number, number] | null;
  globe: boolean;
  /** The meetings the trail joins, in date order. */
  meetings: Meeting[];
  lang: Lang;
  onChange(change: TrailChange): void;
  onMeeting(meeting: string, venue: string): void;
}

const MEETING_YEARS = [
  ...new Set(meetingsInOrder().map((meeting) => Number(meeting.date.start.slice(0, 4)))),
];

/** Shows the trail of meetings, filtered by format and period, with the globe for long arcs. */
export function TrailControls(props: TrailControlsProps) {
  const { trail, period, globe, meetings, lang, onChange, onMeeting } = props;
  const { t } = useTranslation('history');
  const { t: tp } = useTranslation('panels');
  const id = useId();
  const [from, to] = period ?? [MEETING_YEARS[0], MEETING_YEARS.at(-1)!];
  const setPeriod = (next: [number, number]) => {
    const sorted: [number, number] = [Math.min(...next), Math.max(...next)];
    const all = sorted[0] <= MEETING_YEARS[0] && sorted[1] >= MEETING_YEARS.at(-1)!;
    onChange({ period: all ? null : sorted });
  };
  return (
    <details className="trail-controls" name="history-more">
      <summary>{t('trail.heading')}</summary>
      <div className="trail-body">
        <label className="check">
          <input
            type="checkbox"
            checked={trail !== null}
            onChange={(event) => onChange({ trail: event.target.checked ? 'all' : null })}
            data-testid="trail-toggle"
          />{' '}
          {t('trail.show')}
        </label>
        <fieldset disabled={trail === null}>
          <legend>{t('trail.format')}</legend>
          {TRAIL_FORMATS.map((format) => (
            <label key={format} className="check">
              <input
                type="radio"
                name={`${id}-format`}
                value={format}
                checked={(trail ?? 'all') === format}
                onChange={() => onChange({ trail: format })}
              />{' '}
              {t(`trail.formats.${format}`)}
            </label>
          ))}
          <div className="trail-period">
            <label>
              {t('trail.from')}{' '}
              <select value={from} onChange={(e) => setPeriod([Number(e.target.value), to])}>
                {MEETING_YEARS.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            </label>{' '}
            <label>
              {t('trail.to')}{' '}
              <select value={to} onChange={(e) => setPeriod([from, Number(e.target.value)])}>
                {MEETING_YEARS.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            checked={globe}
            onChange={(event) => onChange({ globe: event.target.checked })}
            data-testid="globe-toggle"
          />{' '}
          {t('trail.globe')}
        </label>
        {trail !== null && (
          <>
            <p className="trail-count">
              {meetings.length > 0 ? t('trail.count', { count: meetings.length }) : t('trail.none')}
            </p>
            <ol className="trail-meetings" data-testid="trail-meetings">
              {meetings.map((meeting) => (
                <li key={meeting.id} data-meeting={meeting.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onMeeting(meeting.id, meeting.venue)}
                  >
                    {t('trail.meeting', {
                      date: formatSpan(meeting.date, lang),
                      venue: venueById(meeting.venue)?.name[lang],
                      format: meetingFormat(meeting, tp),
                    })}
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </details>
  );
}
