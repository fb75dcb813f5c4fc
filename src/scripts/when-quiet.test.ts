import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-quiet.ts';

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once calls have paused, once for a burst', () => {
    const task = vi.fn();
    const q = whenQuiet(task, 300);
    q.schedule();
    vi.advanceTimersByTime(200);
    q.schedule();
    vi.advanceTimersByTime(200);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs a waiting task at once on flush, and nothing when none waits', () => {
    const task = vi.fn();
    const q = whenQuiet(task, 300);
    q.flush();
    expect(task).not.toHaveBeenCalled();
    q.schedule();
    q.flush();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('drops a waiting task on cancel', () => {
    const task = vi.fn();
    const q = whenQuiet(task, 300);
    q.schedule();
    q.cancel();
    vi.advanceTimersByTime(1000);
    q.flush();
    expect(task).not.toHaveBeenCalled();
  });
});
