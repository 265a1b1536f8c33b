// "Cite": the citation of the view on screen (and of a panel's sources) in each format; a click on
// a format shows it and copies it. Used by the share dialog and by the island and venue panels.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { addNamespace } from '../i18n';
import { shareText } from '../i18n/share';
import type { ViewState } from '../state/url';
import { useAnnouncer } from './Announcer';
import {
  citation,
  CITATION_FORMATS,
  citedViewOf,
  type CitationFormat,
  type CitedSource,
  type Translate,
} from './citation';
import { copyField } from './clipboard';
import './citation.css';
import './controls.css';

addNamespace('share', shareText);

export interface CitationProps {
  /** The view on screen. */
  view: ViewState;
  /** The link that restores it. */
  link: string;
  /** A panel's sources, listed after the view. */
  sources?: readonly CitedSource[];
  /** Where to say that the citation was copied; without it, the box says so itself. */
  announce?(message: string): void;
}

export function Citation({ view, link, sources = [], announce }: CitationProps) {
  const { t } = useTranslation(['share', 'app'], { lng: view.lang });
  const field = useRef<HTMLTextAreaElement>(null);
  const [format, setFormat] = useState<CitationFormat>('plain');
  // The date of access is the day the citation was asked for.
  const [accessed] = useState(() => new Date());
  const [status, announceHere] = useAnnouncer();
  const say = announce ?? announceHere;
  const text = citation(format, citedViewOf(view, link, accessed), sources, t as Translate);

  const copy = async (next: CitationFormat) => {
    // The field shows the chosen format before its text is copied from it.
    flushSync(() => setFormat(next));
    if (!field.current) return;
    const copied = await copyField(field.current);
    // Selecting scrolled the field to its end; the citation is read from its start.
    field.current.scrollTop = 0;
    say(t(copied ? 'cite.copied' : 'cite.failed', { format: t(`cite.formats.${next}`) }));
  };

  return (
    <div className="citation">
      <div className="citation-formats" role="group" aria-label={t('cite.copyAs')}>
        <span aria-hidden="true">{t('cite.copyAs')}</span>
        {CITATION_FORMATS.map((option) => (
          <button
            key={option}
            type="button"
            className="control"
            aria-pressed={option === format}
            data-format={option}
            onClick={() => copy(option)}
          >
            {t(`cite.formats.${option}`)}
          </button>
        ))}
      </div>
      <textarea
        ref={field}
        className="citation-text"
        readOnly
        rows={format === 'bibtex' || sources.length > 0 ? 8 : 4}
        value={text}
        aria-label={t('cite.label')}
        spellCheck={false}
        lang={view.lang}
      />
      {!announce && (
        <p className="citation-status" role="status" aria-live="polite">
          {status}
        </p>
      )}
    </div>
  );
}
