import { describe, expect, it } from 'vitest';
import { checkPracticeRefs } from './practice-refs.ts';

const vocab = [{ name: '职工书屋', slug: 'workers-reading-rooms' }];

describe('checkPracticeRefs', () => {
  it('accepts names and slugs, and articles without a list', () => {
    expect(
      checkPracticeRefs(
        [{ file: 'a.mdx', practices: ['职工书屋', 'workers-reading-rooms'] }, { file: 'b.mdx' }],
        vocab,
      ),
    ).toEqual([]);
  });

  it('names the file, line and field of a practice the vocabulary lacks', () => {
    const [p, ...rest] = checkPracticeRefs([{ file: 'a.mdx', practices: ['读书会'], line: 12 }], vocab);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ level: 'error', file: 'a.mdx', line: 12, field: 'practices' });
    expect(p!.message).toContain('读书会');
  });
});
