/**
 * A child process for the content store's tests, run with Node's own
 * TypeScript support: `node tests/support/store-child.ts <mode> <content> …`.
 *
 * - `apply <content> <changes.json> <killAfter>`: applies the change set and
 *   SIGKILLs itself right after step number `killAfter` (1-based; 0 = never),
 *   printing each step name first.
 * - `add-pilot <content> <id>`: the pattern every writing command follows —
 *   lock → recover → read pilots.yaml → add one → apply → release
 *   (`withContentLock`).
 * - `hold <content> <command>`: takes the lock, says `locked`, and keeps it
 *   until stdin closes or it is killed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges } from '../../src/store/apply-changes.ts';
import { acquireContentLock } from '../../src/store/content-lock.ts';
import { withContentLock } from '../../src/store/with-content-lock.ts';
import type { Change } from '../../src/store/change-set.ts';

const [mode, content, ...rest] = process.argv.slice(2);
if (!content) throw new Error('usage: store-child.ts <mode> <content> …');

if (mode === 'apply') {
  const raw = JSON.parse(readFileSync(rest[0]!, 'utf8')) as {
    path: string;
    content: string | null;
    backup?: boolean;
  }[];
  const changes: Change[] = raw.map((c) => ({
    path: c.path,
    content: c.content === null ? null : Buffer.from(c.content, 'base64'),
    ...(c.backup ? { backup: true } : {}),
  }));
  const killAfter = Number(rest[1] ?? 0);
  let n = 0;
  applyChanges(content, changes, {
    backupLabel: 'crash-test',
    now: new Date('2026-11-26T10:42:03Z'),
    onStep: (step) => {
      process.stdout.write(`${step}\n`);
      if (++n === killAfter) process.kill(process.pid, 'SIGKILL');
    },
  });
} else if (mode === 'add-pilot') {
  const id = rest[0]!;
  await withContentLock(
    content,
    { command: `add-pilot ${id}`, waitMs: 60_000, pollMs: 10 },
    async () => {
      const before = readFileSync(join(content, 'pilots.yaml'), 'utf8');
      // Widen the window in which a writer without the lock would lose another's entry.
      await new Promise((r) => setTimeout(r, 50));
      applyChanges(
        content,
        [{ path: 'pilots.yaml', content: `${before}- id: ${id}\n`, backup: true }],
        { backupLabel: `add-${id}` },
      );
    },
  );
} else if (mode === 'hold') {
  await acquireContentLock(content, { command: rest[0] ?? 'hold' });
  process.stdout.write('locked\n');
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
} else {
  throw new Error(`unknown mode ${mode}`);
}
