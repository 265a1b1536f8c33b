import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';
import { POVS, type Pov } from '../state/perspective';
import { LanguageOptions } from '../ui/LanguageOptions';
import '../ui/controls.css';
import './Toolbar.css';

interface ToolbarProps {
  lang: Lang;
  pov: Pov;
  measuring: boolean;
  onLang(lang: Lang): void;
  onPov(pov: Pov): void;
  onToggleMeasure(): void;
  onShare(): void;
  touring: boolean;
  onTour(): void;
}

export const Toolbar = memo(function Toolbar(props: ToolbarProps) {
  const { lang, pov, measuring, onLang, onPov, onToggleMeasure, onShare, touring, onTour } = props;
  const { t } = useTranslation('app');
  const languageId = useId();
  return (
    <div className="toolbar">
      <fieldset className="pov-switch">
        <legend>{t('perspective')}</legend>
        {POVS.map((option) => (
          <label key={option} className={option === pov ? 'active' : undefined}>
            <input
              type="radio"
              name="pov"
              value={option}
              checked={option === pov}
              onChange={() => onPov(option)}
            />
            {t(`pov.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="language-switch" htmlFor={languageId}>
        <span>{t('language')}</span>
        <select
          id={languageId}
          className="control"
          value={lang}
          onChange={(event) => onLang(event.target.value as Lang)}
        >
          <LanguageOptions />
        </select>
      </label>
      <button type="button" className="control" aria-pressed={measuring} onClick={onToggleMeasure}>
        {measuring ? t('distance.stop') : t('distance.tool')}
      </button>
      <button type="button" className="control" onClick={onShare}>
        {t('share')}
      </button>
      <button type="button" className="control" aria-pressed={touring} onClick={onTour}>
        {t('tour')}
      </button>
    </div>
  );
});
