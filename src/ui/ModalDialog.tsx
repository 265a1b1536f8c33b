// The frame of the page's modal dialogs (share, data): a heading, a close button, Escape kept
// from the map. Opened on mount; closing it (button, Escape) calls onClose.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

interface ModalDialogProps {
  /** The dialog's own class, for its content's styles. */
  className: string;
  title: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
}

export function ModalDialog({ className, title, closeLabel, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    // The node is removed on unmount, which ends the modal state; a second run (StrictMode)
    // finds it open already.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className}`}
      aria-labelledby={headingId}
      onClose={onClose}
      onKeyDown={(event) => {
        // The dialog closes itself on Escape; the map must not also take it as "clear selection".
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <div className="modal-dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="modal-dialog-close"
          aria-label={closeLabel}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
