/** Runs `task` once the browser has a moment to spare (Safari has no requestIdleCallback). */
export const whenBrowserIdle = (task: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(task);
  else setTimeout(task, 200);
};
