// The printed page: title, a stamp of the view and the date, the map at print resolution with its
// venue markers, a scale bar and a north arrow, the key, the open panel with its sources, and the
// credits. Put at the end of the body and shown only in print (print.css), where it is all the
// page prints.
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { IslandId, Lang, Side } from '../data/schema';
import { formatDate } from '../i18n/format';
import { Legend } from '../map/Legend';
import { CREDITS, type ColorScheme } from '../map/style';
import type { Insets, Snapshot } from '../map/types';
import { localIsoDate } from '../ui/format';
import type { Pov } from '../state/perspective';
import { scaleBar } from './paper';

/** What the page shows besides the map. */
export interface SheetContent {
  pov: Pov;
  /** null: today. */
  year: number | null;
  /** ISO date of the lines and colours shown. */
  date: string;
  administration: Record<IslandId, Side | null> | null;
  colorScheme: ColorScheme;
  trail: boolean;
  /** The link to this view. */
  permalink: string;
  /** How far the page's controls and panel cover the map from each edge: the rest prints. */
  clear: Insets | null;
  /** The open panel's element, if any: its content is printed as it reads now. */
  panel(): HTMLElement | null;
}

interface PrintSheetProps {
  lang: Lang;
  content: SheetContent;
  snapshot: Snapshot;
  worksheet: boolean;
  /** The open panel to print after the key (its content as it reads when the sheet is made). */
  panel: HTMLElement | null;
  printedAt: Date;
  /** The page is complete: the map's copy is in and the panel's content copied. */
  onReady(): void;
}

/**
 * The panel as it reads, without its controls, its contents and its "Cite" (the page prints its
 * sources and permalink), with every folded part open, and no ids twice.
 */
function printedCopy(panel: HTMLElement): HTMLElement {
  const copy = panel.cloneNode(true) as HTMLElement;
  copy
    .querySelectorAll('button, [role="button"], input, select, .panel-contents, .panel-cite')
    .forEach((node) => node.remove());
  copy.querySelectorAll('details').forEach((details) => (details.open = true));
  for (const node of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')])
    node.removeAttribute('id');
  copy
    .querySelectorAll('[aria-labelledby], [aria-describedby], [aria-controls]')
    .forEach((node) => {
      for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls'])
        node.removeAttribute(name);
    });
  return copy;
}

export function PrintSheet({
  lang,
  content,
  snapshot,
  worksheet,
  panel,
  printedAt,
  onReady,
}: PrintSheetProps) {
  const { t } = useTranslation(['print', 'app'], { lng: lang });
  const panelSlot = useRef<HTMLElement>(null);
  const ready = useRef(onReady);

  const image = useRef<HTMLCanvasElement>(null);
  // Drawn as a canvas: no image encoding before the page prints.
  useLayoutEffect(() => {
    image.current!.getContext('2d')!.drawImage(snapshot.canvas, 0, 0);
  }, [snapshot]);

  useLayoutEffect(() => {
    if (!panel || !panelSlot.current) return;
    const copy = printedCopy(panel);
    panelSlot.current.append(copy);
    return () => copy.remove();
  }, [panel]);

  useEffect(() => ready.current(), []);

  const pov = t(`app:pov.${content.pov}`);
  const year =
    content.year === null ? t('today', { year: printedAt.getFullYear() }) : String(content.year);
  const bar = scaleBar(snapshot.metresPerPixel, snapshot.width);
  const kilometres = bar.metres >= 1000;
  const barLabel = new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: kilometres ? 'kilometer' : 'meter',
  }).format(kilometres ? bar.metres / 1000 : bar.metres);
  const mapStyle = {
    '--map-width': snapshot.width,
    '--map-ratio': snapshot.width / snapshot.height,
    aspectRatio: `${snapshot.width} / ${snapshot.height}`,
  } as CSSProperties;

  return createPortal(
    <div className="print-sheet" lang={lang} data-testid="print-sheet">
      {/* Not a header and footer: the page has its own banner and credits landmarks. */}
      <div className="print-head">
        <h1>{t('app:title')}</h1>
        <p className="print-stamp">
          {t('stamp', { pov, year, date: formatDate(localIsoDate(printedAt), lang) })}
        </p>
        {worksheet && <p className="print-stamp">{t('worksheetStamp')}</p>}
      </div>
      <div className="print-main">
        <div className="print-map" style={mapStyle}>
          <canvas
            ref={image}
            className="print-map-image"
            width={snapshot.canvas.width}
            height={snapshot.canvas.height}
            role="img"
            aria-label={t('mapAlt', { pov, year })}
          />
          {snapshot.markers.map((marker) => (
            <span
              key={`${marker.x},${marker.y}`}
              className="print-marker"
              style={
                {
                  left: `${(marker.x / snapshot.width) * 100}%`,
                  top: `${(marker.y / snapshot.height) * 100}%`,
                  '--dot': marker.size,
                } as CSSProperties
              }
            >
              <span className="print-marker-dot">{marker.count}</span>
              {marker.name && <span className="print-marker-name">{marker.name}</span>}
            </span>
          ))}
          <svg
            className="print-north"
            viewBox="-12 -16 24 32"
            role="img"
            aria-label={t('north')}
            style={{ transform: `rotate(${-snapshot.bearing}deg)` }}
          >
            <path d="M0 -14 L8 8 L0 3 L-8 8 Z" />
            <text y="15" textAnchor="middle">
              {t('north').slice(0, 1)}
            </text>
          </svg>
          <div className="print-scale">
            {/* 100cqw: the map's printed width. */}
            <span className="print-scale-bar" style={{ width: `${bar.share * 100}cqw` }} />
            <span className="print-scale-label">{barLabel}</span>
          </div>
        </div>
        <div className="print-key">
          <Legend
            open
            pov={content.pov}
            lang={lang}
            date={content.date}
            year={content.year}
            administration={content.administration}
            colorScheme={content.colorScheme}
            trail={content.trail}
          />
        </div>
      </div>
      {panel && <section ref={panelSlot} className="print-panel" />}
      <div className="print-foot">
        <p>
          {t('link')} <span className="print-link">{content.permalink}</span>
        </p>
        <p>
          {t('credits')} {CREDITS}
        </p>
      </div>
    </div>,
    document.body,
  );
}
