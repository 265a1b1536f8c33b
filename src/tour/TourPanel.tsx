// The guided tour's panel: the chapter's heading (focused at each chapter), its text, each side's
// reading of its key event, its sources; previous, next and exit buttons, the list of chapters, and
// an optional autoplay that pauses at any interaction. Keys, anywhere in the panel: left and right
// arrows, Home, End, Escape. Everything in the reader's language carries its `lang`.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Side } from '../data/schema';
import { sideNameKey } from '../data/years';
import { sidesInOrder, type Pov } from '../state/perspective';
import { PanelCitation } from '../ui/PanelCitation';
import { Sources } from '../ui/Sources';
import { chapterAfter, chapterById, chapters, readingsOf } from './chapters';
import '../i18n/panels';
import '../i18n/tour';
import '../ui/controls.css';
import '../ui/sidePanel.css';
import './TourPanel.css';
import { NARROW_SCREEN } from '../ui/breakpoints';
import { useMediaQuery } from '../lib/useMediaQuery';

export interface TourPanelProps {
  chapter: string;
  lang: Lang;
  pov: Pov;
  reducedMotion: boolean;
  onGo(chapter: string): void;
  onExit(): void;
  onAnnounce(message: string): void;
}

// Time to read a chapter aloud to a class; a little longer when nothing moves on the map.
const PLAY_STEP_MS = 20000;
const PLAY_STEP_REDUCED_MS = 26000;
const INTERACTIONS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export default function TourPanel(props: TourPanelProps) {
  const { lang, pov, reducedMotion, onGo, onExit, onAnnounce } = props;
  const { t } = useTranslation(['tour', 'panels', 'app']);
  const chapter = chapterById(props.chapter)!;
  const index = chapters.indexOf(chapter);
  const last = chapters.length - 1;
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [playing, setPlaying] = useState(false);

  // Each chapter starts at the top, with the focus on its heading: not taken from a dialog, nor
  // from a host page whose reader is elsewhere; never scrolling the page (or a host page).
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
    const inDialog = document.activeElement?.closest('dialog[open]');
    if (document.hasFocus() && !inDialog) heading.current?.focus({ preventScroll: true });
  }, [chapter.id]);

  // Autoplay: on to the next chapter after a while, until the last; any interaction but the
  // play button's own pauses it.
  useEffect(() => {
    if (!playing || index === last) return;
    const timer = window.setTimeout(
      () => {
        // The last chapter ends the play.
        if (index + 1 === last) setPlaying(false);
        onGo(chapters[index + 1]!.id);
      },
      reducedMotion ? PLAY_STEP_REDUCED_MS : PLAY_STEP_MS,
    );
    const pause = (event: Event) => {
      // The play button's own press (a click, Enter or Space) toggles the play itself.
      const onPlay = (event.target as Element | null)?.closest?.('[data-tour-play]');
      const presses = !(event instanceof KeyboardEvent) || [' ', 'Enter'].includes(event.key);
      if (onPlay && presses) return;
      setPlaying(false);
      onAnnounce(t('announce.paused'));
    };
    for (const type of INTERACTIONS) document.addEventListener(type, pause, true);
    return () => {
      window.clearTimeout(timer);
      for (const type of INTERACTIONS) document.removeEventListener(type, pause, true);
    };
  }, [playing, index, last, reducedMotion, onGo, onAnnounce, t]);

  const togglePlay = () => {
    setPlaying(!playing);
    onAnnounce(t(playing ? 'announce.paused' : 'announce.playing'));
  };
  const step = (by: number) => onGo(chapterAfter(chapter.id, by).id);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The chapter list's own keys choose within it; the citation's text moves its caret.
    const ownKeys = ['SELECT', 'TEXTAREA'].includes((event.target as Element).tagName);
    const moves: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      ArrowRight: () => step(1),
      Home: () => onGo(chapters[0]!.id),
      End: () => onGo(chapters[last]!.id),
    };
    const move = ownKeys ? undefined : moves[event.key];
    if (event.key === 'Escape') onExit();
    else if (move) move();
    else return;
    event.preventDefault();
    // The page's own Escape (clear the selection) is not for the tour's.
    event.stopPropagation();
  };

  const narrow = useMediaQuery(NARROW_SCREEN);
  const event = readingsOf(chapter);
  const date = chapter.year === null ? '9999-12-31' : `${chapter.year}-12-31`;
  const sideLabel = (side: Side) => t(`app:sideName.${sideNameKey(side, date)}`);
  const sides = sidesInOrder(pov, lang, sideLabel);

  return (
    <aside
      className="side-panel tour-panel"
      aria-label={t('label')}
      onKeyDown={onKeyDown}
      data-testid="tour"
      // The map keeps what it shows clear of the panel.
      data-covers={narrow ? 'bottom' : 'right'}
    >
      <div className="tour-head">
        <p className="tour-count" lang={lang}>
          {t('chapterOf', { n: index + 1, count: chapters.length })} ·{' '}
          <span data-testid="tour-year">{chapter.year ?? t('today')}</span>
        </p>
        <h2 ref={heading} tabIndex={-1} lang={lang} data-chapter={chapter.id}>
          {chapter.title[lang]}
        </h2>
        <button type="button" className="tour-exit" onClick={onExit} aria-label={t('exit')}>
          ×
        </button>
      </div>
      <div className="tour-body" ref={body}>
        <p lang={lang}>{chapter.text[lang]}</p>
        <p className="tour-sources">
          <Sources ids={chapter.sources} />
        </p>
        {event?.readings && (
          <section className="tour-readings" aria-labelledby={`${listId}-readings`}>
            <h3 id={`${listId}-readings`} lang={lang}>
              {t('readings')}
            </h3>
            <p className="tour-event" lang={lang}>
              {event.title[lang]}
            </p>
            {sides.map((side) => {
              const reading = event.readings?.[side];
              return (
                <div key={side} className="tour-reading" data-side={side}>
                  <h4 lang={lang}>{t(`panels:reading.${side}`)}</h4>
                  {reading ? (
                    <p lang={lang}>
                      {reading.text[lang]} <Sources ids={reading.sources} />
                    </p>
                  ) : (
                    event.readingsNote && (
                      <p lang={lang} className="tour-note">
                        {event.readingsNote.text[lang]} <Sources ids={event.readingsNote.sources} />
                      </p>
                    )
                  )}
                </div>
              );
            })}
          </section>
        )}
        <PanelCitation label={t('cite')} within=".tour-body" />
      </div>
      <div className="tour-nav">
        <button
          type="button"
          className="control"
          onClick={() => step(-1)}
          disabled={index === 0}
          data-testid="tour-previous"
        >
          ‹ {t('previous')}
        </button>
        <button
          type="button"
          className="control"
          onClick={() => step(1)}
          disabled={index === last}
          data-testid="tour-next"
        >
          {t('next')} ›
        </button>
        <button
          type="button"
          className="control"
          aria-pressed={playing}
          onClick={togglePlay}
          disabled={index === last && !playing}
          data-tour-play
        >
          {playing ? t('pause') : t('play')}
        </button>
        <label className="tour-list" htmlFor={listId}>
          <span className="visually-hidden">{t('chapters')}</span>
          <select
            id={listId}
            className="control"
            value={chapter.id}
            onChange={(change) => onGo(change.target.value)}
            data-testid="tour-chapters"
          >
            {chapters.map((item, i) => (
              <option key={item.id} value={item.id} lang={lang}>
                {i + 1}. {item.title[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="tour-keys" lang={lang}>
        {t('keys')}
      </p>
    </aside>
  );
}
