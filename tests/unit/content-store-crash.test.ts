/**
 * `kill -9` at every step of a content change: the child process applies a
 * change set and SIGKILLs itself right after step k, for every k. Each file
 * of content is then its old or its new version (never half-written), all
 * old before the commit point; and recovery brings content to exactly the
 * state before (not committed) or after (committed), with nothing left over.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyChanges } from '../../src/store/apply-changes.ts';
import type { Change } from '../../src/store/change-set.ts';
import { recoverContent } from '../../src/store/recover-content.ts';
import { contentOnly, show, snapshot, under, writeTree } from '../support/content-snapshot.ts';

const work = mkdtempSync(join(tmpdir(), 'zjgy-store-crash-'));
const NOW = new Date('2026-11-26T10:42:03Z');
const BACKUP = '.backups/2026-11-26T10-42-03-crash-test';

const before = {
  'pilots.yaml': '- id: xihuqu-yunqi\n  name: 云栖小镇总工会\n',
  'redirects.yaml': '[]\n',
  'issues/2018-5-6/issue.yaml': 'label: 2018/5-6\n',
  'issues/2018-5-6/import.json': '{"seedSha256":"a"}\n',
  'issues/2018-5-6/articles/a.mdx': '---\ntitle: 甲\n---\n正文，手改过。\n',
  'issues/2018-5-6/articles/b.mdx': '---\ntitle: 乙\n---\n将被删除。\n',
  'issues/2017-1/issue.yaml': 'label: 2017/1\n',
};
// One import's worth of changes: replace, create, delete (the last file of a
// folder too), with and without backups, text and bytes.
const changes: Change[] = [
  {
    path: 'issues/2018-5-6/issue.yaml',
    content: 'label: 2018/5-6\ndate: 2018-12-10\n',
    backup: true,
  },
  {
    path: 'issues/2018-5-6/articles/a.mdx',
    content: '---\ntitle: 甲\n---\n新正文。\n',
    backup: true,
  },
  { path: 'issues/2018-5-6/articles/b.mdx', content: null, backup: true },
  {
    path: 'issues/2018-5-6/articles/c.mdx',
    content: '---\ntitle: 丙\n---\n新文章。\n',
    backup: true,
  },
  { path: 'issues/2018-5-6/import.json', content: Buffer.from('{"seedSha256":"b"}\n') },
  { path: 'issues/2019-1/issue.yaml', content: 'label: 2019/1\n' },
  { path: 'issues/2017-1/issue.yaml', content: null, backup: true },
  {
    path: 'pilots.yaml',
    content: `${before['pilots.yaml']}- id: new-pilot\n  proposed: true\n`,
    backup: true,
  },
  {
    path: 'redirects.yaml',
    content: '- { from: /issues/2018-5-6/b/, to: /issues/2018-5-6/ }\n',
    backup: true,
  },
];
const backedUp = [
  'issues/2018-5-6/issue.yaml',
  'issues/2018-5-6/articles/a.mdx',
  'issues/2018-5-6/articles/b.mdx',
  'issues/2017-1/issue.yaml',
  'pilots.yaml',
  'redirects.yaml',
];

const fresh = (name: string) => {
  const root = join(work, name);
  writeTree(root, before);
  return root;
};
const pristine = fresh('pristine');
const beforeSnap = snapshot(pristine);

// The reference run, not killed: its steps and its end state.
const steps: string[] = [];
const reference = fresh('reference');
applyChanges(reference, changes, {
  backupLabel: 'crash-test',
  now: NOW,
  onStep: (s) => steps.push(s),
});
const afterSnap = contentOnly(snapshot(reference));
const commitAt = steps.indexOf('commit') + 1;
const journalGoneAt = steps.indexOf('journal-removed') + 1;

const changesFile = join(work, 'changes.json');
writeFileSync(
  changesFile,
  JSON.stringify(
    changes.map((c) => ({
      ...c,
      content: c.content === null ? null : Buffer.from(c.content).toString('base64'),
    })),
  ),
);

// Each test starts a Node process; a loaded machine may need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('applyChanges killed at every step', () => {
  it('the uninterrupted run leaves exactly the new content and a backup of what it replaced', () => {
    // The crash cases below split on these steps: they must be found, in this order, with steps before the commit.
    expect(commitAt).toBeGreaterThan(1);
    expect(journalGoneAt).toBeGreaterThan(commitAt);
    const expected = new Map(Object.entries(before).map(([k, v]) => [k, Buffer.from(v)]));
    for (const c of changes)
      if (c.content === null) expected.delete(c.path);
      else expected.set(c.path, Buffer.from(c.content));
    const files = new Map([...afterSnap].filter(([k]) => !k.endsWith('/')));
    expect(show(files)).toEqual(
      show(new Map([...expected].sort(([a], [b]) => a.localeCompare(b)))),
    );
    // The folder whose last file was deleted is gone; no staging is left.
    expect(existsSync(join(reference, 'issues/2017-1'))).toBe(false);
    expect(existsSync(join(reference, '.txn'))).toBe(false);
    const backup = under(snapshot(reference), BACKUP);
    expect([...backup.keys()].filter((k) => !k.endsWith('/')).sort()).toEqual([...backedUp].sort());
    for (const p of backedUp)
      expect(backup.get(p)?.toString()).toBe(before[p as keyof typeof before]);
    expect(steps[0]).toBe('stage issues/2018-5-6/issue.yaml');
    expect(steps.at(-1)).toBe('done');
    expect(steps.length).toBeGreaterThan(20);
  });

  for (let k = 1; k <= steps.length; k++) {
    it(`after step ${k} (${steps[k - 1]}): old or new per file, then recovered whole`, () => {
      const root = join(work, `kill-${k}`);
      cpSync(pristine, root, { recursive: true });
      const child = spawnSync(
        process.execPath,
        ['tests/support/store-child.ts', 'apply', root, changesFile, String(k)],
        { encoding: 'utf8' },
      );
      expect(child.signal, child.stderr).toBe('SIGKILL');
      expect(child.stdout.trim().split('\n')).toEqual(steps.slice(0, k));

      const crashed = contentOnly(snapshot(root));
      for (const [p, bytes] of crashed) {
        if (p.endsWith('/')) continue;
        const old = beforeSnap.get(p);
        const neu = afterSnap.get(p);
        expect(
          (old && bytes.equals(old)) || (neu && bytes.equals(neu)),
          `${p} is neither its old nor its new version`,
        ).toBe(true);
      }
      // A file there before and after the change is there at every moment in between.
      for (const p of beforeSnap.keys())
        if (!p.endsWith('/') && afterSnap.has(p)) expect(crashed.has(p), `${p} is missing`).toBe(true);
      const committed = k >= commitAt;
      if (!committed) expect(show(crashed)).toEqual(show(beforeSnap));

      const report = recoverContent(root);
      const recovered = snapshot(root);
      expect(show(contentOnly(recovered))).toEqual(show(committed ? afterSnap : beforeSnap));
      // Nothing left over: no staging, no lock; backups only for a committed change.
      expect(
        [...recovered.keys()].filter((p) => p.startsWith('.') && !p.startsWith('.backups')),
      ).toEqual([]);
      if (committed) {
        const backup = under(recovered, BACKUP);
        for (const p of backedUp)
          expect(backup.get(p)?.toString()).toBe(before[p as keyof typeof before]);
      } else expect(existsSync(join(root, '.backups'))).toBe(false);
      // Once the journal is gone the change is complete: recovery only tidies, silently.
      if (k >= journalGoneAt) expect(report.messages).toEqual([]);
      else
        expect(report.messages.join('\n')).toMatch(
          committed ? /^finished a change interrupted/ : /^undid an unfinished change/,
        );
      // Recovery is done once: a second run finds nothing to do.
      expect(recoverContent(root).messages).toEqual([]);
    });
  }
});
