import { describe, expect, it } from 'vitest';
import type { Article } from './content.ts';
import { countTypes } from './place-pages.ts';

const report = (type: string) => ({ data: { type } }) as unknown as Article;

describe('countTypes', () => {
  it('counts the types present, in display order, leaving out absent ones', () => {
    const counts = countTypes([report('其他'), report('特色小镇'), report('特色小镇')]);
    expect(counts.map((t) => [t.type.name, t.reports])).toEqual([
      ['特色小镇', 2],
      ['其他', 1],
    ]);
    expect(counts[0]!.type.slug).toBe('towns');
  });
});
