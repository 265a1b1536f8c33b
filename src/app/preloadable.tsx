import { lazy, useState, type ComponentType } from 'react';

/**
 * A component whose code is loaded on demand, like React.lazy, with a `preload` to fetch it ahead.
 * Once preloaded it renders at once: React.lazy would still suspend on its first render and finish
 * it later in slices, a few hundred milliseconds on a slow machine.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): [ComponentType<P>, () => Promise<unknown>] {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  function Preloadable(props: P) {
    // One kind per instance: switching from Lazy to the loaded component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return [Preloadable, preload];
}
