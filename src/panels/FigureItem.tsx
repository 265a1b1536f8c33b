import { useTranslation } from 'react-i18next';
import type { Figure, Lang } from '../data/schema';
import { formatDate } from '../i18n/format';
import { figureNumber } from '../ui/format';
import { Sources } from '../ui/Sources';

/** One sourced figure: the number with its unit, who gives it, when, and any caveat. */
export function FigureItem({ figure, lang }: { figure: Figure; lang: Lang }) {
  const { t } = useTranslation('panels');
  const number = figureNumber(figure, lang);
  const flags = [
    figure.approximate && t('figure.approximate'),
    !figure.confirmed && t('figure.unconfirmed'),
    figure.superseded && t('figure.superseded'),
  ].filter(Boolean);
  return (
    <li className="figure">
      {figure.asOf && (
        <time dateTime={figure.asOf} className="figure-year">
          {t('figure.asOf', { year: formatDate(figure.asOf, lang, 'year') })}{' '}
        </time>
      )}
      {number !== null && (
        <strong className="figure-value">{t(`unit.${figure.unit}`, { value: number })}</strong>
      )}
      {figure.peak && <> {t('figure.peak', { peak: figure.peak[lang] })}</>}
      {number !== null && ' — '}
      <span className="figure-label">{figure.label[lang]}</span>
      {flags.length > 0 && (
        <span className="flags">{t('dateInParens', { date: flags.join(t('listSeparator')) })}</span>
      )}
      {figure.note && <span className="note"> {figure.note[lang]}</span>}{' '}
      <Sources ids={figure.sources} />
    </li>
  );
}
