import { describe, expect, it } from 'vitest';
import { loadVocabularies } from '../core/load-data.ts';
import { buildArticles, startsWithPlace } from './build-articles.ts';
import { readCover } from './read-cover.ts';
import { readToc } from './read-toc.ts';
import { segmentIssue } from './segment.ts';
import { miniCover, miniToc } from '../../tests/support/mini-seed.ts';

const vocab = loadVocabularies();
// A cut-down issue: the 卷首语 before the 目录, a 特别报道 whose byline differs from the 目录, two 速写 pilots (one without text).
const seed = `${miniCover({ sponsors: false, volume: false })}

卷首语

点亮一盏灯 照亮一大片

改革是推进工会工作创新发展的根本要求,基层工会是工会改革的
重点和关键。

浙江省总工会

${miniToc({ special: true, sketches: { 杭州市: ['30 西湖区云栖小镇', '31 上城区湖滨商圈'] } })}



争当创新改革的先行军

杭州市余杭区梦想小镇工会工作纪实

记者 杜强

2014年8月,梦想小镇扬帆起航,小镇共建36个基层组织,其中14个具备条件的建立了党支

部。

工会工作的一切从组建开始

按照党群一体化运作的要求建立工会。

线上线下联起来

开发工会信息管理系统。



杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇

今年以来,云栖小镇以小镇工会工作为抓手。



杭州市上城区湖滨商圈工会 商圈里的娘家人
`;
const F = 'seeds/x.txt';
const cover = readCover(new TextEncoder().encode(seed), F);
const { toc } = readToc(cover, vocab, F);
const seg = segmentIssue(cover.lines, toc, cover.end, F);
const built = buildArticles(cover.lines, seg, vocab, F);
const [foreword, special, yunqi, hubin] = built.articles;
const lineOf = (start: string) => seed.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('buildArticles', () => {
  it('builds one article per start, in order, with its section, kind and page', () => {
    expect(built.articles.map((a) => [a.order, a.section, a.kind, a.title, a.page])).toEqual([
      [1, '卷首语', 'editorial', '点亮一盏灯 照亮一大片', 1],
      [2, '特别报道', 'pilot', '争当创新改革的先行军', 6],
      [3, '速写', 'pilot', '合力打造创业创新第一镇', 30],
      [4, '速写', 'pilot', '商圈里的娘家人', 31],
    ]);
  });

  it('reads the head: kicker, organisation, subtitle, byline, and the 目录 line a pilot is listed under', () => {
    expect(foreword).toMatchObject({ kicker: '卷首语', line: lineOf('卷首语') });
    expect(special).toMatchObject({
      subtitle: '杭州市余杭区梦想小镇工会工作纪实',
      org: '杭州市余杭区梦想小镇工会',
      byline: { role: '记者', names: ['杜强'] },
      tocTitle: '争当创新改革的先行军',
    });
    expect(yunqi).toMatchObject({
      org: '杭州市西湖区云栖小镇总工会',
      tocTitle: '西湖区云栖小镇',
      cityGroup: '杭州市',
    });
  });

  it('rejoins a paragraph cut by a page break, keeps a series of subheadings, and ends the 卷首语 with its signature', () => {
    expect(special!.blocks.map((b) => [b.type, b.text])).toEqual([
      [
        'paragraph',
        '2014年8月,梦想小镇扬帆起航,小镇共建36个基层组织,其中14个具备条件的建立了党支部。',
      ],
      ['heading', '工会工作的一切从组建开始'],
      ['paragraph', '按照党群一体化运作的要求建立工会。'],
      ['heading', '线上线下联起来'],
      ['paragraph', '开发工会信息管理系统。'],
    ]);
    expect(built.joins).toEqual([{ line: lineOf('部。'), text: '的建立了党支|部。' }]);
    expect(foreword!.blocks.map((b) => b.type)).toEqual(['paragraph', 'signature']);
  });

  it('keeps every line it took, and the text in order for the fidelity check', () => {
    expect(yunqi!.lines).toEqual([lineOf('杭州市西湖区云栖小镇总工会'), lineOf('今年以来')]);
    expect(yunqi!.segments.map((s) => s.text)).toEqual([
      '杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇',
      '今年以来,云栖小镇以小镇工会工作为抓手。',
    ]);
  });

  it('warns of a byline that differs from the 目录’s author, and of an article without text', () => {
    expect(built.problems.map((p) => [p.line, p.message])).toEqual([
      [lineOf('争当创新改革的先行军'), "byline “记者 杜强” differs from the TOC's author “杜坚强”"],
      [lineOf('杭州市上城区湖滨商圈工会'), '“商圈里的娘家人” has no body text'],
    ]);
    expect(hubin!.blocks).toEqual([]);
  });
});

describe('startsWithPlace', () => {
  it('tells organisation-first 目录 lines (a place first) from title-first ones', () => {
    expect(startsWithPlace('杭州市下城区武林商圈工会', vocab)).toBe(true);
    expect(startsWithPlace('浦江水晶产业园区总工会', vocab)).toBe(true);
    expect(startsWithPlace('争当创新改革的先行军', vocab)).toBe(false);
    expect(startsWithPlace('东冠高新园区', vocab)).toBe(false);
  });
});
