/**
 * A change set: every file a command wants to write or delete under
 * `content/`, decided before anything touches the disk. Pure rules only —
 * which paths are allowed, what each change does to what is there now, and
 * how a backup folder is named; `apply-changes.ts` does the disk work.
 */

/** One file under the content root: new bytes, or `null` to delete it. */
export interface Change {
  /** Relative to the content root, POSIX separators: `issues/2018-5-6/issue.yaml`, `pilots.yaml`. */
  path: string;
  content: string | Buffer | null;
  /** Keep a copy of what this change replaces or deletes in the backup folder. */
  backup?: boolean;
}

export type ChangeSet = readonly Change[];

/**
 * Names under the content root that belong to the store, never to content:
 * a change set may not touch them, and the build and `npm run check` never
 * read them (they start with a dot, which neither looks at).
 */
export const STORE_NAMES = {
  lock: '.lock',
  txn: '.txn',
  backups: '.backups',
} as const;

/** What applying one change will do, given what is on disk now. */
export type ChangeKind = 'create' | 'replace' | 'delete' | 'unchanged' | 'absent';

export interface PlannedChange {
  path: string;
  kind: ChangeKind;
  /** A copy of the current file goes to the backup folder (replace/delete with `backup: true`). */
  backup: boolean;
}

/**
 * Problems with a change set that make it unsafe to apply: paths that are
 * absolute, climb out with `..`, use backslashes, point into the store's own
 * folders, or appear twice. Empty when the set is fine.
 */
export function validateChangeSet(changes: ChangeSet): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const reserved = new Set<string>(Object.values(STORE_NAMES));
  for (const c of changes) {
    const p = c.path;
    const parts = p.split('/');
    if (!p || p.startsWith('/') || p.includes('\\') || /^[A-Za-z]:/.test(p))
      problems.push(`${JSON.stringify(p)}: not a relative POSIX path`);
    else if (parts.some((s) => s === '' || s === '.' || s === '..'))
      problems.push(`${JSON.stringify(p)}: empty, "." or ".." segment`);
    else if (reserved.has(parts[0]!))
      problems.push(`${p}: inside the store's own ${parts[0]} (not content)`);
    if (seen.has(p)) problems.push(`${p}: changed twice in one change set`);
    seen.add(p);
  }
  return problems;
}

/**
 * Classifies each change against the current bytes of its file (`undefined`
 * when the file does not exist). Writing identical bytes is `unchanged` and
 * deleting a missing file is `absent`: neither touches the disk.
 */
export function planChanges(
  changes: ChangeSet,
  current: (path: string) => Buffer | undefined,
): PlannedChange[] {
  return changes.map((c) => {
    const now = current(c.path);
    let kind: ChangeKind;
    if (c.content === null) kind = now === undefined ? 'absent' : 'delete';
    else if (now === undefined) kind = 'create';
    else kind = now.equals(toBytes(c.content)) ? 'unchanged' : 'replace';
    const backup = !!c.backup && (kind === 'replace' || kind === 'delete');
    return { path: c.path, kind, backup };
  });
}

/** The bytes a change writes (strings as UTF-8). */
export function toBytes(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/**
 * The backup folder's name: UTC time to the second, then the label made safe
 * for a file name, e.g. `2026-11-26T10-42-03-import-2018-5-6`. Sorted by
 * name, backups are sorted by time.
 */
export function formatBackupName(now: Date, label: string): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const safe = label
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 60);
  return safe ? `${stamp}-${safe}` : stamp;
}
