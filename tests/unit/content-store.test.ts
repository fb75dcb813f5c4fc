/**
 * The content store on real folders: backups, the lock between processes,
 * several writers at once, and recovery after the old importer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { applyChanges } from '../../src/store/apply-changes.ts';
import { acquireContentLock } from '../../src/store/content-lock.ts';
import { recoverContent } from '../../src/store/recover-content.ts';
import { serializeLock } from '../../src/store/lock-file.ts';
import { withContentLock } from '../../src/store/with-content-lock.ts';
import { contentOnly, show, snapshot, writeTree } from '../support/content-snapshot.ts';

// Tests start Node processes; a loaded machine may need more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const work = mkdtempSync(join(tmpdir(), 'zjgy-store-'));
let n = 0;
const fresh = (files: Record<string, string | Buffer> = {}) => {
  const root = join(work, `c${++n}`);
  writeTree(root, files);
  return root;
};
const child = (...args: string[]) =>
  spawn(process.execPath, ['tests/support/store-child.ts', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
/** Resolves when the child prints `locked`. */
const locked = async (c: ChildProcess) => {
  let out = '';
  for await (const chunk of c.stdout!) {
    out += chunk;
    if (out.includes('locked\n')) return;
  }
  throw new Error(`child ended without the lock: ${out}`);
};
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('applyChanges', () => {
  // Not valid UTF-8: backups must keep bytes, not text.
  const bytes = Buffer.from([0xe6, 0xb5, 0x99, 0xff, 0x00, 0x0a]);
  const before = {
    'pilots.yaml': '- id: a\n',
    'issues/2018-5-6/articles/x.mdx': bytes,
    'issues/2018-5-6/articles/y.mdx': '乙\n',
  };

  it('keeps a byte-identical copy of every replaced and deleted file that asks for one', () => {
    const root = fresh(before);
    const r = applyChanges(
      root,
      [
        { path: 'pilots.yaml', content: '- id: a\n- id: b\n', backup: true },
        { path: 'issues/2018-5-6/articles/x.mdx', content: null, backup: true },
        { path: 'issues/2018-5-6/articles/y.mdx', content: '乙（改）\n' },
        { path: 'issues/2018-5-6/articles/z.mdx', content: '丙\n', backup: true },
      ],
      { backupLabel: 'import 2018-5-6', now: new Date('2026-11-26T10:42:03Z') },
    );
    expect(r.backupDir).toBe(join(root, '.backups/2026-11-26T10-42-03-import-2018-5-6'));
    expect(r.written).toEqual([
      'pilots.yaml',
      'issues/2018-5-6/articles/y.mdx',
      'issues/2018-5-6/articles/z.mdx',
    ]);
    expect(r.deleted).toEqual(['issues/2018-5-6/articles/x.mdx']);
    const backup = snapshot(r.backupDir!);
    // Only what was destroyed and asked for: y.mdx had no backup flag, z.mdx was new.
    expect(show(backup)).toEqual(
      show(
        new Map([
          ['issues/', Buffer.alloc(0)],
          ['issues/2018-5-6/', Buffer.alloc(0)],
          ['issues/2018-5-6/articles/', Buffer.alloc(0)],
          ['issues/2018-5-6/articles/x.mdx', bytes],
          ['pilots.yaml', Buffer.from(before['pilots.yaml'])],
        ]),
      ),
    );
    expect(readFileSync(join(root, 'pilots.yaml'), 'utf8')).toBe('- id: a\n- id: b\n');
    expect(existsSync(join(root, 'issues/2018-5-6/articles/x.mdx'))).toBe(false);
  });

  it('a second backup in the same second gets its own folder', () => {
    const root = fresh(before);
    const now = new Date('2026-11-26T10:42:03Z');
    const a = applyChanges(root, [{ path: 'pilots.yaml', content: '1\n', backup: true }], {
      backupLabel: 'x',
      now,
    });
    const b = applyChanges(root, [{ path: 'pilots.yaml', content: '2\n', backup: true }], {
      backupLabel: 'x',
      now,
    });
    expect(b.backupDir).toBe(`${a.backupDir}-2`);
    expect(readFileSync(join(b.backupDir!, 'pilots.yaml'), 'utf8')).toBe('1\n');
  });

  it('does nothing for identical bytes or deleting what is not there', () => {
    const root = fresh(before);
    const was = snapshot(root);
    const r = applyChanges(
      root,
      [
        { path: 'pilots.yaml', content: '- id: a\n', backup: true },
        { path: 'redirects.yaml', content: null, backup: true },
      ],
      { backupLabel: 'noop' },
    );
    expect(r).toMatchObject({ written: [], deleted: [], backupDir: null });
    expect(r.unchanged).toEqual(['pilots.yaml', 'redirects.yaml']);
    expect(show(snapshot(root))).toEqual(show(was));
  });

  it('refuses an unsafe change set before touching anything', () => {
    const root = fresh(before);
    const was = snapshot(root);
    expect(() =>
      applyChanges(
        root,
        [
          { path: 'pilots.yaml', content: 'x' },
          { path: '../outside.txt', content: 'x' },
        ],
        { backupLabel: 'bad' },
      ),
    ).toThrow(/invalid change set:\n {2}"\.\.\/outside\.txt"/);
    expect(show(snapshot(root))).toEqual(show(was));
  });
});

