import { describe, expect, it } from 'vitest';
import { nearWords, pinyinKey, pinyinWord, relaxations, withinOneEdit } from './suggest.ts';

describe('search suggestions', () => {
  it('widens a search by leaving out each term and each filter value', () => {
    const r = relaxations({ q: '工会 书房', filters: { city: ['杭州市'] } });
    expect(r.map((x) => [x.kind, x.label, x.req.q, x.req.filters?.city])).toEqual([
      ['term', '工会', '书房', ['杭州市']],
      ['term', '书房', '工会', ['杭州市']],
      ['filter', '杭州市', '工会 书房', []],
    ]);
    expect(relaxations({ q: '书房' })).toEqual([]);
  });
  it('knows one edit', () => {
    expect(withinOneEdit([...'职工书房'], [...'职工书屋'])).toBe(true);
    expect(withinOneEdit([...'职工书'], [...'职工书屋'])).toBe(true);
    expect(withinOneEdit([...'职书房'], [...'职工书屋'])).toBe(false);
  });
  it('offers stretches of the archive one character off', () => {
    const words = ['浙江省职工书屋建设', '工资集体协商制度'];
    expect(nearWords('职工书房', words)).toContain('职工书屋');
    expect(nearWords('工资集体协调', words)).toContain('工资集体协商');
    expect(nearWords('工', words)).toEqual([]);
  });
  it('reads pinyin of places and practices', () => {
    expect(pinyinKey('Zhígōng  shūwū')).toBe('zhigongshuwu');
    const words = { words: [], pinyin: { zhigongshuwu: '职工书屋' } };
    expect(pinyinWord('zhigong shuwu', words)).toBe('职工书屋');
    expect(pinyinWord('职工', words)).toBeUndefined();
    expect(pinyinWord('Trade  Union', { ...words, english: { 'trade union': '工会' } })).toBe(
      '工会',
    );
  });
});
