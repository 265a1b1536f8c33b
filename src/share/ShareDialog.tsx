// The share dialog: a link to the view, its citation, iframe code with a live preview and a
// picture for pages without scripts, and PNG export. Loaded on demand by the app shell. Nothing from the URL or the options is rendered as HTML: the code
// sample is the text of a read-only textarea.
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';
import { POVS, type Pov } from '../state/perspective';
import type { ViewState } from '../state/url';
import { hashOptions } from '../state/currentView';
import { linkToView } from '../state/link';
import { copyField } from '../ui/clipboard';
import {
  clampSize,
  DEFAULT_SIZE,
  embedCode,
  embedUrl,
  SIZE_LIMITS,
  type EmbedOptions,
} from './embed';
import { download, exportFileName, exportPng, footerLines } from './exportPng';
import { addNamespace } from '../i18n';
import { shareText } from '../i18n/share';
import { LanguageOptions } from '../ui/LanguageOptions';
import { Citation } from '../ui/Citation';
import { citationTitle, citedViewOf } from '../ui/citation';
import { ModalDialog } from '../ui/ModalDialog';
import { dispute } from '../data/dispute';
import './share.css';

addNamespace('share', shareText);

export interface ShareDialogProps {
  view: ViewState;
  lang: Lang;
  /** location.origin + location.pathname */
  pageUrl: string;
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
  /** The deployment loads an online basemap from another site (config.json). */
  onlineBasemap: boolean;
  onClose(): void;
}

const PREVIEW_WIDTH = 360;

type EmbedChoices = Pick<
  EmbedOptions,
  | 'responsive'
  | 'width'
  | 'height'
  | 'panel'
  | 'locked'
  | 'pov'
  | 'lang'
  | 'currentView'
  | 'tour'
  | 'compare'
> & {
  /** Put a picture of the view in the code for pages without scripts. */
  fallback: boolean;
  /** Where the web editor puts that picture, relative to their page or absolute. */
  fallbackImage: string;
};

