import { describe, expect, it } from 'vitest';
import {
  alignEntries,
  collectCandidates,
  isHeadingLike,
  MIN_SCORE,
  scoreHeading,
  type HeadingCandidate,
} from './align.ts';
import type { TocEntry, TocSection } from './types.ts';

const sketch: TocSection = { name: '速写', key: 'sketch', kind: 'pilot', line: 1 };
const foreword: TocSection = { name: '卷首语', key: 'foreword', kind: 'editorial', line: 1 };
const entry = (text: string, index = 0, more: Partial<TocEntry> = {}): TocEntry => ({
  section: sketch,
  text,
  line: 10 + index,
  index,
  ...more,
});
const candidate = (
  text: string,
  index = 0,
  more: Partial<HeadingCandidate> = {},
): HeadingCandidate => ({
  index,
  line: { no: index + 1, text },
  text,
  blanksAbove: 2, // articles start after a page break
  ...more,
});
const lines = (text: string) => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));

describe('isHeadingLike', () => {
  it('takes a short line that is not a sentence for a heading', () => {
    expect(isHeadingLike('杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇')).toBe(true);
    expect(isHeadingLike('  卷首语  ')).toBe(true);
  });
  it('does not take a sentence, a clause, a blank or an over-long line', () => {
    expect(isHeadingLike('梦想小镇共建36个基层组织。')).toBe(false);
    expect(isHeadingLike('一是抓组建。二是抓服务')).toBe(false);
    expect(isHeadingLike('按照党群一体化运作的要求，')).toBe(false);
    expect(isHeadingLike('   ')).toBe(false);
    expect(isHeadingLike('工'.repeat(61))).toBe(false);
    expect(isHeadingLike('工'.repeat(60))).toBe(true);
  });
});

describe('collectCandidates', () => {
  const seed = lines(
    '目录\n\n\n云栖小镇 合力打造\n杭州市西湖区工会\n\n今年以来,小镇工会引领创业创新。\n\n\n玉皇山南 助推基金',
  );
  const found = collectCandidates(seed, [3, 4, 5, 6, 7, 8, 9]);
  it('keeps only heading-like lines of the regions given, with the blank lines above each', () => {
    expect(found.map((c) => [c.line.no, c.text, c.blanksAbove])).toEqual([
      [4, '云栖小镇 合力打造', 2],
      [5, '杭州市西湖区工会', 0],
      [10, '玉皇山南 助推基金', 2],
    ]);
  });
  it('notes a second heading line directly below, but not a paragraph', () => {
    expect(found[0]!.next).toBe('杭州市西湖区工会');
    expect(found[1]!.next).toBeUndefined();
    expect(found[2]!.next).toBeUndefined();
  });
});

describe('scoreHeading', () => {
  it('matches a body heading that adds the city and the union’s name to the TOC line', () => {
    const s = scoreHeading(
      entry('西湖区云栖小镇'),
      candidate('杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇'),
      false,
    );
    expect(s).toBeGreaterThan(0.9);
  });
  it('matches a heading that names the pilot differently from the TOC', () => {
    const s = scoreHeading(
      entry('东冠高新园区'),
      candidate('东冠高新区楼宇工会联合会 绘就楼宇新蓝图'),
      false,
    );
    expect(s).toBeGreaterThanOrEqual(MIN_SCORE);
  });
  it('does not match another pilot’s heading', () => {
    expect(
      scoreHeading(
        entry('上城区湖滨商圈'),
        candidate('杭州市西湖区云栖小镇总工会 合力打造'),
        false,
      ),
    ).toBeLessThan(MIN_SCORE);
  });
  it('matches the section’s own name as the first heading of the section (卷首语)', () => {
    expect(
      scoreHeading(
        entry('点亮一盏灯 照亮一大片', 0, { section: foreword }),
        candidate('卷首语'),
        true,
      ),
    ).toBe(1);
    expect(
      scoreHeading(
        entry('点亮一盏灯 照亮一大片', 0, { section: foreword }),
        candidate('卷首语'),
        false,
      ),
    ).toBeLessThan(MIN_SCORE);
  });
  it('matches a title and its second TOC line against a heading printed on two lines', () => {
    const e = entry('争当创新改革的先行军', 0, { subtitle: '杭州市余杭区梦想小镇工会工作纪实' });
    const c = candidate('争当创新改革的先行军', 0, { next: '杭州市余杭区梦想小镇工会工作纪实' });
    expect(scoreHeading(e, c, false)).toBeGreaterThanOrEqual(1);
  });
  it('prefers a heading set off by blank lines, as page breaks leave them', () => {
    const e = entry('西湖区云栖小镇');
    const alone = scoreHeading(e, candidate('云栖小镇 合力打造', 0, { blanksAbove: 2 }), false);
    const inText = scoreHeading(e, candidate('云栖小镇 合力打造', 0, { blanksAbove: 1 }), false);
    expect(alone).toBeGreaterThan(inText);
  });
});

describe('alignEntries', () => {
  const entries = [
    entry('西湖区云栖小镇', 0),
    entry('上城区玉皇山南基金小镇', 1),
    entry('上城区湖滨商圈', 2),
    entry('江干区钱塘智慧城', 3),
  ];
  it('matches each entry to its heading, in order', () => {
    const { match } = alignEntries(entries, [
      candidate('杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇', 0),
      candidate('杭州市上城区玉皇山南基金小镇总工会 助推基金“核聚变”', 1),
      candidate('杭州市上城区湖滨商圈工会 商圈里的娘家人', 2),
      candidate('杭州市江干区钱塘智慧城工会 智慧城里的工会', 3),
    ]);
    expect(match).toEqual([0, 1, 2, 3]);
  });
  it('leaves an entry the body lacks unmatched, without shifting the others', () => {
    const { match, scores } = alignEntries(entries, [
      candidate('杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇', 0),
      candidate('杭州市上城区湖滨商圈工会 商圈里的娘家人', 1),
      candidate('杭州市江干区钱塘智慧城工会 智慧城里的工会', 2),
    ]);
    expect(match).toEqual([0, -1, 1, 2]);
    expect(scores[1]).toBe(0);
  });
  it('keeps one weak match in place: a later line naming that pilot exactly does not pull it, and the next entries with it', () => {
    const { match, scores } = alignEntries(entries, [
      candidate('杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇', 0),
      candidate('玉皇山南基金 助推“核聚变”', 1), // the weak match: the heading as printed
      candidate('杭州市上城区湖滨商圈工会 商圈里的娘家人', 2),
      candidate('上城区玉皇山南基金小镇', 3), // a subheading in 湖滨商圈's article naming the earlier pilot
      candidate('杭州市江干区钱塘智慧城工会 智慧城里的工会', 4),
    ]);
    expect(match).toEqual([0, 1, 2, 4]);
    expect(scores[1]).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(scores[1]).toBeLessThan(MIN_SCORE + 0.1);
  });
  it('matches nothing when there is no candidate', () => {
    expect(alignEntries(entries, [])).toEqual({ match: [-1, -1, -1, -1], scores: [0, 0, 0, 0] });
  });
});
