import { describe, expect, it } from 'vitest';
import { toPieces } from './body.ts';
import { orgFromName, parseByline, parseHead, type HeadOptions } from './head.ts';
import type { TocEntry, TocSection } from './types.ts';

const pieces = (text: string) => toPieces(text.split('\n').map((t, i) => ({ no: i + 1, text: t })));
const section = (name: string, key: string, kind: TocSection['kind'], note?: string): TocSection => ({
  name, key, kind, line: 1, ...(note ? { note } : {}),
}); // prettier-ignore
const entry = (s: TocSection, text: string, more: Partial<TocEntry> = {}): TocEntry => ({
  section: s,
  text,
  line: 1,
  index: 0,
  ...more,
});
const opts = (o: Partial<HeadOptions> & { kind: string }): HeadOptions => ({
  kickerPieces: 0,
  anchoredOnSection: false,
  orgFirst: false,
  ...o,
});

describe('parseByline', () => {
  it('reads a reporter’s role and names', () => {
    expect(parseByline('特约记者 王艳 潘仙德')).toEqual({
      role: '特约记者',
      names: ['王艳', '潘仙德'],
      raw: '特约记者 王艳 潘仙德',
    });
    expect(parseByline('通讯员：李明')).toEqual({
      role: '通讯员',
      names: ['李明'],
      raw: '通讯员：李明',
    });
    expect(parseByline('记者 章慧芬、洪菡婷')?.names).toEqual(['章慧芬', '洪菡婷']);
  });
  it('reads an office followed by the author the 目录 names', () => {
    expect(parseByline('杭州市余杭区人大常委会副主任、总工会主席 杜坚强', '杜坚强')).toEqual({
      role: '杭州市余杭区人大常委会副主任、总工会主席',
      names: ['杜坚强'],
      raw: '杭州市余杭区人大常委会副主任、总工会主席 杜坚强',
    });
    expect(parseByline('龙游县总工会 王艳 潘仙德', '王艳 潘仙德')).toMatchObject({
      role: '龙游县总工会',
      names: ['王艳', '潘仙德'],
    });
  });
  it('does not take a title or a line without the author for a byline', () => {
    expect(parseByline('合力打造创业创新第一镇')).toBeUndefined();
    expect(parseByline('杭州市余杭区梦想小镇工会工作纪实', '杜坚强')).toBeUndefined();
    expect(parseByline('杜坚强', '杜坚强')).toBeUndefined();
  });
});

describe('orgFromName', () => {
  it('takes the union’s name from the start of a title, with its whole suffix', () => {
    expect(orgFromName('杭州市余杭区梦想小镇工会工作纪实')).toBe('杭州市余杭区梦想小镇工会');
    expect(orgFromName('东冠高新区楼宇工会联合会成立一周年')).toBe('东冠高新区楼宇工会联合会');
    expect(orgFromName('桐乡市濮院镇总工会')).toBe('桐乡市濮院镇总工会');
  });
  it('leaves a name without a union as it is', () => {
    expect(orgFromName('浙报文创园')).toBe('浙报文创园');
  });
});

