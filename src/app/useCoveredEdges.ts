import { useEffect, useState, type RefObject } from 'react';
import type { Insets } from '../map/types';
import { sameInsets } from '../map/parts/camera';

type Edge = keyof Insets;

/**
 * The controls over the map and the edge each stands on: the page's own say so
 * (`data-covers="top"`, …); MapLibre's zoom buttons stand at the top right.
 */
const CONTROLS = '[data-covers], .maplibregl-ctrl-top-right';
const edgeOf = (element: HTMLElement) => (element.dataset.covers ?? 'right') as Edge;

/**
 * How far the page's controls reach in over the map from each edge, measured again whenever one
 * of them changes size, comes or goes (lazy parts of the page come without a render of the
 * page), so that the map frames what it shows in the part left free.
 */
export function useCoveredEdges(app: RefObject<HTMLElement | null>): Insets | null {
  const [insets, setInsets] = useState<Insets | null>(null);
  useEffect(() => {
    const root = app.current;
    if (!root) return;
    const measure = () => setInsets((last) => sameOrNew(last, measureEdges(root)));
    const sizes = new ResizeObserver(measure);
    let observed = new Set<Element>();
    const rescan = () => {
      const controls = new Set(root.querySelectorAll(CONTROLS));
      for (const element of controls) if (!observed.has(element)) sizes.observe(element);
      for (const element of observed) if (!controls.has(element)) sizes.unobserve(element);
      observed = controls;
      measure();
    };
    const changes = new MutationObserver(rescan);
    changes.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'data-covers'],
    });
    window.addEventListener('resize', measure);
    rescan();
    return () => {
      sizes.disconnect();
      changes.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [app]);
  return insets;
}

function measureEdges(root: HTMLElement): Insets {
  const area = root.getBoundingClientRect();
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const element of root.querySelectorAll<HTMLElement>(CONTROLS)) {
    const edge = edgeOf(element);
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const reach = {
      top: box.bottom - area.top,
      bottom: area.bottom - box.top,
      left: box.right - area.left,
      right: area.right - box.left,
    }[edge];
    insets[edge] = Math.max(insets[edge], Math.round(reach));
  }
  return insets;
}

/** The last insets when the new ones are the same: no new state, no render. */
const sameOrNew = (last: Insets | null, next: Insets) => (sameInsets(last, next) ? last : next);
