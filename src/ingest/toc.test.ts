import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import { emptyMasthead } from './masthead.ts';
import { parseToc, splitAuthor } from './toc.ts';
import type { Masthead } from './types.ts';
import { miniToc } from '../../tests/support/mini-seed.ts';

const toc = `${miniToc({
  imprint: ['主办 浙江省总工会', '2018 年 12 月 10 日出版'],
  special: true,
  sketches: {
    杭州市: ['30 西湖区云栖小镇', '35 下城区中国杭州电竞数娱小镇、江干区钱江新城中央商务区'],
    宁波市: ['40 江北区文教街道'],
  },
})}
地址 杭州市保俶路85号`;

const masthead = (): Masthead => emptyMasthead();

describe('parseToc', () => {
  const v = loadVocabularies();
  const isCity = (s: string) => v.gazetteer.cities.some((c) => c.name === s);
  const lines = toc.split('\n').map((text, i) => ({ no: i + 1, text }));
  const m = masthead();
  const r = parseToc(lines, 0, m, v.sections, isCity)!;

  it('reads sections with their notes and kinds', () => {
    expect(r.toc.sections.map((s) => [s.name, s.note, s.key, s.kind])).toEqual([
      ['卷首语', undefined, 'foreword', 'editorial'],
      ['特别报道', '省级试点', 'special', 'pilot'],
      ['速写', '市、县(市、区)级试点', 'sketch', 'pilot'],
    ]);
  });
  it('splits a 速写 line naming two pilots into two entries sharing the page', () => {
    const e = r.toc.entries.filter((x) => x.page === 35);
    expect(e.map((x) => [x.text, x.cityGroup])).toEqual([
      ['下城区中国杭州电竞数娱小镇', '杭州市'],
      ['江干区钱江新城中央商务区', '杭州市'],
    ]);
  });
  it('attaches a second line and the author to its entry', () => {
    expect(r.toc.entries[1]).toMatchObject({
      text: '争当创新改革的先行军',
      subtitle: '杭州市余杭区梦想小镇工会工作纪实',
      author: '杜坚强',
      page: 6,
    });
  });
  it('groups 速写 by city and stops before the colophon', () => {
    expect(r.toc.entries.at(-1)).toMatchObject({
      text: '江北区文教街道',
      cityGroup: '宁波市',
      page: 40,
    });
    expect(r.toc.end).toBe(24);
  });
  it('reads the imprint printed beside the TOC', () => {
    expect(m.date).toBe('2018-12-10');
  });
  it('returns nothing without a 目录', () => {
    expect(parseToc([{ no: 1, text: '正文' }], 0, masthead(), v.sections, isCity)).toBeUndefined();
  });
  it('splits the author off an entry', () => {
    expect(splitAuthor('新业态工会“动”起来 /章慧芬')).toEqual(['新业态工会“动”起来', '章慧芬']);
    expect(splitAuthor('9-10月省总大事记')).toEqual(['9-10月省总大事记', undefined]);
  });
});
