import { useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../map/MapView';
import type { MapInput, MapSetup } from '../map/types';
import './Compare.css';

interface CompareProps {
  /** Russia's view, shown on the right (or below, on a narrow screen). */
  input: MapInput;
  setup: MapSetup;
}

const ignore = () => undefined;
/** How far an arrow key moves the divider, in percent of the map's width; Page keys ten times. */
const STEP = 5;

/**
 * Japan's view and Russia's view of the same place and year: the page's map shows Japan's on the
 * left; a second map, following its camera, shows Russia's to the right of a divider the reader
 * moves by pointer or keyboard. On a narrow screen the two maps stand one above the other.
 */
export function Compare({ input, setup }: CompareProps) {
  const { t } = useTranslation('app');
  const [divider, setDivider] = useState(50);
  const set = (value: number) => setDivider(Math.min(100, Math.max(0, Math.round(value))));
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: divider - STEP,
      ArrowDown: divider - STEP,
      ArrowRight: divider + STEP,
      ArrowUp: divider + STEP,
      PageDown: divider - STEP * 10,
      PageUp: divider + STEP * 10,
      Home: 0,
      End: 100,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    set(moves[event.key]);
  };
  const drag = (event: PointerEvent<HTMLDivElement>) => {
    if (event.buttons === 0) return;
    const area = event.currentTarget.parentElement!.getBoundingClientRect();
    set(((event.clientX - area.left) / area.width) * 100);
  };
  return (
    <div className="compare" style={{ '--divider': `${divider}%` } as CSSProperties}>
      {/* The second map repeats what the first says: screen readers hear the first. */}
      <div className="compare-map" aria-hidden="true">
        {/* MapView reads its setup once: a change of layout starts the second map anew. */}
        <MapView key={String(setup.interactive)} input={input} setup={setup} onEvent={ignore} />
      </div>
      <p className="compare-side compare-japan card">{t('pov.japan')}</p>
      <p className="compare-side compare-russia card">{t('pov.russia')}</p>
      <div
        className="compare-divider"
        role="slider"
        tabIndex={0}
        aria-label={t('compare.divider')}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={divider}
        aria-valuetext={t('compare.dividerValue', { japan: divider, russia: 100 - divider })}
        data-testid="compare-divider"
        onKeyDown={onKey}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          drag(event);
        }}
        onPointerMove={drag}
      >
        <span aria-hidden="true" />
      </div>
    </div>
  );
}
