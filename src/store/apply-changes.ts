/**
 * Applies a change set to `content/` all or nothing, surviving `kill -9` and
 * power loss at any point:
 *
 * 1. stage every new file under `content/.txn/<id>/new/` and copy every file
 *    to be replaced or deleted (when its change asks for a backup) under
 *    `.txn/<id>/old/`, each fsynced;
 * 2. write the journal (`journal.json.tmp`, fsync, rename): the commit point;
 * 3. roll forward: move the copies to `content/.backups/<time>-<label>/`,
 *    rename staged files into place, delete deleted ones, then remove the
 *    journal and the staging folder.
 *
 * Every step of 3 can be repeated, so `recoverContent` finishes a transaction
 * whose journal exists and throws away one whose journal does not. Callers
 * hold the content lock (`content-lock.ts`) for the whole read → plan → apply.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  formatBackupName,
  planChanges,
  STORE_NAMES,
  toBytes,
  validateChangeSet,
  type ChangeSet,
  type PlannedChange,
} from './change-set.ts';
import {
  fsyncDir,
  readIfExists,
  removeEmptyParents,
  renameDurable,
  writeFileDurable,
} from './durable-fs.ts';
import {
  layoutTxn,
  makeTxnId,
  serializeJournal,
  txnRoot,
  type Journal,
  type TxnLayout,
} from './journal.ts';

export interface ApplyOptions {
  /** Names the backup folder, e.g. `import-2018-5-6`. */
  backupLabel: string;
  /** The transaction's time (backup folder name, journal); defaults to now. */
  now?: Date;
  /**
   * Called after each step that changes the disk (`stage <path>`, `copy <path>`,
   * `commit`, `backup`, `place <path>`, `delete <path>`, `journal-removed`,
   * `done`). For tests that kill the process between steps; unused otherwise.
   */
  onStep?: (step: string) => void;
}

export interface ApplyResult {
  /** Files created or replaced, relative to the content root. */
  written: string[];
  /** Files deleted. */
  deleted: string[];
  /** Changes with nothing to do: same bytes already there, or deleting a missing file. */
  unchanged: string[];
  /** The backup folder (content root joined), or null when nothing was backed up. */
  backupDir: string | null;
  /** Every change as classified before applying. */
  plan: PlannedChange[];
}

/**
 * Applies `changes` (paths relative to `contentRoot`). Throws before touching
 * the disk when the change set is invalid; if it throws later (disk full …),
 * content is unchanged unless the journal was written, in which case
 * `recoverContent` finishes the job.
 */
export function applyChanges(
  contentRoot: string,
  changes: ChangeSet,
  options: ApplyOptions,
): ApplyResult {
  const problems = validateChangeSet(changes);
  if (problems.length) throw new Error(`invalid change set:\n  ${problems.join('\n  ')}`);
  const now = options.now ?? new Date();
  const step = options.onStep ?? (() => {});
  const plan = planChanges(changes, (p) => readIfExists(join(contentRoot, p)));
  const byPath = new Map(changes.map((c) => [c.path, c]));
  const writes = plan.filter((p) => p.kind === 'create' || p.kind === 'replace').map((p) => p.path);
  const deletes = plan.filter((p) => p.kind === 'delete').map((p) => p.path);
  const backups = plan.filter((p) => p.backup).map((p) => p.path);
  const result: ApplyResult = {
    written: writes,
    deleted: deletes,
    unchanged: plan.filter((p) => p.kind === 'unchanged' || p.kind === 'absent').map((p) => p.path),
    backupDir: null,
    plan,
  };
  if (!writes.length && !deletes.length) return result;

  const id = makeTxnId(now, process.pid, randomBytes(4).toString('hex'));
  const txn = layoutTxn(contentRoot, id);
  const journal: Journal = {
    version: 1,
    id,
    created: now.toISOString(),
    backupDir: backups.length ? chooseBackupDir(contentRoot, now, options.backupLabel) : null,
    writes,
    deletes,
  };
  try {
    for (const p of writes) {
      writeFileDurable(join(txn.staged, p), toBytes(byPath.get(p)!.content!));
      step(`stage ${p}`);
    }
    for (const p of backups) {
      writeFileDurable(join(txn.copies, p), readFileSync(join(contentRoot, p)));
      step(`copy ${p}`);
    }
    writeFileDurable(txn.journalTmp, Buffer.from(serializeJournal(journal)));
    renameDurable(txn.journalTmp, txn.journal);
  } catch (e) {
    // Not committed (content untouched so far): leave no staging behind.
    rmSync(txn.dir, { recursive: true, force: true });
    removeEmptyParents(txnRoot(contentRoot), contentRoot);
    throw e;
  }
  step('commit');
  try {
    rollForward(contentRoot, txn, journal, step);
  } catch (e) {
    throw new Error(
      `${(e as Error).message}\nThe change was committed but not finished; the next writing command finishes it (recoverContent), or remove the cause and run it again.`,
      { cause: e },
    );
  }
  result.backupDir = journal.backupDir && join(contentRoot, journal.backupDir);
  return result;
}

/**
 * Finishes a committed transaction; safe to repeat after a crash at any
 * point (a staged file already moved, a file already deleted, copies already
 * moved are simply done).
 */
export function rollForward(
  contentRoot: string,
  txn: TxnLayout,
  journal: Journal,
  step: (s: string) => void = () => {},
): void {
  if (journal.backupDir && existsSync(txn.copies)) {
    renameDurable(txn.copies, join(contentRoot, journal.backupDir));
    step('backup');
  }
  for (const p of journal.writes) {
    const staged = join(txn.staged, p);
    if (!existsSync(staged)) continue;
    renameDurable(staged, join(contentRoot, p));
    step(`place ${p}`);
  }
  for (const p of journal.deletes) {
    const target = join(contentRoot, p);
    if (!existsSync(target)) continue;
    unlinkSync(target);
    fsyncDir(dirname(target));
    removeEmptyParents(dirname(target), contentRoot);
    step(`delete ${p}`);
  }
  // Staging (now empty folders) goes before the journal, so that a folder
  // without a journal that still holds files is always an uncommitted one.
  rmSync(txn.staged, { recursive: true, force: true });
  if (existsSync(txn.journal)) {
    unlinkSync(txn.journal);
    fsyncDir(txn.dir);
    step('journal-removed');
  }
  rmSync(txn.dir, { recursive: true, force: true });
  removeEmptyParents(txnRoot(contentRoot), contentRoot);
  step('done');
}

/** A free backup folder, relative to the content root: `.backups/<time>-<label>`, with `-2`, `-3` … if a backup of the same second and label exists. */
export function chooseBackupDir(contentRoot: string, now: Date, label: string): string {
  const name = formatBackupName(now, label);
  for (let n = 1; ; n++) {
    const rel = `${STORE_NAMES.backups}/${n === 1 ? name : `${name}-${n}`}`;
    if (!existsSync(join(contentRoot, rel))) return rel;
  }
}
