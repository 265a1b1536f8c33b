import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MapController } from './controller';
import { currentPageMap, setPageMap, startMap, takeFirstMap } from './startMap';
import type { MapEvent, MapInput, MapSetup } from './types';

interface MapViewProps {
  /** Everything the map shows (viewOptions.ts, mapInputFor). */
  input: MapInput;
  /** Read once, when the map starts. */
  setup: MapSetup;
  /** The map's events; `unavailable` also when it cannot start at all. */
  onEvent(event: MapEvent): void;
}

/**
 * Puts the map (started ahead by main.ts, or here) in the page once, hands it each new input and
 * passes its events on. The only React code that speaks to the map. With `setup.follower`, the
 * second map of the comparison: started here, following the page's map.
 */
export function MapView({ input, setup, onEvent }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef({ input, setup, onEvent });
  useEffect(() => {
    latest.current = { input, setup, onEvent };
  });

  // Before the page is first painted: a map that is idle already is ready a paint sooner.
  useLayoutEffect(() => {
    const { follower } = latest.current.setup;
    const started =
      (follower ? null : takeFirstMap()) ?? startMap(latest.current.input, latest.current.setup);
    container.current!.append(started.element);
    const instance = started.controller;
    if (!instance) {
      latest.current.onEvent({ type: 'unavailable', origin: 'map', reason: 'no-webgl' });
      return () => started.element.remove();
    }
    controller.current = instance;
    const leader = follower ? currentPageMap() : null;
    const unfollow = leader ? instance.follow(leader) : () => undefined;
    if (!follower) setPageMap(instance);
    const stop = instance.subscribe((event) => {
      if (event.type === 'drawn' && !follower)
        document.documentElement.setAttribute('data-map-ready', 'true');
      latest.current.onEvent(event);
    });
    return () => {
      stop();
      unfollow();
      if (!follower) setPageMap(null);
      instance.destroy();
      started.element.remove();
      controller.current = null;
    };
  }, []);

  useEffect(() => controller.current?.update(input), [input]);

  return <div ref={container} className="map" data-testid={setup.follower ? undefined : 'map'} />;
}
