import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/schema';
import { islandLabel } from '../state/perspective';
import { islands } from '../data/basics';
import { formatSpan } from '../ui/format';
import { FIRST_YEAR } from '../state/url';
import type { Pov } from '../state/perspective';
import { administrationOn } from '../data/administration';
import { EVENT_YEARS, eventsUpTo, stepYear } from './timeline';
import { sideNameKey } from '../data/years';
import '../ui/controls.css';
import './YearControl.css';

export interface YearControlProps {
  /** null: today. */
  year: number | null;
  currentYear: number;
  /** The day the map shows (dateOfYear). */
  date: string;
  lang: Lang;
  pov: Pov;
  reducedMotion: boolean;
  onYear(year: number | null): void;
  onAnnounce(message: string): void;
}

// Long enough to read the status line; without motion the steps may come a little slower.
const PLAY_STEP_MS = 1600;
const PLAY_STEP_REDUCED_MS = 2400;
const DECADE = 10;

/**
 * The year slider (arrow keys by a year, Page keys by a decade), steps from event to event, and a
 * play that runs through the events in order until stopped.
 */
export function YearControl(props: YearControlProps) {
  const { year, currentYear, date, lang, pov, reducedMotion, onYear, onAnnounce } = props;
  const { t } = useTranslation('history');
  const [playing, setPlaying] = useState(false);
  const shown = year ?? currentYear;
  const yearText = year === null ? t('todayYear', { year: currentYear }) : String(year);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(
      () => {
        const next = stepYear(year, 1, currentYear);
        onYear(next);
        if (next === null) setPlaying(false);
      },
      reducedMotion ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, year, currentYear, reducedMotion, onYear]);

  const setYear = (next: number) => {
    setPlaying(false);
    const clamped = Math.min(currentYear, Math.max(FIRST_YEAR, next));
    onYear(clamped === currentYear ? null : clamped);
  };
  const step = (direction: 1 | -1) => {
    setPlaying(false);
    onYear(stepYear(year, direction, currentYear));
  };
  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      onAnnounce(t('announce.stopped', { year: yearText }));
      return;
    }
    // From the start when at today or past the last event; from here otherwise.
    if (year === null || year >= EVENT_YEARS.at(-1)!) onYear(EVENT_YEARS[0]);
    setPlaying(true);
    onAnnounce(t('announce.playing'));
  };
  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    setYear(shown + (event.key === 'PageUp' ? DECADE : -DECADE));
  };

  const administration = administrationOn(date);
  const latest = eventsUpTo(date)[0];
  const latestText = latest
    ? t('latestEvent', { date: formatSpan(latest.date, lang), title: latest.title[lang] })
    : '';

  // Each year shown is announced with its latest event; not the year the page opened on.
  const announced = useRef(year);
  useEffect(() => {
    if (announced.current === year) return;
    announced.current = year;
    const shownText = year === null ? t('announce.today') : t('announce.year', { year });
    onAnnounce(`${shownText}. ${latestText}`);
  }, [year, latestText, onAnnounce, t]);

  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const groups = new Map<string, string[]>();
  for (const island of islands) {
    const side = administration[island.id];
    const key = side ? sideNameKey(side, date) : '';
    groups.set(key, [...(groups.get(key) ?? []), islandLabel(island, pov, lang)]);
  }

  return (
    <div className="year-control">
      <div className="year-row">
        <button
          type="button"
          className="control year-step"
          onClick={() => step(-1)}
          disabled={year !== null && year <= EVENT_YEARS[0]}
          aria-label={t('previousEvent')}
          title={t('previousEvent')}
        >
          <Icon shape="previous" />
        </button>
        <button
          type="button"
          className="control play"
          onClick={togglePlay}
          aria-pressed={playing}
          data-testid="play"
        >
          <Icon shape={playing ? 'stop' : 'play'} />{' '}
          <span className="visually-hidden-narrow">{playing ? t('stop') : t('play')}</span>
        </button>
        <button
          type="button"
          className="control year-step"
          onClick={() => step(1)}
          disabled={year === null}
          aria-label={t('nextEvent')}
          title={t('nextEvent')}
        >
          <Icon shape="next" />
        </button>
        <label className="year-slider">
          <span className="visually-hidden">{t('year')}</span>
          <input
            type="range"
            min={FIRST_YEAR}
            max={currentYear}
            step={1}
            value={shown}
            aria-valuetext={yearText}
            onChange={(event) => setYear(Number(event.target.value))}
            onKeyDown={onSliderKey}
            data-testid="year-slider"
          />
        </label>
        <output className="year-shown" data-testid="year-shown">
          {year ?? t('today')}
        </output>
        {year !== null && (
          <button
            type="button"
            className="control"
            onClick={() => setYear(currentYear)}
            aria-label={t('backToToday')}
            title={t('backToToday')}
          >
            {t('today')}
          </button>
        )}
      </div>
      <div className="year-status" data-testid="year-status">
        {[...groups].map(([side, names]) => (
          <p key={side} data-side={side || 'none'}>
            {side && groups.size === 1
              ? t('allAdministeredBy', { side: t(`app:sideName.${side}`) })
              : side
                ? t('administeredBy', {
                    side: t(`app:sideName.${side}`),
                    islands: list.format(names),
                  })
                : t('noAdministration', { islands: list.format(names) })}
          </p>
        ))}
        {latest && <p className="latest-event">{latestText}</p>}
      </div>
    </div>
  );
}

const ICON_PATHS = {
  previous: 'M3 2h2v12H3zM14 2v12L6 8z',
  next: 'M11 2h2v12h-2zM2 2v12l8-6z',
  play: 'M4 2v12l10-6z',
  stop: 'M3 3h10v10H3z',
};

/** The player's symbols, drawn (the label fonts have no media symbols). */
function Icon({ shape }: { shape: keyof typeof ICON_PATHS }) {
  return (
    <svg className="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path d={ICON_PATHS[shape]} fill="currentColor" />
    </svg>
  );
}
