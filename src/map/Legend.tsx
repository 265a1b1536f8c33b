import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lines as allLines } from '../data/basics';
import { inForceOn } from '../data/dates';
import { sideNameKey } from '../data/years';
import type { IslandId, Lang, LineKind, Side } from '../data/schema';
import { islandOwnerColour, lineKind, type Pov } from '../state/perspective';
import { LINE_DASHES, PALETTES, type ColorScheme } from './style';
import './Legend.css';

interface LegendProps {
  /** Opens unfolded (each side's key in the comparison). */
  open?: boolean;
  /** Extra class: where it stands. */
  className?: string;
  pov: Pov;
  lang: Lang;
  date: string;
  /** A past year: the islands are coloured by who administered them then (`administration`). */
  year: number | null;
  administration: Record<IslandId, Side | null> | null;
  colorScheme: ColorScheme;
  /** The meeting trail is on the map. */
  trail: boolean;
}

function LineSwatch({ kind, colour }: { kind: LineKind; colour: string }) {
  const dashes = LINE_DASHES[kind];
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={colour}
        strokeWidth="2.5"
        strokeDasharray={dashes ? dashes.map((d) => d * 2.5).join(' ') : undefined}
      />
    </svg>
  );
}

/**
 * Says what is on screen: the view, the island colour and each kind of line drawn. A key that
 * folds: closed, it is one line under the map's corner, and the map keeps the screen.
 */
export const Legend = memo(function Legend(props: LegendProps) {
  const {
    open = false,
    className = '',
    pov,
    lang,
    date,
    year,
    administration,
    colorScheme,
    trail,
  } = props;
  const { t } = useTranslation('app');
  const headingId = useId();
  const palette = PALETTES[colorScheme];
  const lines = allLines.filter((line) => inForceOn(line, date));
  // In a past year, one entry per side that administered an island then.
  const colours =
    administration === null
      ? [
          {
            key: 'view',
            colour: islandOwnerColour(pov),
            text: t(`legendItems.${islandOwnerColour(pov)}`),
          },
        ]
      : [...new Set(Object.values(administration))].map((side) => ({
          key: side ?? 'none',
          colour: side ?? ('disputed' as const),
          text: side
            ? t('legendItems.administeredBy', {
                side: t(`sideName.${sideNameKey(side, date)}`),
                year,
              })
            : t('legendItems.noAdministration', { year }),
        }));
  return (
    <section
      className={`legend card ${className}`}
      aria-labelledby={headingId}
      data-testid="legend"
      data-pov={pov}
    >
      <details open={open}>
        <summary>
          <h2 id={headingId}>
            {t('legend')}
            <span className="visually-hidden-narrow">
              : {t(`pov.${pov}`)}
              {year !== null && `, ${year}`}
            </span>
          </h2>
        </summary>
        <p className="pov-shown" data-testid="pov-shown">
          {t(`povShown.${pov}`)}
        </p>
        <ul>
          {colours.map(({ key, colour, text }) => (
            <li key={key} data-colour={colour}>
              <span
                className="swatch"
                style={{ background: palette.islands[colour] }}
                aria-hidden
              />
              {text}
            </li>
          ))}
          {lines.map((line) => {
            const kind = lineKind(line, pov);
            return (
              <li key={line.id} data-line={line.id} data-kind={kind}>
                <LineSwatch kind={kind} colour={palette.line} />
                <span>
                  {t(`legendItems.${kind}`)}: <span lang={lang}>{line.name[lang]}</span>
                </span>
              </li>
            );
          })}
          <li>
            <span className="swatch venue" aria-hidden />
            {t('legendItems.venue')}
          </li>
          {trail && (
            <li data-testid="legend-trail">
              <span
                className="swatch trail"
                style={{
                  background: `linear-gradient(to right, ${palette.trail}33, ${palette.trail})`,
                }}
                aria-hidden
              />
              {t('legendItems.trail')}
            </li>
          )}
        </ul>
      </details>
    </section>
  );
});
