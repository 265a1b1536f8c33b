import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n/panels';
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

/** The side panel frame: docked on wide screens, a bottom sheet on narrow ones (CSS). */
export function Panel({ subject, title, label, className, onClose, children }: PanelProps) {
  const { t } = useTranslation('panels');
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
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
    <aside className={`panel ${className ?? ''}`} aria-label={label}>
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
