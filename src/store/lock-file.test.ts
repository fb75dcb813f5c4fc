import { describe, expect, it } from 'vitest';
import {
  formatLockHeld,
  formatStaleCleared,
  isLockStale,
  parseLock,
  serializeLock,
  type LockInfo,
} from './lock-file.ts';

const lock: LockInfo = {
  pid: 1234,
  host: 'archive-pc',
  command: 'npm run import -- seeds/2018-3-4.txt',
  started: '2026-11-26T10:42:03.000Z',
};

describe('lock file', () => {
  it('round-trips, and refuses what it did not write', () => {
    expect(parseLock(serializeLock(lock))).toEqual(lock);
    expect(parseLock('')).toBeUndefined();
    expect(parseLock('{"pid":"1234"}')).toBeUndefined();
  });

  it('is stale only when its process is gone on this host', () => {
    const dead = () => false;
    const alive = () => true;
    expect(isLockStale(lock, { host: 'archive-pc', isAlive: dead })).toBe(true);
    expect(isLockStale(lock, { host: 'archive-pc', isAlive: alive })).toBe(false);
    // Another machine's process cannot be seen from here: never cleared.
    expect(isLockStale(lock, { host: 'laptop', isAlive: dead })).toBe(false);
  });

  it('tells who holds it, since when, and what to do', () => {
    const msg = formatLockHeld('content/.lock', lock, { host: 'archive-pc' }, 30_000);
    expect(msg).toBe(
      'another import is running: pid 1234, `npm run import -- seeds/2018-3-4.txt`, since 10:42 UTC on 2026-11-26 (waited 30 s). ' +
        'Wait for it to finish and try again, or, if no such process runs, delete content/.lock and try again.',
    );
    expect(formatLockHeld('content/.lock', lock, { host: 'laptop' }, 0)).toContain(
      'pid 1234 on host archive-pc',
    );
    expect(formatLockHeld('content/.lock', undefined, { host: 'x' }, 0)).toContain(
      'not a lock this tool wrote',
    );
  });

  it('says which dead process a cleared lock belonged to', () => {
    expect(formatStaleCleared('content/.lock', lock)).toMatch(
      /^cleared a stale lock content\/\.lock: pid 1234 \(`npm run import -- seeds\/2018-3-4.txt`, since 10:42 UTC on 2026-11-26\) no longer runs/,
    );
  });
});
