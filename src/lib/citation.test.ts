import { describe, expect, it } from 'vitest';
import { bibtex, gbt7714, ris, type CiteFields } from './citation.ts';

const c: CiteFields = {
  title: '争当创新改革的先行军',
  subtitle: '杭州市余杭区梦想小镇工会工作纪实',
  authors: ['杜坚强'],
  journal: '浙江工运',
  year: 2018,
  numbers: [5, 6],
  page: 6,
  url: 'https://example.org/issues/2018-5-6/x/',
  date: '2018-12-10',
};

describe('citations', () => {
  it('formats GB/T 7714-2015', () => {
    expect(gbt7714(c)).toBe(
      '杜坚强. 争当创新改革的先行军——杭州市余杭区梦想小镇工会工作纪实[J/OL]. 浙江工运, 2018(5-6): 6. https://example.org/issues/2018-5-6/x/.',
    );
    expect(
      gbt7714({ ...c, authors: [], subtitle: undefined as never, page: undefined as never }),
    ).toBe(
      '争当创新改革的先行军[J/OL]. 浙江工运, 2018(5-6). https://example.org/issues/2018-5-6/x/.',
    );
    expect(gbt7714({ ...c, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. /);
  });
  it('puts the 引用日期 after the page and before the URL, as the standard does for [J/OL]', () => {
    expect(gbt7714({ ...c, accessed: '2026-11-26' })).toBe(
      '杜坚强. 争当创新改革的先行军——杭州市余杭区梦想小镇工会工作纪实[J/OL]. 浙江工运, 2018(5-6): 6[2026-11-26]. https://example.org/issues/2018-5-6/x/.',
    );
    expect(gbt7714({ ...c, page: undefined as never, accessed: '2026-11-26' })).toContain(
      '浙江工运, 2018(5-6)[2026-11-26]. https://',
    );
    expect(gbt7714({ ...c, volume: 52, numbers: [6], accessed: '2013-10-25' })).toContain(
      '浙江工运, 2018, 52(6): 6[2013-10-25]. ',
    );
  });
  it('writes BibTeX and RIS', () => {
    expect(bibtex(c, 'zjgy2018-5-6-x')).toContain('author = {杜坚强}');
    expect(bibtex({ ...c, title: 'a{b}' }, 'k')).toContain('a\\{b\\}');
    const r = ris(c);
    expect(r.startsWith('TY  - JOUR\r\n')).toBe(true);
    expect(r).toContain('AU  - 杜坚强\r\n');
    expect(r.endsWith('ER  - \r\n')).toBe(true);
  });
});
