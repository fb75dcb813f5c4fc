/**
 * One writer at a time on `content/`: an exclusive lock file `content/.lock`
 * holding who took it (pid, host, command, time). Created atomically whole
 * (written to a private file, then hard-linked to `.lock`, which fails if it
 * exists), so a reader never sees a half-written lock.
 */
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { STORE_NAMES } from './change-set.ts';
import { fsyncDir, readIfExists, writeFileDurable } from './durable-fs.ts';
import {
  formatLockHeld,
  formatStaleCleared,
  isLockStale,
  parseLock,
  serializeLock,
  type LockInfo,
} from './lock-file.ts';

export interface LockOptions {
  /** The command as the archivist typed it, shown to anyone who finds the lock held. */
  command: string;
  /** How long to wait for another holder to finish before failing (default 0). */
  waitMs?: number;
  /** How often to look again while waiting (default 200 ms). */
  pollMs?: number;
}

export interface ContentLock {
  /** Removes the lock if it is still ours; safe to call twice. Also runs on exit, SIGINT, SIGTERM. */
  release(): void;
  /** What happened on the way in (a stale lock cleared), for the command to print. */
  messages: string[];
  /** Where the lock file is. */
  path: string;
}

/**
 * Takes the content lock, waiting up to `waitMs` for a live holder; clears a
 * stale lock (its process gone on this host) and says so in `messages`.
 * Throws an Error naming the holder and what to do when the wait runs out.
 */
export async function acquireContentLock(
  contentRoot: string,
  options: LockOptions,
): Promise<ContentLock> {
  const lockPath = join(contentRoot, STORE_NAMES.lock);
  const here = { host: hostname(), isAlive: isProcessAlive };
  const info: LockInfo = {
    pid: process.pid,
    host: here.host,
    command: options.command,
    started: new Date().toISOString(),
  };
  const text = serializeLock(info);
  const messages: string[] = [];
  const waitMs = options.waitMs ?? 0;
  const pollMs = options.pollMs ?? 200;
  const begun = Date.now();
  mkdirSync(contentRoot, { recursive: true });
  const mine = `${lockPath}.${process.pid}.tmp`;
  writeFileDurable(mine, Buffer.from(text));
  try {
    for (;;) {
      if (tryCreate(mine, lockPath, text)) break;
      const found = readIfExists(lockPath)?.toString('utf8');
      if (found === undefined) continue; // released between our two looks
      const held = parseLock(found);
      if (held && isLockStale(held, here)) {
        if (clearStale(lockPath, found)) messages.push(formatStaleCleared(lockPath, held));
        continue;
      }
      const waited = Date.now() - begun;
      if (waited >= waitMs) throw new Error(formatLockHeld(lockPath, held, here, waited));
      await sleep(Math.min(pollMs, waitMs - waited));
    }
  } finally {
    rmSync(mine, { force: true });
  }
  fsyncDir(contentRoot);
  return { release: holdUntilExit(lockPath, text), messages, path: lockPath };
}

/** Whether a process with this pid runs on this host (EPERM: it runs, as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the lock from our private file; false when someone holds it. */
function tryCreate(mine: string, lockPath: string, text: string): boolean {
  try {
    linkSync(mine, lockPath);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
  }
  // File systems without hard links: exclusive create, then write.
  try {
    writeFileSync(lockPath, text, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/**
 * Removes a stale lock, unless another process replaced it since we read it:
 * move it aside, and only delete it if it is the one judged stale.
 */
function clearStale(lockPath: string, judged: string): boolean {
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    renameSync(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  const moved = readIfExists(aside)?.toString('utf8');
  if (moved !== judged) {
    // A live lock taken in between: put it back (fails only if yet another took .lock).
    try {
      linkSync(aside, lockPath);
    } catch {
      // the newest holder keeps .lock
    }
    rmSync(aside, { force: true });
    return false;
  }
  rmSync(aside, { force: true });
  return true;
}

/** Releases on normal exit and on SIGINT/SIGTERM (then exits as the signal would). */
function holdUntilExit(lockPath: string, text: string): () => void {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (readIfExists(lockPath)?.toString('utf8') === text) rmSync(lockPath, { force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  process.on('exit', release);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return release;
}
