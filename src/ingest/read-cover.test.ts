import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCover } from './read-cover.ts';
import { miniCover } from '../../tests/support/mini-seed.ts';

const cover = `
${miniCover()}

全省基层群团改革工作现场推进会在义乌召开

会议指出,改革是根本要求。 **I**

■ 浙江省总工会 **2**`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const lineOf = (start: string) => cover.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('readCover', () => {
  const r = readCover(utf8(cover), 'seeds/x.txt');

  it('reads the masthead from the cover and says where the cover ends', () => {
    expect(r.masthead).toMatchObject({
      title: '浙江工运',
      label: '2018/5-6',
      year: 2018,
      numbers: [5, 6],
      totals: [407, 408],
      sponsors: ['浙江省总工会'],
      organizers: ['浙江工人日报社'],
      volumeTitle: '浙江省基层工会改革试点实践实录 · 新业态探索篇',
    });
    expect(r.lines[r.end - 1]!.text).toBe('○ 新业态探索篇 ○');
    expect(r.encoding).toBe('utf-8');
  });

  it('takes page numbers and end marks off each line, and records what it took and where', () => {
    expect(r.lines.at(-3)!.text).toBe('会议指出,改革是根本要求。');
    expect(r.lines.at(-1)!.text).toBe('浙江省总工会');
    expect(r.furniture).toEqual([
      { line: lineOf('会议指出'), text: '**I**' },
      { line: lineOf('■ 浙江省总工会'), text: '■ **2**' },
    ]);
  });

  it('keeps every line of the seed, numbered from 1, so reports can point at them', () => {
    expect(r.lines).toHaveLength(cover.split('\n').length);
    expect(r.lines.map((l) => l.no)).toEqual(r.lines.map((_, i) => i + 1));
  });

  it('reads a GB18030 seed with CRLF line ends the same way', () => {
    const gb = readCover(iconv.encode(cover.replace(/\n/g, '\r\n'), 'gb18030'), 'seeds/x.txt');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.masthead).toEqual(r.masthead);
    expect(gb.lines).toEqual(r.lines);
  });

  it('lets the issue file beside the seed correct the label, running numbers, date and volume title', () => {
    const o = readCover(utf8(cover), 'seeds/x.txt', {
      label: '2018/7-8',
      totals: [409, 410],
      date: '2019-01-20',
      volumeTitle: '浙江省基层工会改革试点实践实录 · 乡镇振兴篇',
    });
    expect(o.masthead).toMatchObject({
      label: '2018/7-8',
      year: 2018,
      numbers: [7, 8],
      totals: [409, 410],
      date: '2019-01-20',
      volumeTitle: '浙江省基层工会改革试点实践实录 · 乡镇振兴篇',
    });
  });

  it('refuses an issue-file label unlike 2018/5-6, naming the file', () => {
    expect(() => readCover(utf8(cover), 'seeds/x.txt', { label: '第五期' })).toThrow(
      /seeds\/x\.txt: error: issue file: label “第五期” is not like 2018\/5-6/,
    );
  });

  it('refuses an empty seed', () => {
    expect(() => readCover(utf8(''), 'seeds/x.txt')).toThrow(/the file is empty/);
  });
});
