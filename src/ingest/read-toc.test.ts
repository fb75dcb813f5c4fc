import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import { readCover } from './read-cover.ts';
import { readToc } from './read-toc.ts';
import { miniCover, miniToc } from '../../tests/support/mini-seed.ts';

const vocab = loadVocabularies();
const COVER = `${miniCover({ sponsors: false })}\n`;
const TOC = `${miniToc({
  imprint: [
    ...['主办 浙江省总工会', '2018 年 12 月 10 日出版', ''],
    ...['编委会主任 张才方', '主编(编辑部主任) 章慧芬', '责任编辑 陈金波 王艳'],
  ],
})}\n`;
const read = (text: string, unknownTypes: string[] = []) => {
  const cover = readCover(new TextEncoder().encode(text), 'seeds/x.txt');
  return { cover, step: readToc(cover, vocab, 'seeds/x.txt', {}, unknownTypes) };
};
const messages = (text: string, unknownTypes: string[] = []) =>
  read(text, unknownTypes).step.problems.map(
    (p) => `${p.file}:${p.line}: ${p.message} — ${p.hint ?? ''}`,
  );

describe('readToc', () => {
  const { cover, step } = read(COVER + TOC);

  it('reads the 目录: sections, entries with pages, 速写 grouped by city', () => {
    expect(step.toc.sections.map((s) => [s.name, s.key])).toEqual([
      ['卷首语', 'foreword'],
      ['速写', 'sketch'],
    ]);
    expect(step.toc.entries.map((e) => [e.text, e.page, e.cityGroup])).toEqual([
      ['点亮一盏灯 照亮一大片', 1, undefined],
      ['西湖区云栖小镇', 30, '杭州市'],
      ['上城区玉皇山南基金小镇', 31, '杭州市'],
    ]);
  });

  it('adds the imprint beside the 目录 to the masthead, without changing the cover’s', () => {
    expect(step.masthead.date).toBe('2018-12-10');
    expect(step.masthead.board).toEqual([{ role: '编委会主任', names: ['张才方'] }]);
    expect(step.masthead.editors).toContainEqual({ role: '责任编辑', names: ['陈金波', '王艳'] });
    expect(step.imprintLines.length).toBeGreaterThan(0);
    expect(cover.masthead.date).toBeUndefined();
    expect(cover.masthead.board).toEqual([]);
  });

  it('has nothing to ask for an issue that prints all it needs', () => {
    expect(step.problems).toEqual([]);
  });

  it('asks for the date, running number and volume title the text lacks, in the issue file beside the seed', () => {
    const bare =
      COVER.replace('总第407、408期', '').replace(/浙江省基层工会.*\n\n○ 新业态探索篇 ○/u, '') +
      TOC.replace(/^2018 年 12 月 10 日出版$/mu, '');
    expect(messages(bare)).toEqual([
      expect.stringMatching(
        /^seeds\/x\.txt:\d+: publication date \(a line like “2018 年 12 月 10 日出版”\) not found in the text — give `date:` in seeds\/x\.yaml$/u,
      ),
      'seeds/x.txt:1: running number (总第…期) not found in the text — give `totals:` in seeds/x.yaml',
      'seeds/x.txt:1: volume title not found in the text — give `volumeTitle:` in seeds/x.yaml',
    ]);
  });

  it('warns of a section the vocabulary lacks, at its line, and of pilot types the issue file names wrongly', () => {
    const text = COVER + TOC.replace('速写 :市、县(市、区)级试点', '特稿');
    const ps = read(text, ['小镇群']).step.problems;
    expect(ps.map((p) => [p.file, p.message])).toEqual([
      ['seeds/x.yaml', 'pilot type “小镇群” is not in src/data/pilot-types.yaml'],
      [
        'seeds/x.txt',
        'section “特稿” is not a known section: its articles are imported as kind “article”',
      ],
    ]);
    expect(ps[1]!.line).toBe(text.split('\n').indexOf('特稿') + 1);
  });

  it('warns when the 目录 prints no page numbers', () => {
    const noPages =
      COVER + TOC.replace('01 点亮', '点亮').replace('- 30 ', '- ').replace('- 31 ', '- ');
    expect(messages(noPages)).toEqual([
      expect.stringContaining('the 目录 has no page numbers: articles get no `page`'),
    ]);
  });

  it('refuses a seed without a 目录, or whose 目录 lists nothing, naming the line', () => {
    expect(() => read(`${COVER}正文。\n`)).toThrow(
      /seeds\/x\.txt:\d+: error: no table of contents \(a line “目录”\) after the cover/u,
    );
    expect(() => read(`${COVER}目录 Contents\n\n正文。\n`)).toThrow(/the 目录 lists no entries/u);
  });
});

describe('readToc with an issue file', () => {
  it('lets the issue file’s date, totals and volume title win over the imprint', async () => {
    const { readFileSync } = await import('node:fs');
    const { readCover } = await import('./read-cover.ts');
    const { loadVocabularies } = await import('../core/load-data.ts');
    const bytes = readFileSync('seeds/2018-5-6.txt');
    const cover = readCover(bytes, 'seeds/2018-5-6.txt');
    const plain = readToc(cover, loadVocabularies(), 'seeds/2018-5-6.txt');
    expect(plain.masthead.date).toBe('2018-12-10');
    const fixed = readToc(cover, loadVocabularies(), 'seeds/2018-5-6.txt', {
      date: '2018-12-20',
      totals: [1, 2],
      volumeTitle: '卷名',
    });
    expect([fixed.masthead.date, fixed.masthead.totals, fixed.masthead.volumeTitle]).toEqual([
      '2018-12-20',
      [1, 2],
      '卷名',
    ]);
    expect(cover.masthead.date).toBeUndefined();
  });
});
