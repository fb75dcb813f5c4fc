import { describe, expect, it } from 'vitest';
import { matchRanges } from './highlight.ts';

const fold = { c: { 級: '级', 資: '资' }, p: {} };
const marked = (text: string, q: string) =>
  matchRanges(text, q, fold).map(([a, b]) => text.slice(a, b));

describe('highlight ranges', () => {
  it('finds every occurrence of every term', () => {
    expect(marked('工会经费，工会主席', '工会 主席')).toEqual(['工会', '工会', '主席']);
  });
  it('finds traditional forms in simplified text and the reverse', () => {
    expect(marked('高級工和高级工', '高级工')).toEqual(['高級工', '高级工']);
    expect(marked('工资', '工資')).toEqual(['工资']);
  });
  it('crosses white space and paragraph breaks', () => {
    expect(marked('职工\n\n书屋', '职工书屋')).toEqual(['职工\n\n书屋']);
  });
  it('matches full width and case', () => {
    expect(marked('ＡＰＰ和App', 'app')).toEqual(['ＡＰＰ', 'App']);
  });
});
