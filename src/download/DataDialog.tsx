// The Data view: the cited data set as files to download, each with its size, record count and
// licences, and the licence and credit text. Loaded on demand by the app shell; the list of files
// is the download folder's manifest, fetched when the dialog opens.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';
import '../i18n/download';
import { formatNumber } from '../i18n/format';
import { ModalDialog } from '../ui/ModalDialog';
import {
  DOWNLOAD_URL,
  fetchManifest,
  groupFiles,
  type DownloadFile,
  type Licence,
  type Manifest,
} from './manifest';
import './download.css';

export interface DataDialogProps {
  lang: Lang;
  onClose(): void;
}

const FORMAT_LABELS: Record<DownloadFile['format'], string> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GeoJSON',
};

export default function DataDialog({ lang, onClose }: DataDialogProps) {
  const { t } = useTranslation('download', { lng: lang });
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
                      <a key={file.name} href={`${DOWNLOAD_URL}/${file.name}`} download={file.name}>
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
    </ModalDialog>
  );
}
