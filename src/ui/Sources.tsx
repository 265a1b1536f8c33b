import { useTranslation } from 'react-i18next';
import { sourceById } from '../data/dispute';

/** Links to the sources of a statement, by title; each opens in a new tab. A panel's "Cite"
 * gathers the sources it shows by their `data-source-id`. */
export function Sources({ ids, label }: { ids: readonly string[]; label?: string }) {
  const { t } = useTranslation('panels');
  const sources = [...new Set(ids)].map((id) => sourceById(id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  const newTab = ` ${t('newTab')}`;
  return (
    <span className="sources">
      <span className="sources-label">{label ?? t('sources')}</span>{' '}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <a
            href={source.links[0].url}
            hrefLang={source.links[0].lang}
            target="_blank"
            rel="noopener noreferrer"
            lang="en"
            title={source.publisher}
            data-source-id={source.id}
          >
            {source.title}
          </a>
          <span className="visually-hidden">{newTab}</span>
        </span>
      ))}
    </span>
  );
}
