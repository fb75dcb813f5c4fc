import { describe, expect, it } from 'vitest';
import { dublinCoreTags } from './dublin-core.ts';

describe('dublinCoreTags', () => {
  it('names title, every author, date, source, language, identifier, type, format and place', () => {
    const tags = dublinCoreTags({
      title: '“杭州之心”的娘家情怀',
      authors: ['王艳', '潘仙德'],
      date: '2018-12-10',
      url: 'https://example.org/issues/2018-5-6/x/',
      coverage: '浙江省杭州市下城区',
    });
    expect(tags).toEqual([
      ['DC.title', '“杭州之心”的娘家情怀'],
      ['DC.creator', '王艳'],
      ['DC.creator', '潘仙德'],
      ['DC.date', '2018-12-10'],
      ['DC.source', '浙江工运'],
      ['DC.language', 'zh'],
      ['DC.identifier', 'https://example.org/issues/2018-5-6/x/'],
      ['DC.type', 'Text'],
      ['DC.format', 'text/html'],
      ['DC.coverage', '浙江省杭州市下城区'],
    ]);
  });

  it('leaves out creator and coverage when the article has none', () => {
    const names = dublinCoreTags({ title: 't', authors: [], date: '2018', url: 'u' }).map((t) => t[0]);
    expect(names).not.toContain('DC.creator');
    expect(names).not.toContain('DC.coverage');
  });
});
