// The accessibility statement: what works with a keyboard and a screen reader, what is known not
// to, and how to report a problem.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../data/ids';

export function AccessibilityStatement({ lang }: { lang: Lang }) {
  const { t } = useTranslation('download', { lng: lang });
  const id = useId();
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return (
    <div className="accessibility" data-testid="accessibility">
      {(['works', 'known'] as const).map((part) => (
        <section key={part} aria-labelledby={`${id}-${part}`}>
          <h3 id={`${id}-${part}`}>{t(`a11y.${part}Heading`)}</h3>
          <ul>
            {list(`a11y.${part}`).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby={`${id}-report`}>
        <h3 id={`${id}-report`}>{t('a11y.reportHeading')}</h3>
        <p>{t('a11y.report')}</p>
        <p>{t('a11y.standard')}</p>
      </section>
    </div>
  );
}
