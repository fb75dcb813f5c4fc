import { describe, expect, it } from 'vitest';
import { formatBackupName, planChanges, validateChangeSet } from './change-set.ts';

describe('validateChangeSet', () => {
  it('accepts relative POSIX paths under content', () => {
    expect(
      validateChangeSet([
        { path: 'issues/2018-5-6/issue.yaml', content: 'x' },
        { path: 'pilots.yaml', content: null },
      ]),
    ).toEqual([]);
  });

  it('refuses paths that leave content, touch the store, or repeat', () => {
    const problems = validateChangeSet([
      { path: '/etc/passwd', content: 'x' },
      { path: 'issues/../../x', content: 'x' },
      { path: 'issues\\a.mdx', content: 'x' },
      { path: '.txn/abc/journal.json', content: 'x' },
      { path: '.lock', content: null },
      { path: 'pilots.yaml', content: 'a' },
      { path: 'pilots.yaml', content: 'b' },
    ]);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/"\/etc\/passwd": not a relative POSIX path/);
    expect(problems.join('\n')).toMatch(/\.\.\/\.\.\/x": empty, "\." or "\.\." segment/);
    expect(problems.join('\n')).toMatch(/\.txn\/abc\/journal.json: inside the store's own \.txn/);
    expect(problems.join('\n')).toMatch(/pilots\.yaml: changed twice/);
  });
});

describe('planChanges', () => {
  const disk = new Map([
    ['same.yaml', Buffer.from('同')],
    ['old.yaml', Buffer.from('旧')],
    ['gone.mdx', Buffer.from('删')],
  ]);
  it('says what each change does to what is there, and which need a copy kept', () => {
    const plan = planChanges(
      [
        { path: 'same.yaml', content: '同', backup: true },
        { path: 'old.yaml', content: '新', backup: true },
        { path: 'gone.mdx', content: null, backup: true },
        { path: 'new.mdx', content: Buffer.from('新'), backup: true },
        { path: 'missing.mdx', content: null },
        { path: 'nobackup.yaml', content: 'x' },
      ],
      (p) => disk.get(p),
    );
    expect(plan).toEqual([
      { path: 'same.yaml', kind: 'unchanged', backup: false },
      { path: 'old.yaml', kind: 'replace', backup: true },
      { path: 'gone.mdx', kind: 'delete', backup: true },
      { path: 'new.mdx', kind: 'create', backup: false },
      { path: 'missing.mdx', kind: 'absent', backup: false },
      { path: 'nobackup.yaml', kind: 'create', backup: false },
    ]);
  });
});

describe('formatBackupName', () => {
  it('starts with the UTC time to the second, so backups sort by time', () => {
    expect(formatBackupName(new Date('2026-11-26T10:42:03.456Z'), 'import 2018-5-6')).toBe(
      '2026-11-26T10-42-03-import-2018-5-6',
    );
  });
  it('keeps Chinese labels and drops characters a file name cannot hold', () => {
    expect(formatBackupName(new Date('2026-11-26T10:42:03Z'), '/导入: 2018/5-6 ')).toBe(
      '2026-11-26T10-42-03-导入-2018-5-6',
    );
    expect(formatBackupName(new Date('2026-11-26T10:42:03Z'), '../')).toBe('2026-11-26T10-42-03');
  });
});