describe('parseHead', () => {
  it('splits a 速写 heading into the organisation and the title', () => {
    const h = parseHead(
      pieces(
        '杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇\n\n今年以来,云栖小镇以小镇工会工作为抓手。',
      ),
      opts({
        kind: 'pilot',
        orgFirst: true,
        entry: entry(section('速写', 'sketch', 'pilot'), '西湖区云栖小镇'),
      }),
    );
    expect(h).toMatchObject({
      org: '杭州市西湖区云栖小镇总工会',
      title: '合力打造创业创新第一镇',
      used: 1,
    });
    expect(h.rest.map((p) => p.text)).toEqual(['今年以来,云栖小镇以小镇工会工作为抓手。']);
  });

  it('reads title, subtitle, the organisation it names and the byline, and stops at the 编者按', () => {
    const e = entry(section('特别报道', 'special', 'pilot', '省级试点'), '争当创新改革的先行军', {
      subtitle: '杭州市余杭区梦想小镇工会工作纪实',
      author: '杜坚强',
    });
    const h = parseHead(
      pieces(
        '争当创新改革的先行军\n\n杭州市余杭区梦想小镇工会工作纪实\n\n杭州市余杭区人大常委会副主任、总工会主席 杜坚强\n\n编者按 梦想小镇以孵化器为基本单元\n\n2014年8月,梦想小镇扬帆起航。',
      ),
      opts({ kind: 'pilot', entry: e }),
    );
    expect(h).toMatchObject({
      title: '争当创新改革的先行军',
      subtitle: '杭州市余杭区梦想小镇工会工作纪实',
      org: '杭州市余杭区梦想小镇工会',
      byline: { role: '杭州市余杭区人大常委会副主任、总工会主席', names: ['杜坚强'] },
    });
    expect(h.rest[0]!.text).toBe('编者按 梦想小镇以孵化器为基本单元');
  });

  it('reads an overview’s subtitle and reporter', () => {
    const h = parseHead(
      pieces(
        '新业态工会“动”起来\n\n浙江省基层工会改革试点实践实录“新业态探索篇”综述\n\n记者 章慧芬\n\n日新月异的浙江经济涌动着各种经济形态。',
      ),
      opts({
        kind: 'overview',
        entry: entry(section('综述', 'overview', 'overview'), '新业态工会“动”起来', {
          author: '章慧芬',
        }),
      }),
    );
    expect(h).toMatchObject({
      title: '新业态工会“动”起来',
      subtitle: '浙江省基层工会改革试点实践实录“新业态探索篇”综述',
      byline: { role: '记者', names: ['章慧芬'] },
    });
    expect(h.org).toBeUndefined();
  });

  it('takes the line above 大事记 and the section name as the kicker, the 目录 line as title, and the source note', () => {
    const h = parseHead(
      pieces(
        '省总工会\n\n大事记\n\n9月—10月\n\n(由省总工会办公室供稿)\n\n9月3日\n\n省总工会副主席出席现场会。',
      ),
      opts({
        kind: 'chronicle',
        kickerPieces: 1,
        anchoredOnSection: true,
        entry: entry(section('大事记', 'chronicle', 'chronicle'), '9-10月省总大事记'),
      }),
    );
    expect(h).toMatchObject({
      kicker: '省总工会 大事记',
      title: '9-10月省总大事记',
      subtitle: '9月—10月',
      source: '(由省总工会办公室供稿)',
    });
    expect(h.rest[0]!.text).toBe('9月3日'); // the first dated entry is body
  });

  it('takes the 卷首语 line as the kicker of the foreword, and its title from the body', () => {
    const h = parseHead(
      pieces('卷首语\n\n点亮一盏灯 照亮一大片\n\n改革是推进工会工作创新发展的根本要求。'),
      opts({
        kind: 'editorial',
        anchoredOnSection: true,
        entry: entry(section('卷首语', 'foreword', 'editorial'), '点亮一盏灯 照亮一大片'),
      }),
    );
    expect(h).toMatchObject({ kicker: '卷首语', title: '点亮一盏灯 照亮一大片', used: 2 });
  });

  it('reads a news item’s source and date printed on consecutive lines', () => {
    const h = parseHead(
      pieces(
        '全省基层群团改革工作现场推进会在义乌召开\n\n浙江新闻客户端\n2017年9月22日\n\n会议指出,改革是根本要求。',
      ),
      opts({ kind: 'news' }),
    );
    expect(h).toMatchObject({
      title: '全省基层群团改革工作现场推进会在义乌召开',
      source: '浙江新闻客户端',
      date: '2017-09-22',
    });
    expect(h.segments.map((s) => [s.text, s.lines])).toEqual([
      ['全省基层群团改革工作现场推进会在义乌召开', [1]],
      ['浙江新闻客户端', [3]],
      ['2017年9月22日', [4]],
    ]);
  });

  it('takes the 目录 line as title when the body starts with a paragraph', () => {
    const h = parseHead(
      pieces('2015年以来,上海市总工会推进改革。'),
      opts({
        kind: 'article',
        entry: entry(section('他山之石', 'elsewhere', 'article'), '改革3年 上海群团可圈可点'),
      }),
    );
    expect(h).toMatchObject({ title: '改革3年 上海群团可圈可点', used: 0 });
    expect(h.heading).toBeUndefined();
  });
});
