import { useId, type ReactNode } from 'react';
import type { IslandId, Lang, Side } from '../data/schema';

/** What every section of the island panel is given: the island, the column order, the language. */
export interface IslandSectionProps {
  island: IslandId;
  sides: Side[];
  lang: Lang;
}

/** A panel section: a level-3 heading screen readers can jump to, and its content. */
export function Section({
  title,
  name,
  children,
}: {
  title: ReactNode;
  /** Stable name for styles and tests. */
  name: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`panel-section section-${name}`} aria-labelledby={id} data-section={name}>
      <h3 id={id} tabIndex={-1}>
        {title}
      </h3>
      {children}
    </section>
  );
}
