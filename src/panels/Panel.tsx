import { useEffect, useRef, type ReactNode } from 'react';

interface PanelProps {
  title: ReactNode;
  label: string;
  onClose(): void;
  children: ReactNode;
}

/** The side panel frame: docked on wide screens, a bottom sheet on narrow ones (CSS). */
export function Panel({ title, label, onClose, children }: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [label]);
  return (
    <aside className="panel" aria-label={label}>
      <div className="panel-head">
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="panel-close" onClick={onClose} aria-label="Close panel">
          ×
        </button>
      </div>
      <div className="panel-body">{children}</div>
    </aside>
  );
}
