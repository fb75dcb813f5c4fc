/**
 * Typing into a search box: at most one search running and one waiting (the
 * latest text), so results follow each keystroke as fast as they come — no
 * fixed delay, never a queue of stale searches.
 */
export function latestOnly(task: () => Promise<unknown>): () => void {
  let busy = false;
  let again = false;
  const schedule = (): void => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    void task().finally(() => {
      busy = false;
      if (again) {
        again = false;
        schedule();
      }
    });
  };
  return schedule;
}
