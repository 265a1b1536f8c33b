// A panel's "Cite" (an island's, a venue's, a tour chapter's): the view with the panel open, and
// every source the panel shows, in the formats of the share dialog's citation.
import { useState } from 'react';
import { sourceById } from '../data/dispute';
import { readViewState } from '../state/currentView';
import { linkToView } from '../state/link';
import type { ViewState } from '../state/url';
import { Citation } from './Citation';
import type { CitedSource } from './citation';

/** The panel's sources in the order it shows them, each once. */
function sourcesShownIn(panel: Element | null): CitedSource[] {
  const links = panel?.querySelectorAll<HTMLElement>('a[data-source-id]') ?? [];
  const ids = new Set([...links].map((link) => link.dataset.sourceId!));
  return [...ids].flatMap((id) => {
    const source = sourceById(id);
    return source
      ? [{ id, title: source.title, publisher: source.publisher, url: source.links[0].url }]
      : [];
  });
}

interface PanelCitationProps {
  /** What the folded box says, in the panel's words. */
  label: string;
  /** The panel's part whose sources are cited: the closest element it matches. */
  within: string;
}

export function PanelCitation({ label, within }: PanelCitationProps) {
  // The sources, read when the reader opens "Cite"; null while it is closed.
  const [sources, setSources] = useState<CitedSource[] | null>(null);
  // The view is read from the address at each render: the panel renders again with each change
  // of the view (the language, the perspective, the year). The citation links to the full map,
  // also from an embedded one.
  const view: ViewState | null = sources && { ...readViewState(), embed: false, lock: false };
  return (
    <details
      className="panel-cite"
      onToggle={(event) => {
        const box = event.currentTarget;
        setSources(box.open ? sourcesShownIn(box.closest(within)) : null);
      }}
    >
      <summary>{label}</summary>
      {view && sources && <Citation view={view} link={linkToView(view)} sources={sources} />}
    </details>
  );
}
