import { describe, expect, it } from 'vitest';
import { makeTxnId, parseJournal, serializeJournal, type Journal } from './journal.ts';

describe('journal', () => {
  it('round-trips, and refuses anything else', () => {
    const j: Journal = {
      version: 1,
      id: 'x',
      created: '2026-11-26T10:42:03.000Z',
      backupDir: '.backups/2026-11-26T10-42-03-import',
      writes: ['pilots.yaml'],
      deletes: ['issues/2018-5-6/articles/a.mdx'],
    };
    expect(parseJournal(serializeJournal(j))).toEqual(j);
    expect(() => parseJournal('{"version":1,"id":"x"}')).toThrow(/not a content journal/);
  });

  it('names transactions so that they sort by time', () => {
    const a = makeTxnId(new Date('2026-11-26T09:59:59Z'), 99999, 'ffff');
    const b = makeTxnId(new Date('2026-11-26T10:00:00Z'), 1, '0000');
    expect(a).toBe('20261126T095959Z-99999-ffff');
    expect([b, a].sort()).toEqual([a, b]);
  });
});
