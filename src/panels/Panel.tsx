import { useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NARROW_SCREEN } from '../ui/breakpoints';
import { SHEET_SHARE } from '../ui/sizes';
import { useMediaQuery } from '../lib/useMediaQuery';
import '../i18n/panels';
import '../ui/sidePanel.css';
import './Panel.css';
import './panels.css';

interface PanelProps {
  /** What is shown (island or venue id): a new one scrolls to the top and takes the focus. */
  subject: string;
  title: ReactNode;
  label: string;
  /** Extra class for the kind of panel (island, venue). */
  className?: string;
  onClose(): void;
  children: ReactNode;
}

/** The heights of the bottom sheet, lowest first. */
const SNAPS = ['peek', 'half', 'full'] as const;
type Snap = (typeof SNAPS)[number];

/**
 * The side panel frame: docked on wide screens; on narrow ones a bottom sheet with three heights,
 * which its handle changes by a tap, a key or a drag.
 */
export function Panel({ subject, title, label, className, onClose, children }: PanelProps) {
  const { t } = useTranslation('panels');
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [snap, setSnap] = useState<Snap>('half');
  const drag = useRef<{ y: number; share: number } | null>(null);
  const [dragShare, setDragShare] = useState<number | null>(null);
  const nextSnap = () => setSnap(SNAPS[(SNAPS.indexOf(snap) + 1) % SNAPS.length]);
  const startDrag = (event: PointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { y: event.clientY, share: SHEET_SHARE[snap] };
  };
  const moveDrag = (event: PointerEvent<HTMLButtonElement>) => {
    if (!drag.current) return;
    const moved = (drag.current.y - event.clientY) / window.innerHeight;
    // A few pixels is a tap, not a drag.
    if (Math.abs(moved) * window.innerHeight > 6) setDragShare(drag.current.share + moved);
  };
  const endDrag = () => {
    drag.current = null;
    if (dragShare === null) return;
    const nearest = SNAPS.reduce((best, option) =>
      Math.abs(SHEET_SHARE[option] - dragShare) < Math.abs(SHEET_SHARE[best] - dragShare)
        ? option
        : best,
    );
    setDragShare(null);
    setSnap(nearest);
  };
  // A new selection starts at the top, with the focus on its heading; a change of language or
  // perspective keeps the reader's place and focus. The focus is not taken from a dialog open on
  // the page, nor from the host page when the map is framed and not being used (a preview or an
  // article loading its embed).
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
    const inDialog = document.activeElement?.closest('dialog[open]');
    if (document.hasFocus() && !inDialog) heading.current?.focus();
  }, [subject]);
  return (
    <aside
      className={`side-panel panel ${className ?? ''}`}
      aria-label={label}
      data-snap={narrow ? snap : undefined}
      // The map keeps what it frames clear of the panel; a full-screen sheet leaves no map to keep.
      data-covers={narrow ? (snap === 'full' ? undefined : 'bottom') : 'right'}
      style={dragShare === null ? undefined : { height: `${Math.round(dragShare * 100)}%` }}
    >
      {narrow && (
        <button
          type="button"
          className="sheet-handle"
          aria-label={t('sheet.size', { size: t(`sheet.${snap}`) })}
          onClick={() => dragShare === null && nextSnap()}
          onPointerDown={startDrag}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        >
          <span aria-hidden="true" />
        </button>
      )}
      <div className="panel-head">
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="panel-close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      <div className="panel-body" ref={body}>
        {children}
      </div>
    </aside>
  );
}
