import { describe, expect, it } from 'vitest';
import { slugify, slugifyName, uniqueSlug } from './slug.ts';

describe('slugs', () => {
  it('turns Chinese into readable ASCII', () => {
    expect(slugify('改革3年 上海群团可圈可点')).toBe('gaige-3-nian-shanghai-quntuan-kequan');
    expect(slugify('西湖区云栖小镇')).toBe('xihuqu-yunqi-xiaozhen');
  });
  it('keeps known words whole', () => {
    expect(slugifyName('萧山区信息港小镇', ['萧山区', '小镇'])).toBe(
      'xiaoshanqu-xinxigang-xiaozhen',
    );
  });
  it('only ever yields lower-case ASCII words', () => {
    for (const t of ['嵊泗离岛·十里金滩', '“1+X+Y”', '万达-银泰商务圈', '！？'])
      expect(slugify(t)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('makes slugs unique', () => {
    const taken = new Set(['a']);
    expect(uniqueSlug('a', taken)).toBe('a-2');
    expect(uniqueSlug('a', taken)).toBe('a-3');
  });
});
