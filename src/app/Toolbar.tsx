import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/schema';
import { POVS, type Pov } from '../state/perspective';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', ja: '日本語' };

interface ToolbarProps {
  lang: Lang;
  pov: Pov;
  measuring: boolean;
  onLang(lang: Lang): void;
  onPov(pov: Pov): void;
  onToggleMeasure(): void;
  onShare(): void;
}

export const Toolbar = memo(function Toolbar(props: ToolbarProps) {
  const { lang, pov, measuring, onLang, onPov, onToggleMeasure, onShare } = props;
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
          value={lang}
          onChange={(event) => onLang(event.target.value as Lang)}
        >
          {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="tool-button"
        aria-pressed={measuring}
        onClick={onToggleMeasure}
      >
        {measuring ? t('distance.stop') : t('distance.tool')}
      </button>
      <button type="button" className="tool-button" onClick={onShare}>
        {t('share')}
      </button>
    </div>
  );
});
