/**
 * Brings `content/` back to a consistent state after a command was killed:
 * run by every writing command right after taking the content lock, before
 * it reads anything. Finishes committed transactions, throws away unfinished
 * ones, and clears up after the importer that predates the journal.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chooseBackupDir, rollForward } from './apply-changes.ts';
import { STORE_NAMES } from './change-set.ts';
import { isProcessAlive } from './content-lock.ts';
import { renameDurable, removeEmptyParents, writeFileDurable } from './durable-fs.ts';
import { layoutTxn, parseJournal, txnRoot } from './journal.ts';
import { LEGACY_ROOT_TMP, planLegacyCleanup, type LegacyEntry } from './legacy-leftovers.ts';

export interface RecoveryReport {
  /** One line per action, for the command to print; empty when there was nothing to do. */
  messages: string[];
  /** Backup folder used for leftovers of the old importer (content root joined), if any. */
  backupDir: string | null;
}

/**
 * Recovers `contentRoot` (call under the content lock). Throws only when a
 * journal is unreadable — then nothing is guessed and the error names it.
 */
export function recoverContent(contentRoot: string, options: { now?: Date } = {}): RecoveryReport {
  const now = options.now ?? new Date();
  const messages: string[] = [];
  if (!existsSync(contentRoot)) return { messages, backupDir: null };
  let backupRel: string | null = null;
  const backupTo = (rel: string) => {
    backupRel ??= chooseBackupDir(contentRoot, now, 'recovered');
    return join(contentRoot, backupRel, rel);
  };

  recoverTransactions(contentRoot, messages);

  const issuesDir = join(contentRoot, 'issues');
  if (existsSync(issuesDir)) {
    const entries: LegacyEntry[] = readdirSync(issuesDir).map((name) => {
      const s = lstatSync(join(issuesDir, name));
      return { name, isDirectory: s.isDirectory(), mtimeMs: s.mtimeMs };
    });
    for (const a of planLegacyCleanup(entries)) {
      const from = join(issuesDir, a.name);
      const issue = join(issuesDir, a.issue);
      if (a.kind === 'remove') {
        rmSync(from, { recursive: true, force: true });
        messages.push(
          `removed ${from}: an unfinished import of ${a.issue} (killed while writing); ${existsSync(issue) ? `${issue} is as it was` : 'it had not been imported before'}`,
        );
      } else if (a.kind === 'restore') {
        renameDurable(from, issue);
        messages.push(
          `restored ${issue} from ${a.name}: an import was killed after moving it aside and before putting the new one in`,
        );
      } else {
        const to = backupTo(`issues/${a.name.slice(1)}`);
        renameDurable(from, to);
        const marked = markManifestInterrupted(join(issue, 'import.json'));
        messages.push(
          `moved ${from} (the version before an interrupted import) to ${to}` +
            (marked
              ? `; that import may have stopped before updating pilots.yaml and redirects.yaml, so ${join(issue, 'import.json')} is marked to make the next import of its seed run again`
              : ''),
        );
      }
    }
  }

  for (const name of LEGACY_ROOT_TMP) {
    const from = join(contentRoot, name);
    if (!existsSync(from)) continue;
    const to = backupTo(name);
    renameDurable(from, to);
    messages.push(
      `moved ${from} (left by an import killed while writing it) to ${to}; ${join(contentRoot, name.replace(/\.tmp$/, ''))} is as it was`,
    );
  }

  clearDeadLockFiles(contentRoot);
  return { messages, backupDir: backupRel && join(contentRoot, backupRel) };
}

function recoverTransactions(contentRoot: string, messages: string[]): void {
  const root = txnRoot(contentRoot);
  if (!existsSync(root)) return;
  for (const id of readdirSync(root).sort()) {
    const txn = layoutTxn(contentRoot, id);
    if (!statSync(txn.dir).isDirectory()) {
      rmSync(txn.dir, { force: true });
      continue;
    }
    if (existsSync(txn.journal)) {
      let journal;
      try {
        journal = parseJournal(readFileSync(txn.journal, 'utf8'));
      } catch (e) {
        throw new Error(
          `${txn.journal}: ${(e as Error).message}. Content may be half-changed; inspect ${txn.dir} by hand (its new/ folder holds the files still to move into place).`,
        );
      }
      rollForward(contentRoot, txn, journal);
      messages.push(
        `finished a change interrupted at ${journal.created}: ${journal.writes.length} file(s) written, ${journal.deletes.length} deleted` +
          (journal.backupDir
            ? `; copies of what it replaced are in ${join(contentRoot, journal.backupDir)}`
            : ''),
      );
    } else {
      const staged = hasFiles(txn.dir);
      rmSync(txn.dir, { recursive: true, force: true });
      // An empty folder is a finished change killed while tidying up: nothing to say.
      if (staged)
        messages.push(
          `undid an unfinished change (${id}): it was killed before committing, so content is as it was before it`,
        );
    }
  }
  removeEmptyParents(root, contentRoot);
}

function hasFiles(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some(
    (d) => !d.isDirectory() || hasFiles(join(dir, d.name)),
  );
}

/**
 * Makes the next import of this issue's seed run instead of reporting
 * "unchanged": the old importer wrote import.json before pilots.yaml, so a
 * kill in between left a pilot out that no re-import would add.
 */
function markManifestInterrupted(manifestPath: string): boolean {
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    if (typeof m.seedSha256 !== 'string') return false;
    m.seedSha256 = 'interrupted';
    const tmp = `${manifestPath}.tmp`;
    writeFileDurable(tmp, Buffer.from(`${JSON.stringify(m, null, 2)}\n`));
    renameDurable(tmp, manifestPath);
    return true;
  } catch {
    return false;
  }
}

/** A waiting process's private lock file, or a stale lock moved aside, whose process is gone. */
function clearDeadLockFiles(contentRoot: string): void {
  const pattern = new RegExp(
    `^${STORE_NAMES.lock.replace('.', '\\.')}\\.(?:(\\d+)\\.tmp|stale-(\\d+))$`,
  );
  for (const name of readdirSync(contentRoot)) {
    const m = pattern.exec(name);
    if (m && !isProcessAlive(Number(m[1] ?? m[2])))
      rmSync(join(contentRoot, name), { force: true });
  }
}
