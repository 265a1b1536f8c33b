import { memo, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';
import { POVS, type Pov } from '../state/perspective';
import { LanguageOptions } from '../ui/LanguageOptions';
import { NARROW_SCREEN } from '../ui/breakpoints';
import { useMediaQuery } from '../lib/useMediaQuery';
import '../ui/controls.css';
import './Toolbar.css';

interface ToolbarProps {
  lang: Lang;
  pov: Pov;
  measuring: boolean;
  /** Japan's and Russia's views side by side: the perspective is both. */
  comparing: boolean;
  /** The list of islands and venues is open, and the id of its element. */
  placesOpen: boolean;
  placesId: string;
  onLang(lang: Lang): void;
  onPov(pov: Pov): void;
  onTogglePlaces(): void;
  onToggleMeasure(): void;
  onToggleCompare(): void;
  onShare(): void;
  /** Opens the Data view: the data set as files to download. */
  onData(): void;
  /** Opens the print dialog. */
  onPrint(): void;
  touring: boolean;
  onTour(): void;
}

/**
 * Whether the tools do not fit beside the title and the perspective on a wide screen (the words of
 * some languages are longer): they then go behind the menu button, as on a narrow screen, until
 * the window has the room they needed. Measured again in each language.
 */
function useCrowded(ref: RefObject<HTMLDivElement | null>, lang: Lang, narrow: boolean): boolean {
  // The language it was found crowded in, and the window's width that would have been enough.
  const [crowdedIn, setCrowdedIn] = useState<{ lang: Lang; fitsFrom: number } | null>(null);
  const value = crowdedIn?.lang === lang;
  useEffect(() => {
    const toolbar = ref.current;
    if (!toolbar || narrow) return;
    if (value) {
      const widened = () => {
        if (window.innerWidth >= crowdedIn.fitsFrom) setCrowdedIn(null);
      };
      window.addEventListener('resize', widened);
      return () => window.removeEventListener('resize', widened);
    }
    const observer = new ResizeObserver(() => {
      const short = toolbar.scrollWidth - toolbar.clientWidth;
      if (short > 1) setCrowdedIn({ lang, fitsFrom: window.innerWidth + short });
    });
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [ref, lang, narrow, value, crowdedIn]);
  return value;
}

/**
 * The bar's controls: the perspective always in sight; the language, the list of places and the
 * tools beside it where there is room, and behind a menu button on narrow screens.
 */
export const Toolbar = memo(function Toolbar(props: ToolbarProps) {
  const { lang, pov, measuring, comparing, touring, placesOpen, placesId } = props;
  const { onLang, onPov, onTogglePlaces, onToggleMeasure, onToggleCompare, onShare, onData } =
    props;
  const { onTour, onPrint } = props;
  const { t } = useTranslation('app');
  const languageId = useId();
  const toolsId = useId();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const toolbar = useRef<HTMLDivElement>(null);
  const asMenu = useCrowded(toolbar, lang, narrow) || narrow;
  const [menuOpen, setMenuOpen] = useState(false);
  // A tool, once picked, closes the menu (open only on a narrow screen) and gives the map back.
  const picked = (action: () => void) => () => {
    action();
    setMenuOpen(false);
  };
  return (
    <div ref={toolbar} className={asMenu ? 'toolbar as-menu' : 'toolbar'}>
      {/* The comparison shows Japan's and Russia's views at once: no perspective to choose. */}
      <fieldset className="pov-switch" hidden={comparing}>
        <legend className="visually-hidden">{t('perspective')}</legend>
        {POVS.map((option) => (
          <label key={option} className={option === pov ? 'active' : undefined}>
            <input
              type="radio"
              name="pov"
              value={option}
              checked={option === pov}
              onChange={() => onPov(option)}
            />
            {/* Short in the bar (the key names the view in full); whole for screen readers. */}
            <span aria-hidden="true">{t(`povShort.${option}`)}</span>
            <span className="visually-hidden">{t(`pov.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {asMenu && (
        <button
          type="button"
          className="control menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={toolsId}
          data-testid="menu-toggle"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2 3h12v2H2zM2 7h12v2H2zM2 11h12v2H2z" fill="currentColor" />
          </svg>
          <span className="visually-hidden">{t('menu')}</span>
        </button>
      )}
      <div id={toolsId} className="toolbar-tools" hidden={asMenu && !menuOpen}>
        <label className="language-switch" htmlFor={languageId}>
          <span className="visually-hidden">{t('language')}</span>
          <select
            id={languageId}
            className="control"
            value={lang}
            onChange={(event) => onLang(event.target.value as Lang)}
          >
            <LanguageOptions />
          </select>
        </label>
        <button
          type="button"
          className="control"
          aria-expanded={placesOpen}
          aria-controls={placesId}
          data-testid="places-toggle"
          onClick={picked(onTogglePlaces)}
        >
          {t('placesButton')}
        </button>
        <button
          type="button"
          className="control"
          aria-pressed={measuring}
          onClick={picked(onToggleMeasure)}
        >
          {measuring ? t('distance.stop') : t('distance.button')}
        </button>
        <button
          type="button"
          className="control"
          aria-pressed={comparing}
          data-testid="compare-toggle"
          onClick={picked(onToggleCompare)}
        >
          {t('compare.button')}
        </button>
        <button type="button" className="control" onClick={picked(onShare)}>
          {t('share')}
        </button>
        <button
          type="button"
          className="control"
          data-testid="data-button"
          onClick={picked(onData)}
        >
          {t('data')}
        </button>
        <button
          type="button"
          className="control"
          data-testid="print-button"
          onClick={picked(onPrint)}
        >
          {t('print')}
        </button>
        <button type="button" className="control" aria-pressed={touring} onClick={picked(onTour)}>
          {t('tour')}
        </button>
      </div>
    </div>
  );
});
