// The Data view, in tabs: the cited data set as files to download (each with its size, record
// count and licences, and the licence and credit text), the text version of the map, charts, and
// the accessibility statement. Loaded on demand by the app shell; the list of files is the
// download folder's manifest, fetched when the dialog opens. The text version and the charts are
// chunks of their own, loaded when their tab is first chosen.
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';
import { dateOfYear, today } from '../data/years';
import '../i18n/download';
import { formatNumber } from '../i18n/format';
import type { Pov } from '../state/perspective';
import { ModalDialog } from '../ui/ModalDialog';
import { AccessibilityStatement } from './AccessibilityStatement';
import {
  DOWNLOAD_URL,
  fetchManifest,
  groupFiles,
  type DownloadFile,
  type Licence,
  type Manifest,
} from './manifest';
import { Tabs } from './Tabs';
import './download.css';

const TextVersion = lazy(() => import('./TextVersion'));
const Charts = lazy(() => import('./Charts'));

export interface DataDialogProps {
  lang: Lang;
  /** The map's view and year (null: today), which the text version and charts follow. */
  pov: Pov;
  year: number | null;
  onClose(): void;
}

const TABS = ['files', 'text', 'charts', 'accessibility'] as const;
type Tab = (typeof TABS)[number];

const FORMAT_LABELS: Record<DownloadFile['format'], string> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GeoJSON',
};

export default function DataDialog({ lang, pov, year, onClose }: DataDialogProps) {
  const { t } = useTranslation('download', { lng: lang });
  const [tab, setTab] = useState<Tab>('files');
  const sectionId = useId();
  const [manifest, setManifest] = useState<Manifest | 'loading' | 'failed'>('loading');

  useEffect(() => {
    let current = true;
    fetchManifest().then(
      (loaded) => current && setManifest(loaded),
      () => current && setManifest('failed'),
    );
    return () => {
      current = false;
    };
  }, []);

  const size = (bytes: number) =>
    t('size', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), lang, 0) });
  const licenceText = (licence: Licence) =>
    t(`covers.${licence.covers}`, {
      // A licence's name in the reader's language where it has one (the manifest's is English).
      licence: licence.source
        ? t(`licenceNames.${licence.source}`, { defaultValue: licence.licence })
        : licence.licence,
      source: licence.source ? t(`sourceNames.${licence.source}`) : '',
    });

  return (
    <ModalDialog
      className="data-dialog"
      title={t('title')}
      closeLabel={t('close')}
      onClose={onClose}
    >
      <Tabs<Tab>
        label={t('tabs.label')}
        tabs={TABS.map((id) => ({ id, title: t(`tabs.${id}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'files' && (
          <>
            <p>{t('intro')}</p>
            <p className="data-hint">{t('conventions')}</p>

            <section aria-labelledby={`${sectionId}-files`}>
              <h3 id={`${sectionId}-files`}>{t('filesHeading')}</h3>
              {manifest === 'loading' && <p role="status">{t('loading')}</p>}
              {manifest === 'failed' && <p role="alert">{t('failed')}</p>}
              {typeof manifest === 'object' && (
                <ul className="data-files">
                  {groupFiles(manifest.files).map(([group, files]) => {
                    const name = t(`groups.${group}.name`);
                    const { records, licences } = files[0]!;
                    return (
                      <li key={group} data-group={group}>
                        <h4>{name}</h4>
                        <p>{t(`groups.${group}.text`)}</p>
                        <p className="data-meta">
                          {records !== null && <span>{t('records', { count: records })} · </span>}
                          {t('licence')}
                          {licences.map(licenceText).join(t('licenceSeparator'))}
                        </p>
                        <p className="data-links">
                          {files.map((file) => (
                            <a
                              key={file.name}
                              href={`${DOWNLOAD_URL}/${file.name}`}
                              download={file.name}
                            >
                              {/* Each link named with its group: a screen reader's list of links
                                reads them out of context. */}
                              <span className="visually-hidden">{name}, </span>
                              {FORMAT_LABELS[file.format]}
                              <span className="data-size">, {size(file.bytes)}</span>
                            </a>
                          ))}
                        </p>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>

            <section aria-labelledby={`${sectionId}-licences`}>
              <h3 id={`${sectionId}-licences`}>{t('licencesHeading')}</h3>
              <p>{t('licencesText')}</p>
              <p>
                {t('creditLabel')} <q className="data-credit">{t('credit')}</q>
              </p>
              <p>
                {t('readme')}{' '}
                <a href={`${DOWNLOAD_URL}/README.txt`} download="README.txt">
                  README.txt
                </a>
                ,{' '}
                <a href={`${DOWNLOAD_URL}/manifest.json`} download="manifest.json">
                  manifest.json
                </a>
              </p>
            </section>
          </>
        )}
        {tab === 'text' && (
          <Suspense fallback={<p role="status">{t('tabLoading')}</p>}>
            <TextVersion lang={lang} pov={pov} date={dateOfYear(year, today())} />
          </Suspense>
        )}
        {tab === 'charts' && (
          <Suspense fallback={<p role="status">{t('tabLoading')}</p>}>
            <Charts lang={lang} pov={pov} />
          </Suspense>
        )}
        {tab === 'accessibility' && <AccessibilityStatement lang={lang} />}
      </Tabs>
    </ModalDialog>
  );
}