describe('the content lock', () => {
  it('clears a lock whose process is gone, and says so', async () => {
    const root = fresh({ 'pilots.yaml': '' });
    const pid = deadPid();
    writeFileSync(
      join(root, '.lock'),
      serializeLock({
        pid,
        host: hostname(),
        command: 'npm run import -- seeds/2018-3-4.txt',
        started: '2026-11-26T10:42:00.000Z',
      }),
    );
    const lock = await acquireContentLock(root, { command: 'test' });
    expect(lock.messages).toEqual([
      expect.stringMatching(
        new RegExp(
          `^cleared a stale lock .*\\.lock: pid ${pid} \\(\`npm run import -- seeds/2018-3-4\\.txt\`, since 10:42 UTC on 2026-11-26\\) no longer runs`,
        ),
      ),
    ]);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      command: 'test',
    });
    lock.release();
    expect(readdirSync(root)).toEqual(['pilots.yaml']);
  });

  it('makes a second writer wait, then fail naming the holder — or go on once it is released', async () => {
    const root = fresh({ 'pilots.yaml': '' });
    const holder = child('hold', root, 'npm run import -- seeds/x.txt');
    await locked(holder);
    await expect(
      acquireContentLock(root, { command: 'second', waitMs: 300, pollMs: 20 }),
    ).rejects.toThrow(
      new RegExp(
        `^another import is running: pid ${holder.pid}, \`npm run import -- seeds/x\\.txt\`, since \\d\\d:\\d\\d UTC on \\d{4}-\\d\\d-\\d\\d \\(waited 0 s\\)\\. Wait for it to finish and try again, or, if no such process runs, delete .*\\.lock and try again\\.$`,
      ),
    );
    const waiting = acquireContentLock(root, { command: 'third', waitMs: 60_000, pollMs: 20 });
    holder.stdin!.end(); // the holder finishes and exits normally
    const lock = await waiting;
    expect(lock.messages).toEqual([]); // released, not found stale
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ command: 'third' });
    lock.release();
  });

  it('is released when the holder is stopped with SIGTERM or Ctrl-C', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const root = fresh({ 'pilots.yaml': '' });
      const holder = child('hold', root, 'hold');
      await locked(holder);
      holder.kill(signal);
      const [, sig] = await once(holder, 'exit');
      expect(sig).toBe(signal);
      expect(existsSync(join(root, '.lock'))).toBe(false);
    }
  });

  it('survives kill -9 of its holder: the next writer clears it as stale', async () => {
    const root = fresh({ 'pilots.yaml': '' });
    const holder = child('hold', root, 'hold');
    await locked(holder);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    const lock = await acquireContentLock(root, { command: 'next' });
    expect(lock.messages.join('\n')).toContain(`pid ${holder.pid} (\`hold\``);
    lock.release();
  });
});

describe('withContentLock', () => {
  it('recovers before the work, passes on what it did, and releases even when the work fails', async () => {
    const root = fresh({
      'pilots.yaml': '- id: a\n',
      // A writer killed before committing: its staging, and its lock.
      '.txn/20261126T104203Z-1-ab/new/pilots.yaml': '- id: a\n- id: lost\n',
    });
    writeFileSync(
      join(root, '.lock'),
      serializeLock({
        pid: deadPid(),
        host: hostname(),
        command: 'import',
        started: '2026-11-26T10:42:03Z',
      }),
    );
    const failing = withContentLock(root, { command: 'test' }, (session) => {
      expect(session.messages).toEqual([
        expect.stringMatching(/^cleared a stale lock/),
        expect.stringMatching(/^undid an unfinished change \(20261126T104203Z-1-ab\)/),
      ]);
      expect(readFileSync(join(root, 'pilots.yaml'), 'utf8')).toBe('- id: a\n');
      throw new Error('plan failed');
    });
    await expect(failing).rejects.toThrow('plan failed');
    expect(readdirSync(root)).toEqual(['pilots.yaml']);
    const value = await withContentLock(root, { command: 'test' }, (session) => session.messages);
    expect(value).toEqual([]);
  });
});

