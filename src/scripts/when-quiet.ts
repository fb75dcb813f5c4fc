/**
 * A task that waits until calls pause: `schedule` (re)starts the wait,
 * `flush` runs a waiting task now, `cancel` drops it. The search page writes
 * the URL this way while the reader types.
 */
export interface QuietTask {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

export function whenQuiet(task: () => void, ms: number): QuietTask {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    schedule() {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        task();
      }, ms);
    },
    flush() {
      if (timer === undefined) return;
      cancel();
      task();
    },
    cancel,
  };
}
