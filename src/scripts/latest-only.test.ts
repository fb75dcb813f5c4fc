import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest-only.ts';

describe('latestOnly', () => {
  it('runs one task at a time and, of the calls made meanwhile, only one more', async () => {
    let runs = 0;
    const waiting: (() => void)[] = [];
    const schedule = latestOnly(
      () =>
        new Promise<void>((done) => {
          runs++;
          waiting.push(done);
        }),
    );
    schedule();
    schedule();
    schedule();
    schedule();
    expect(runs).toBe(1);
    waiting.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    waiting.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
  });
});
