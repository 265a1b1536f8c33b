import { useTranslation } from 'react-i18next';
import './notice.css';

/** Says, politely, that the online basemap failed and the embedded one is shown. */
export function BasemapNotice({ onDismiss }: { onDismiss(): void }) {
  const { t } = useTranslation('app');
  return (
    <div className="basemap-notice" role="status">
      <p>{t('basemapNotice.text')}</p>
      <button type="button" onClick={onDismiss}>
        {t('basemapNotice.dismiss')}
      </button>
    </div>
  );
}
