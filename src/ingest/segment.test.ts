import { describe, expect, it } from 'vitest';
import { segmentIssue } from './segment.ts';
import type { Toc, TocEntry, TocSection } from './types.ts';

// A cut-down issue: cover, two news items, the 卷首语, the 目录 with its colophon, one pilot, the 大事记.
const seed = `浙江工运

全省基层群团改革工作现场推进会在义乌召开
浙江新闻客户端

会议指出,改革是根本要求。


中共浙江省委办公厅的通知

通知正文。


卷首语

点亮一盏灯 照亮一大片

改革是推进工会工作创新发展的根本要求。

目录 Contents
卷首语
01 点亮一盏灯 照亮一大片
速写
- 30 西湖区云栖小镇
- 31 上城区湖滨商圈
大事记
- 78 9-10月省总大事记

编辑出版 浙江工运编辑室
地址 杭州市保俶路85号
本刊所有文章均由作者授权发表,转载请注明出处。


杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇

今年以来,云栖小镇以小镇工会工作为抓手,引领小镇创业创新。



省总工会

大事记

9月3日

省总工会副主席张卫华出席现场会。`;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const section = (name: string, key: string, kind: TocSection['kind']): TocSection => ({
  name,
  key,
  kind,
  line: 1,
});
const foreword = section('卷首语', 'foreword', 'editorial');
const sketch = section('速写', 'sketch', 'pilot');
const chronicle = section('大事记', 'chronicle', 'chronicle');
const entries: TocEntry[] = [
  { section: foreword, text: '点亮一盏灯 照亮一大片', page: 1, line: 22, index: 0 },
  { section: sketch, text: '西湖区云栖小镇', page: 30, line: 24, index: 1 },
  { section: sketch, text: '上城区湖滨商圈', page: 31, line: 25, index: 2 },
  { section: chronicle, text: '9-10月省总大事记', page: 78, line: 27, index: 3 },
];
const toc: Toc = { sections: [foreword, sketch, chronicle], entries, start: 20, end: 27 };
const lines = seed.split('\n').map((text, i) => ({ no: i + 1, text }));
deepFreeze({ lines, toc }); // the step must not change what it is given
const seg = segmentIssue(lines, toc, 2, 'seeds/x.txt');
const startLines = seg.starts.map((s) => [lines[s.index]!.no, s.entry?.text ?? 'news']);

describe('segmentIssue', () => {
  it('starts each listed article at its heading, in the order of the seed', () => {
    expect(startLines).toEqual([
      [3, 'news'],
      [9, 'news'],
      [14, '点亮一盏灯 照亮一大片'],
      [34, '西湖区云栖小镇'],
      [40, '9-10月省总大事记'],
    ]);
  });

  it('reports a 目录 entry the body lacks, at its TOC line, and goes on with the others', () => {
    expect(seg.unmatched).toEqual([{ line: 25, text: '上城区湖滨商圈', section: '速写' }]);
    expect(seg.issues).toHaveLength(1);
    expect(seg.issues[0]).toMatchObject({ level: 'warning', file: 'seeds/x.txt', line: 25 });
    expect(seg.issues[0]!.message).toBe(
      'TOC entry “上城区湖滨商圈” (速写) has no article in the body',
    );
  });

  it('takes a short line set off above a heading as its kicker (省总工会 over 大事记)', () => {
    const chron = seg.starts.find((s) => s.entry?.section === chronicle)!;
    expect(chron).toMatchObject({ kickerPieces: 1, anchored: true });
    expect(lines[chron.index]!.text).toBe('省总工会');
  });

  it('marks an article whose heading is the section’s own name (卷首语)', () => {
    const fw = seg.starts.find((s) => s.entry?.section === foreword)!;
    expect(fw).toMatchObject({ anchored: true, kickerPieces: 0 });
  });

  it('makes each block before the first listed article and before the 目录 a news item', () => {
    const news = seg.starts.filter((s) => !s.entry);
    expect(news.map((s) => [lines[s.index]!.text, s.regionEnd])).toEqual([
      ['全省基层群团改革工作现场推进会在义乌召开', 19],
      ['中共浙江省委办公厅的通知', 19],
    ]);
  });

  it('ends articles before the 目录 at the 目录, and those after it at the end of the file', () => {
    expect(seg.starts.map((s) => s.regionEnd)).toEqual([19, 19, 19, lines.length, lines.length]);
  });

  it('returns the colophon between the 目录 and the first article as label and value, for the masthead step to add', () => {
    expect(seg.colophonLines).toEqual([29, 30]);
    expect(seg.colophon).toEqual([
      { label: '编辑出版', value: '浙江工运编辑室' },
      { label: '地址', value: '杭州市保俶路85号' },
    ]);
  });

  it('keeps a sentence there that is no colophon line as unassigned, not lost', () => {
    expect(seg.unassigned).toEqual([
      { line: 31, text: '本刊所有文章均由作者授权发表,转载请注明出处。' },
    ]);
  });

  it('gives the article regions: after the cover up to the 目录, and after the 目录', () => {
    expect(seg.pre[0]).toBe(2);
    expect(seg.pre.at(-1)).toBe(18);
    expect(seg.post[0]).toBe(27);
    expect(seg.post.at(-1)).toBe(lines.length - 1);
  });

  it('warns of a weak match, naming both lines', () => {
    const weak = segmentIssue(
      lines.map((l) => (l.no === 34 ? { ...l, text: '云栖小镇工会 合力打造' } : l)),
      toc,
      2,
      'seeds/x.txt',
    );
    const w = weak.issues.find((p) => p.message.startsWith('weak match'));
    expect(w).toMatchObject({ line: 34 });
    expect(w!.message).toMatch(
      /^weak match: TOC “西湖区云栖小镇” ↔ heading “云栖小镇工会 合力打造” \(score 0\.\d\d\)$/,
    );
  });
});
