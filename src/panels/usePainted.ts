import { useEffect, useState } from 'react';

/**
 * False until the frame after the component first mounts has been painted: what is rendered on
 * `true` never delays that first paint (a task queued from an animation frame runs after it).
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
