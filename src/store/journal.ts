/**
 * The journal of one content transaction: written (fsync, then rename) once
 * every new file is staged and every backup copied. Its presence is the
 * commit point — with it, recovery finishes the transaction; without it,
 * recovery throws the staging away. Pure: layout and (de)serialisation.
 */
import { join } from 'node:path';
import { STORE_NAMES } from './change-set.ts';

export interface Journal {
  version: 1;
  /** Folder name under `content/.txn/`. */
  id: string;
  /** ISO time the transaction began. */
  created: string;
  /** Where backup copies go, relative to the content root (`.backups/<name>`); null when none. */
  backupDir: string | null;
  /** Files to move from staging into place, relative to the content root. */
  writes: string[];
  /** Files to delete, relative to the content root. */
  deletes: string[];
}

/** Where one transaction keeps its staged files, backup copies and journal. */
export interface TxnLayout {
  dir: string;
  /** New files, at the same relative paths as their targets. */
  staged: string;
  /** Copies of replaced and deleted files, moved whole to the backup folder on commit. */
  copies: string;
  journal: string;
  journalTmp: string;
}

export function txnRoot(contentRoot: string): string {
  return join(contentRoot, STORE_NAMES.txn);
}

export function layoutTxn(contentRoot: string, id: string): TxnLayout {
  const dir = join(txnRoot(contentRoot), id);
  return {
    dir,
    staged: join(dir, 'new'),
    copies: join(dir, 'old'),
    journal: join(dir, 'journal.json'),
    journalTmp: join(dir, 'journal.json.tmp'),
  };
}

/**
 * A transaction id that sorts by time and cannot collide between processes:
 * `20261126T104203Z-<pid>-<random>`.
 */
export function makeTxnId(now: Date, pid: number, random: string): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '');
  return `${stamp}Z-${pid}-${random}`;
}

export function serializeJournal(j: Journal): string {
  return `${JSON.stringify(j, null, 2)}\n`;
}

/** Parses a journal, or throws saying what is wrong (a journal is never half-written: it is renamed into place). */
export function parseJournal(text: string): Journal {
  const j = JSON.parse(text) as Partial<Journal>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (
    j.version !== 1 ||
    typeof j.id !== 'string' ||
    typeof j.created !== 'string' ||
    !(j.backupDir === null || typeof j.backupDir === 'string') ||
    !strings(j.writes) ||
    !strings(j.deletes)
  )
    throw new Error('not a content journal (version 1)');
  return j as Journal;
}
