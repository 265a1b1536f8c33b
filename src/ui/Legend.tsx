import { useTranslation } from 'react-i18next';
import { lines as allLines } from '../data/basics';
import type { Lang, LineKind } from '../data/schema';
import { islandOwnerColour, lineKind, type Pov } from '../perspective';
import { LINE_DASHES, PALETTES, type ColorScheme } from '../map/style';

interface LegendProps {
  /** Embedded: the legend starts folded. */
  compact: boolean;
  pov: Pov;
  lang: Lang;
  date: string;
  colorScheme: ColorScheme;
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

/** Says what is on screen: the view, the island colour and each kind of line drawn. */
export function Legend({ compact, pov, lang, date, colorScheme }: LegendProps) {
  const { t } = useTranslation('app');
  const palette = PALETTES[colorScheme];
  const owner = islandOwnerColour(pov);
  const lines = allLines.filter(
    (line) => line.validFrom <= date && (line.validTo === null || line.validTo > date),
  );
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend">
      {/* Open where there is room; one tap away on narrow screens. */}
      <details open={!compact && window.matchMedia('(min-width: 641px)').matches}>
        <summary>
          <h2 id="legend-heading">
            {t('legend')}: {t(`pov.${pov}`)}
          </h2>
        </summary>
        <ul>
          <li>
            <span className="swatch" style={{ background: palette.islands[owner] }} aria-hidden />
            {t(`legendItems.${owner}`)}
          </li>
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
        </ul>
      </details>
    </section>
  );
}