export default function ShareDialog({
  view,
  lang,
  pageUrl,
  snapshot,
  onlineBasemap,
  onClose,
}: ShareDialogProps) {
  const { t } = useTranslation(['share', 'app'], { lng: lang });
  const sectionId = useId();
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const [exporting, setExporting] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [choices, setChoices] = useState<EmbedChoices>({
    responsive: false,
    ...DEFAULT_SIZE,
    panel: true,
    locked: false,
    pov: view.pov,
    lang: view.lang,
    currentView: true,
    tour: view.tour,
    compare: view.compare,
    fallback: true,
    // The name the picture is saved under (exportImage), so that an upload beside the page fits.
    fallbackImage: exportFileName(view.pov, new Date()),
  });
  const choose = (change: Partial<EmbedChoices>) => setChoices((old) => ({ ...old, ...change }));

  const options = useMemo(() => hashOptions(), []);
  const link = linkToView(view, pageUrl);
  // What the picture shows: the view on screen, which the PNG export draws.
  const pictured = citationTitle(citedViewOf(view, link, new Date()), t);
  const embed: EmbedOptions = {
    ...choices,
    pageUrl,
    view,
    hashOptions: options,
    // The frame's title is read on the host page, in the language the map opens in.
    title: t('app:title', { lng: choices.lang }),
    fallback:
      choices.fallback && choices.fallbackImage.trim()
        ? { imageUrl: choices.fallbackImage.trim(), alt: pictured, linkUrl: link }
        : null,
  };
  const frameUrl = embedUrl(embed);
  const code = embedCode(embed);
  const width = clampSize(choices.width, DEFAULT_SIZE.width);
  const height = clampSize(choices.height, DEFAULT_SIZE.height);
  const previewHeight = Math.round(Math.min(1, Math.max(1 / 3, height / width)) * PREVIEW_WIDTH);

  const announce = (message: string) => {
    // Cleared first, so that the same message twice is read twice.
    setStatus('');
    requestAnimationFrame(() => setStatus(message));
  };
  const copy = async (field: HTMLInputElement | HTMLTextAreaElement | null, kind: string) => {
    if (!field) return;
    announce(t((await copyField(field)) ? `${kind}.copied` : `${kind}.failed`));
  };
  const exportImage = async (pixelRatio: number) => {
    setExporting(true);
    announce(t('export.working'));
    try {
      const now = new Date();
      const lines = footerLines({ pov: view.pov, year: view.year, lang, now }, t);
      const blob = await exportPng(await snapshot(pixelRatio), lines, pixelRatio);
      const name = exportFileName(view.pov, now);
      download(blob, name);
      announce(t('export.done', { name }));
    } catch {
      announce(t('export.failed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <ModalDialog
      className="share-dialog"
      title={t('title')}
      closeLabel={t('close')}
      onClose={onClose}
    >
      <section aria-labelledby={`${sectionId}-link`}>
        <h3 id={`${sectionId}-link`}>{t('link.heading')}</h3>
        <div className="share-row">
          <input
            ref={linkField}
            className="share-link"
            type="text"
            readOnly
            value={link}
            aria-label={t('link.label')}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" onClick={() => copy(linkField.current, 'link')}>
            {t('link.copy')}
          </button>
        </div>
      </section>

      <section aria-labelledby={`${sectionId}-cite`} className="share-cite">
        <h3 id={`${sectionId}-cite`}>{t('cite.heading')}</h3>
        <p className="share-hint">{t('cite.hint')}</p>
        <Citation view={view} link={link} announce={announce} />
      </section>

      <section aria-labelledby={`${sectionId}-embed`}>
        <h3 id={`${sectionId}-embed`}>{t('embed.heading')}</h3>
        <p className="share-privacy" data-testid="embed-privacy">
          {t(onlineBasemap ? 'embed.privacyBasemap' : 'embed.privacy')}
        </p>
        <div className="share-embed">
          <div className="share-options">
            <Choice legend={t('embed.size')}>
              <Radio
                name="size"
                checked={!choices.responsive}
                onChange={() => choose({ responsive: false })}
                label={t('embed.fixed')}
              />
              <Radio
                name="size"
                checked={choices.responsive}
                onChange={() => choose({ responsive: true })}
                label={t('embed.responsive')}
              />
              <div className="share-size">
                <NumberField
                  label={t('embed.width')}
                  value={choices.width}
                  onChange={(value) => choose({ width: value })}
                />
                <span aria-hidden="true">×</span>
                <NumberField
                  label={t('embed.height')}
                  value={choices.height}
                  onChange={(value) => choose({ height: value })}
                />
              </div>
              {choices.responsive && (
                <>
                  <p className="share-hint">{t('embed.ratioHint')}</p>
                  <p className="share-hint">{t('embed.resizeHint')}</p>
                </>
              )}
            </Choice>
            <label className="share-check">
              <input
                type="checkbox"
                checked={choices.panel}
                onChange={(event) => choose({ panel: event.target.checked })}
              />
              {t('embed.panel')}
            </label>
            {choices.panel && !view.island && !view.venue && (
              <p className="share-hint">{t('embed.panelNone')}</p>
            )}
            <label className="share-check">
              <input
                type="checkbox"
                checked={choices.locked}
                onChange={(event) => choose({ locked: event.target.checked })}
              />
              {t('embed.locked')}
            </label>
            <label className="share-check">
              <input
                type="checkbox"
                checked={choices.compare}
                onChange={(event) => choose({ compare: event.target.checked })}
                data-testid="embed-compare"
              />
              {t('embed.compare')}
            </label>
            <label className="share-select">
              <span>{t('embed.perspective')}</span>
              <select
                value={choices.pov}
                onChange={(event) => choose({ pov: event.target.value as Pov })}
              >
                {POVS.map((option) => (
                  <option key={option} value={option}>
                    {t(`app:pov.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="share-select">
              <span>{t('embed.language')}</span>
              <select
                value={choices.lang}
                onChange={(event) => choose({ lang: event.target.value as Lang })}
              >
                <LanguageOptions />
              </select>
            </label>
            <label className="share-select">
              <span>{t('embed.tour')}</span>
              <select
                value={choices.tour ?? ''}
                onChange={(event) => choose({ tour: event.target.value || null })}
                data-testid="embed-tour"
              >
                <option value="">{t('embed.noTour')}</option>
                {dispute.tour.chapters.map((chapter, index) => (
                  <option key={chapter.id} value={chapter.id} lang={choices.lang}>
                    {index + 1}. {chapter.title[choices.lang]}
                  </option>
                ))}
              </select>
            </label>
            <label className="share-check">
              <input
                type="checkbox"
                checked={choices.fallback}
                onChange={(event) => choose({ fallback: event.target.checked })}
                data-testid="embed-fallback"
              />
              {t('embed.fallback')}
            </label>
            {choices.fallback && (
              <div className="share-fallback">
                <label className="share-select">
                  <span>{t('embed.fallbackAddress')}</span>
                  <input
                    type="text"
                    value={choices.fallbackImage}
                    onChange={(event) => choose({ fallbackImage: event.target.value })}
                    spellCheck={false}
                  />
                </label>
                <p className="share-hint">{t('embed.fallbackHint')}</p>
                <p className="share-hint">{t('embed.fallbackShows', { shown: pictured })}</p>
                <button type="button" disabled={exporting} onClick={() => exportImage(1)}>
                  {t('embed.fallbackDownload')}
                </button>
              </div>
            )}
            <Choice legend={t('embed.view')}>
              <Radio
                name="view"
                checked={choices.currentView}
                onChange={() => choose({ currentView: true })}
                label={t('embed.currentView')}
              />
              <Radio
                name="view"
                checked={!choices.currentView}
                onChange={() => choose({ currentView: false })}
                label={t('embed.defaultView')}
              />
            </Choice>
          </div>
          <div className="share-output">
            <label className="share-code">
              <span>{t('embed.code')}</span>
              <textarea ref={codeField} readOnly rows={5} value={code} spellCheck={false} />
            </label>
            <button type="button" onClick={() => copy(codeField.current, 'embed')}>
              {t('embed.copy')}
            </button>
            <h4>{t('embed.preview')}</h4>
            {/* A second whole map only when asked for; it goes with the dialog. A new frame for
                each URL, so the preview opens as a pasted frame would. */}
            {previewing ? (
              <iframe
                key={frameUrl}
                className="share-preview"
                src={frameUrl}
                title={t('embed.previewTitle')}
                width={PREVIEW_WIDTH}
                height={previewHeight}
                referrerPolicy="strict-origin-when-cross-origin"
              />
            ) : (
              <button type="button" onClick={() => setPreviewing(true)}>
                {t('embed.showPreview')}
              </button>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby={`${sectionId}-export`}>
        <h3 id={`${sectionId}-export`}>{t('export.heading')}</h3>
        <p className="share-hint">{t('export.hint')}</p>
        <div className="share-row">
          <button type="button" disabled={exporting} onClick={() => exportImage(1)}>
            {t('export.png1')}
          </button>
          <button type="button" disabled={exporting} onClick={() => exportImage(2)}>
            {t('export.png2')}
          </button>
        </div>
      </section>

      <p className="share-status" role="status" aria-live="polite">
        {status}
      </p>
    </ModalDialog>
  );
}

function Choice({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="share-choice">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function Radio(props: { name: string; checked: boolean; label: string; onChange(): void }) {
  return (
    <label className="share-check">
      <input
        type="radio"
        name={`share-${props.name}`}
        checked={props.checked}
        onChange={props.onChange}
      />
      {props.label}
    </label>
  );
}

function NumberField(props: { label: string; value: number; onChange(value: number): void }) {
  return (
    <label className="share-number">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={SIZE_LIMITS.min}
        max={SIZE_LIMITS.max}
        step={10}
        value={Number.isFinite(props.value) ? props.value : ''}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
    </label>
  );
}
