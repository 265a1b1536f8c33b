import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feature } from 'geojson';
import type { Lang } from '../data/schema';
import { formatNumber } from '../i18n/format';
import { measure, measureFeatures } from './measure';
import '../ui/controls.css';
import './DistanceTool.css';

interface DistanceToolProps {
  points: [number, number][];
  lang: Lang;
  onPlaceAtCentre(): void;
  onClear(): void;
  onClose(): void;
  /** What the map draws for the points; the tool owns the arithmetic, so it loads with it. */
  onFeatures(features: Feature[]): void;
}

/**
 * The distance tool's panel: how to use it, the result, and keyboard-usable buttons. Loaded on
 * first use (with turf's arithmetic in measure.ts).
 */
export default function DistanceTool({
  points,
  lang,
  onPlaceAtCentre,
  onClear,
  onClose,
  onFeatures,
}: DistanceToolProps) {
  const { t } = useTranslation('app');
  useEffect(() => onFeatures(measureFeatures(points)), [points, onFeatures]);
  const result = points.length === 2 ? measure(points[0], points[1]) : null;
  return (
    <section className="distance-tool card" aria-labelledby="distance-heading">
      <h2 id="distance-heading">{t('distance.tool')}</h2>
      <p>{t('distance.hint')}</p>
      <p className="distance-result" aria-live="polite" data-testid="distance-result">
        {result &&
          t('distance.result', {
            km: formatNumber(result.km, lang),
            nmi: formatNumber(result.nmi, lang),
          })}
      </p>
      <div className="distance-actions">
        <button type="button" className="control" onClick={onPlaceAtCentre}>
          {t('distance.place')}
        </button>
        <button type="button" className="control" onClick={onClear} disabled={points.length === 0}>
          {t('distance.clear')}
        </button>
        <button type="button" className="control" onClick={onClose}>
          {t('distance.stop')}
        </button>
      </div>
      <div className="crosshair" aria-hidden="true" />
    </section>
  );
}
