// Tells the host page, when framed, the height the map would like: once ready, then whenever it
// changes (the frame's width, a panel opening or closing), debounced.
import { useEffect, useRef, type RefObject } from 'react';
import type { HostLink } from './host';
import { preferredHeight } from './resize';

const DEBOUNCE_MS = 150;
/** Width changes below a scroll bar's are left out: a host whose scroll bar comes and goes with
 * the frame's height would otherwise change the width, and so the height, back and forth. */
const WIDTH_SLACK = 24;

export function usePreferredHeight(
  host: RefObject<HostLink | null>,
  active: boolean,
  panelOpen: boolean,
): void {
  const ratio = useRef<number | null>(null);
  const sent = useRef<{ width: number; height: number } | null>(null);

  useEffect(() => {
    if (!active) return;
    // The host's own proportions: the frame's shape before it has asked for anything.
    ratio.current ??= window.innerHeight / Math.max(1, window.innerWidth);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      const last = sent.current;
      const width =
        last && Math.abs(window.innerWidth - last.width) < WIDTH_SLACK
          ? last.width
          : window.innerWidth;
      const height = preferredHeight({ width, ratio: ratio.current!, panelOpen });
      if (last?.height === height) return;
      sent.current = { width, height };
      host.current?.post({ type: 'kuril-map:resize', height });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(report, DEBOUNCE_MS);
    };
    schedule();
    window.addEventListener('resize', schedule);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', schedule);
    };
  }, [host, active, panelOpen]);
}