describe('writers at the same time', () => {
  it('each re-reads pilots.yaml inside the lock, so every writer’s new pilot is kept', async () => {
    const root = fresh({ 'pilots.yaml': '- id: a\n' });
    const ids = ['b', 'c', 'd', 'e'];
    const writers = ids.map((id) => child('add-pilot', root, id));
    const codes = await Promise.all(writers.map(async (w) => (await once(w, 'exit'))[0]));
    expect(codes).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(join(root, 'pilots.yaml'), 'utf8').trim().split('\n').sort();
    expect(lines).toEqual(['- id: a', ...ids.map((id) => `- id: ${id}`)]);
    // Each writer kept a copy of the file it replaced; no lock or staging is left.
    expect(readdirSync(join(root, '.backups'))).toHaveLength(4);
    expect(readdirSync(root).sort()).toEqual(['.backups', 'pilots.yaml']);
  });
});

describe('recovery after the old importer', () => {
  const oldIssue = { 'issue.yaml': 'label: 2018/5-6\n', 'articles/a.mdx': '旧\n' };
  const newIssue = {
    'issue.yaml': 'label: 2018/5-6\n',
    'articles/a.mdx': '新\n',
    'import.json': '{\n  "seed": "seeds/2018-5-6.txt",\n  "seedSha256": "abc"\n}\n',
  };
  const prefixed = (prefix: string, files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([k, v]) => [`${prefix}/${k}`, v]));

  it('restores, removes and backs up the leftovers, saying what it did', () => {
    const root = fresh({
      'pilots.yaml': '- id: a\n',
      'pilots.yaml.tmp': '- id: a\n- id: half',
      // killed after the swap, before removing the old folder (and before pilots.yaml)
      ...prefixed('issues/2018-5-6', newIssue),
      ...prefixed('issues/.2018-5-6.old-41', oldIssue),
      // killed between moving the old folder away and moving the new one in
      ...prefixed('issues/.2019-1.old-7', { 'issue.yaml': 'label: 2019/1\n' }),
      ...prefixed('issues/.2019-1.tmp-7', { 'issue.yaml': 'label: 2019/1\nnew: true\n' }),
      // killed while writing a first import
      ...prefixed('issues/.2019-2.tmp-9', { 'articles/x.mdx': '半' }),
    });
    const report = recoverContent(root, { now: new Date('2026-11-26T10:42:03Z') });
    const backup = '.backups/2026-11-26T10-42-03-recovered';
    expect(report.backupDir).toBe(join(root, backup));
    expect(show(contentOnly(snapshot(root)))).toEqual(
      show(
        contentOnly(
          snapshot(
            fresh({
              'pilots.yaml': '- id: a\n',
              ...prefixed('issues/2018-5-6', {
                ...newIssue,
                'import.json':
                  '{\n  "seed": "seeds/2018-5-6.txt",\n  "seedSha256": "interrupted"\n}\n',
              }),
              ...prefixed('issues/2019-1', { 'issue.yaml': 'label: 2019/1\n' }),
            }),
          ),
        ),
      ),
    );
    expect(readFileSync(join(root, backup, 'issues/2018-5-6.old-41/articles/a.mdx'), 'utf8')).toBe(
      '旧\n',
    );
    expect(readFileSync(join(root, backup, 'pilots.yaml.tmp'), 'utf8')).toBe('- id: a\n- id: half');
    const text = report.messages.join('\n');
    expect(report.messages).toHaveLength(5);
    expect(text).toMatch(
      /moved .*\.2018-5-6\.old-41 .* to .*recovered\/issues\/2018-5-6\.old-41;.*\/import\.json is marked to make the next import of its seed run again/,
    );
    expect(text).toMatch(/restored .*issues\/2019-1 from \.2019-1\.old-7/);
    expect(text).toMatch(/removed .*\.2019-1\.tmp-7: an unfinished import of 2019-1/);
    expect(text).toMatch(
      /removed .*\.2019-2\.tmp-9: an unfinished import of 2019-2 .* it had not been imported before/,
    );
    expect(text).toMatch(/moved .*pilots\.yaml\.tmp .*pilots\.yaml is as it was/);
    expect(recoverContent(root).messages).toEqual([]);
  });
});
