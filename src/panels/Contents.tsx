import { useTranslation } from 'react-i18next';

/**
 * Buttons that move to each section of a long panel. Buttons, not links: the URL hash belongs to
 * the map's state.
 */
export function Contents({ sections }: { sections: string[] }) {
  const { t } = useTranslation('panels');
  const go = (button: HTMLElement, name: string) => {
    const heading = button
      .closest('.panel-body')
      ?.querySelector<HTMLElement>(`[data-section="${name}"] h3`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="panel-contents" aria-label={t('contents')}>
      <ul>
        {sections.map((name) => (
          <li key={name}>
            <button type="button" onClick={(event) => go(event.currentTarget, name)}>
              {t(`section.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
