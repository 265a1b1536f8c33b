// The print dialog: paper, orientation and the worksheet variant; "Print" copies the map at print
// resolution, puts the printed page (PrintSheet) in the document and opens the browser's print
// window. The page stays until the dialog closes, so printing again prints the same page. Loaded
// on demand by the app shell.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';
import type { Snapshot, SnapshotRequest } from '../map/types';
import '../i18n/print';
import { ModalDialog } from '../ui/ModalDialog';
import {
  clearBox,
  defaultPaper,
  ORIENTATIONS,
  PAPERS,
  pageRule,
  printPixelRatio,
  type Orientation,
  type Paper,
} from './paper';
import { PrintSheet, type SheetContent } from './PrintSheet';
import { cropSnapshot } from './crop';
import './print.css';

export interface PrintDialogProps {
  lang: Lang;
  /** What the sheet shows besides the map (title, key, the open panel). */
  content: SheetContent;
  /** The map's width in CSS pixels now, for the copy's resolution. */
  mapWidth(): number;
  takeSnapshot(options: Omit<SnapshotRequest, 'id'>): Promise<Snapshot>;
  onClose(): void;
}

type Status = 'idle' | 'preparing' | 'ready' | 'failed';

interface Printed {
  snapshot: Snapshot;
  worksheet: boolean;
  /** The open panel to print, taken when Print was pressed. */
  panel: HTMLElement | null;
  at: Date;
}

export default function PrintDialog(props: PrintDialogProps) {
  const { lang, content, mapWidth, takeSnapshot, onClose } = props;
  const { t } = useTranslation('print', { lng: lang });
  const id = useId();
  const [paper, setPaper] = useState<Paper>(() => defaultPaper(navigator.languages ?? []));
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [worksheet, setWorksheet] = useState(false);
  // A panel open when the dialog opened may be printed (all of it: an island's runs to pages).
  const [panelOpen] = useState(() => content.panel() !== null);
  const [panelChosen, setPanelChosen] = useState(true);
  // A worksheet leaves the panel off: it names the place.
  const withPanel = panelOpen && panelChosen && !worksheet;
  const [status, setStatus] = useState<Status>('idle');
  const [printed, setPrinted] = useState<Printed | null>(null);

  // The page's size for the browser's print, while this dialog is open. A constructed sheet: the
  // page's content security policy allows no <style> element.
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRule(paper, orientation));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet);
    };
  }, [paper, orientation]);

  const print = async () => {
    setStatus('preparing');
    try {
      const whole = await takeSnapshot({
        pixelRatio: printPixelRatio(mapWidth(), paper, orientation),
        names: !worksheet,
      });
      const snapshot = cropSnapshot(whole, clearBox(whole.width, whole.height, content.clear));
      setPrinted({
        snapshot,
        worksheet,
        panel: withPanel ? content.panel() : null,
        at: new Date(),
      });
    } catch {
      setStatus('failed');
    }
  };

  const choice = <T extends string>(
    name: string,
    options: readonly T[],
    value: T,
    set: (value: T) => void,
    label: (option: T) => string,
  ) => (
    <fieldset className="print-choice">
      <legend>{t(name)}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={`${id}-${name}`}
            value={option}
            checked={option === value}
            onChange={() => set(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );

  /** A checkbox with its hint (the `${name}Hint` text) beneath it. */
  const toggle = (
    name: 'worksheet' | 'panel',
    className: string,
    checked: boolean,
    set: (checked: boolean) => void,
    disabled = false,
  ) => (
    <>
      <label className={`print-toggle ${className}`}>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={`${id}-${name}`}
          onChange={(event) => set(event.target.checked)}
        />
        {t(name)}
      </label>
      <p id={`${id}-${name}`} className="print-hint">
        {t(`${name}Hint`)}
      </p>
    </>
  );

  return (
    <ModalDialog
      className="print-dialog"
      title={t('title')}
      closeLabel={t('close')}
      onClose={onClose}
    >
      <p>{t('intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void print();
        }}
      >
        {choice('paper', PAPERS, paper, setPaper, (option) => t(`papers.${option}`))}
        {choice('orientation', ORIENTATIONS, orientation, setOrientation, (option) =>
          t(`orientations.${option}`),
        )}
        {toggle('worksheet', 'print-worksheet', worksheet, setWorksheet)}
        {panelOpen && toggle('panel', 'print-with-panel', withPanel, setPanelChosen, worksheet)}
        <button type="submit" className="control" disabled={status === 'preparing'}>
          {t('print')}
        </button>
        <p role="status" className="print-status">
          {status !== 'idle' && t(status)}
        </p>
      </form>
      {printed && (
        <PrintSheet
          key={printed.at.getTime()}
          lang={lang}
          content={content}
          snapshot={printed.snapshot}
          worksheet={printed.worksheet}
          panel={printed.panel}
          printedAt={printed.at}
          onReady={() => {
            setStatus('ready');
            window.print();
          }}
        />
      )}
    </ModalDialog>
  );
}
