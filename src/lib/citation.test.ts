import { describe, expect, it } from 'vitest';
import { bibEscape, bibtex, flattenField, gbt7714, ris, type CiteFields } from './citation.ts';

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

  const BREAKS = [
    '\r\n',
    '\n',
    '\r',
    '\u2028',
    '\u2029',
    '\u0085',
    '\t',
    '\u000b',
    '\u000c',
    '\u0000',
    '\u001b',
    '\u009b',
  ];

  it('keeps a title with a line break from injecting a second RIS record', () => {
    for (const br of BREAKS) {
      const r = ris({
        ...c,
        title: `标题${br}ER  - ${br}TY  - JOUR${br}TI  - 伪造`,
        authors: [`甲${br}AU  - 乙`],
      });
      const lines = r.split('\r\n');
      expect(
        lines.filter((l) => l.startsWith('TY  -')),
        JSON.stringify(br),
      ).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
      expect(r.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(lines).toContain('TI  - 标题 ER - TY - JOUR TI - 伪造');
    }
  });

  it('keeps every BibTeX field on one line and inside its braces', () => {
    for (const br of BREAKS) {
      const b = bibtex({ ...c, title: `标题}${br}, note = {x${br}@misc{evil,` }, 'k');
      expect(b.split('\n').filter((l) => l.startsWith('@'))).toHaveLength(1);
      expect(b).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      const title = b.split('\n').find((l) => l.includes('title ='))!;
      // Every brace of the value is escaped: the field's own two are the only bare ones.
      expect(title.replace(/\\[{}]/g, '').match(/[{}]/g)).toEqual(['{', '}']);
    }
  });

  it('escapes every TeX special in BibTeX', () => {
    expect(bibEscape('a{b}c\\d%e#f&g$h_i^j~k')).toBe(
      'a\\{b\\}c\\textbackslash{}d\\%e\\#f\\&g\\$h\\_i\\^{}j\\~{}k',
    );
    expect(bibtex({ ...c, title: '100% & #1' }, 'k')).toContain('title = {100\\% \\& \\#1——');
    expect(bibtex(c, 'zjgy-2018-5-6-x}\n@misc{')).toMatch(/^@article\{zjgy-2018-5-6-x---misc-,$/m);
  });

  it('flattens control characters and line breaks to single spaces', () => {
    expect(flattenField('  a\r\n\tb\u2028c\u0085d\u0000e  ')).toBe('a b c d e');
  });
});
