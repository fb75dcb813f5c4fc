import { describe, expect, it } from 'vitest';
import { planLegacyCleanup, type LegacyEntry } from './legacy-leftovers.ts';

const dir = (name: string, mtimeMs = 0): LegacyEntry => ({ name, isDirectory: true, mtimeMs });

describe('planLegacyCleanup', () => {
  it('with the issue in place: removes the unfinished new folder, keeps the old one as a backup', () => {
    expect(
      planLegacyCleanup([dir('2018-5-6'), dir('.2018-5-6.tmp-41'), dir('.2018-5-6.old-42')]),
    ).toEqual([
      { kind: 'backup', name: '.2018-5-6.old-42', issue: '2018-5-6' },
      { kind: 'remove', name: '.2018-5-6.tmp-41', issue: '2018-5-6' },
    ]);
  });

  it('with the issue missing: restores the newest old copy', () => {
    expect(
      planLegacyCleanup([
        dir('.2019-1.old-7', 100),
        dir('.2019-1.old-9', 200),
        dir('.2019-1.tmp-9'),
      ]),
    ).toEqual([
      { kind: 'restore', name: '.2019-1.old-9', issue: '2019-1' },
      { kind: 'backup', name: '.2019-1.old-7', issue: '2019-1' },
      { kind: 'remove', name: '.2019-1.tmp-9', issue: '2019-1' },
    ]);
  });

  it('a first import killed before its swap leaves nothing to restore', () => {
    expect(planLegacyCleanup([dir('.2019-2.tmp-5')])).toEqual([
      { kind: 'remove', name: '.2019-2.tmp-5', issue: '2019-2' },
    ]);
  });

  it('leaves issues and unknown names alone', () => {
    expect(
      planLegacyCleanup([
        dir('2018-5-6'),
        dir('.DS_Store'),
        { name: '.2018-5-6.tmp-3', isDirectory: false, mtimeMs: 0 },
      ]),
    ).toEqual([]);
  });
});
