/**
 * The one way a command changes content: lock → recover → read → plan →
 * apply → release. Reading inside the lock is what keeps two imports from
 * losing each other's pilots: each plans from the other's finished result.
 */
import { acquireContentLock, type LockOptions } from './content-lock.ts';
import { recoverContent } from './recover-content.ts';

export interface LockedSession {
  /** What the command should print before its own output: stale lock cleared, recovery done. */
  messages: string[];
}

/**
 * Runs `work` holding the content lock, after recovering from any earlier
 * crash; releases the lock however `work` ends (return, throw, exit, signal).
 */
export async function withContentLock<T>(
  contentRoot: string,
  options: LockOptions,
  work: (session: LockedSession) => T | Promise<T>,
): Promise<T> {
  const lock = await acquireContentLock(contentRoot, options);
  try {
    const recovered = recoverContent(contentRoot);
    return await work({ messages: [...lock.messages, ...recovered.messages] });
  } finally {
    lock.release();
  }
}
