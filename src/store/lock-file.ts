/**
 * What the content lock says and how to judge it — pure, so the messages
 * and the stale rule are tested without processes. `content-lock.ts` does
 * the file work.
 */

/** The contents of `content/.lock`. */
export interface LockInfo {
  pid: number;
  host: string;
  /** The command line that holds the lock, as a person would type it. */
  command: string;
  /** ISO time the lock was taken. */
  started: string;
}

export function serializeLock(info: LockInfo): string {
  return `${JSON.stringify(info)}\n`;
}

/** The lock's holder, or undefined when the file is not a lock this module wrote. */
export function parseLock(text: string): LockInfo | undefined {
  try {
    const j = JSON.parse(text) as Partial<LockInfo>;
    if (
      typeof j.pid === 'number' &&
      typeof j.host === 'string' &&
      typeof j.command === 'string' &&
      typeof j.started === 'string'
    )
      return { pid: j.pid, host: j.host, command: j.command, started: j.started };
  } catch {
    // fall through: not JSON
  }
  return undefined;
}

/**
 * A lock is stale when its holder was on this host and is gone. A lock from
 * another host (content on a shared disk) is never judged stale: its process
 * cannot be seen from here.
 */
export function isLockStale(
  lock: LockInfo,
  here: { host: string; isAlive: (pid: number) => boolean },
): boolean {
  return lock.host === here.host && !here.isAlive(lock.pid);
}

/** `10:42 UTC on 2026-11-26`, the way the messages name a time. */
function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = d.toISOString();
  return `${s.slice(11, 16)} UTC on ${s.slice(0, 10)}`;
}

/** The error when the lock stays held past the wait: who holds it and what to do. */
export function formatLockHeld(
  lockPath: string,
  lock: LockInfo | undefined,
  here: { host: string },
  waitedMs: number,
): string {
  const waited = `(waited ${Math.round(waitedMs / 1000)} s)`;
  if (!lock)
    return (
      `${lockPath} exists but is not a lock this tool wrote ${waited}. ` +
      `If no import or other content command is running, delete ${lockPath} and try again.`
    );
  const where = lock.host === here.host ? '' : ` on host ${lock.host}`;
  return (
    `another import is running: pid ${lock.pid}${where}, \`${lock.command}\`, since ${formatTime(lock.started)} ${waited}. ` +
    `Wait for it to finish and try again, or, if no such process runs${where ? ` on ${lock.host}` : ''}, ` +
    `delete ${lockPath} and try again.`
  );
}

/** The message when a stale lock is cleared. */
export function formatStaleCleared(lockPath: string, lock: LockInfo): string {
  return (
    `cleared a stale lock ${lockPath}: pid ${lock.pid} (\`${lock.command}\`, since ${formatTime(lock.started)}) ` +
    'no longer runs; it may have been killed mid-change — recovery runs next.'
  );
}
