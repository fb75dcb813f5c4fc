import { describe, expect, it } from 'vitest';
import { toPieces } from './body.ts';
import { continuesHeading, joinSplitHeading } from './split-heading.ts';
import type { TocEntry } from './types.ts';

const section = { name: '重点报道', key: 'feature', kind: 'pilot', line: 1 } as TocEntry['section'];
const entry = (text: string, more: Partial<TocEntry> = {}): TocEntry => ({
  section,
  text,
  line: 1,
  index: 0,
  ...more,
});
/** Lines of a seed, blank-separated, as pieces. */
const pieces = (...texts: string[]) =>
  toPieces(
    texts.flatMap((t, i) => [
      { no: 2 * i + 1, text: t },
      { no: 2 * i + 2, text: '' },
    ]),
  );
const join = (e: TocEntry, orgFirst: boolean, ...texts: string[]) =>
  joinSplitHeading(pieces(...texts), {
    kind: 'pilot',
    entry: e,
    kickerPieces: 0,
    anchoredOnSection: false,
    orgFirst,
  }).pieces.map((p) => p.text);

describe('headings split over lines', () => {
  const feature = entry('桐乡市濮院镇总工会', {
    subtitle: '“三导向”夯实基层“桩脚”',
    author: '阮向民',
  });

  it('joins a heading cut before, inside or after the union suffix, and stops at the byline', () => {
    expect(
      join(
        feature,
        true,
        '桐乡市濮院镇',
        '总工会 “三导向”夯实基层“桩脚”',
        '特约记者 阮向民',
        '正文。',
      ),
    ).toEqual(['桐乡市濮院镇总工会 “三导向”夯实基层“桩脚”', '特约记者 阮向民', '正文。']);
    expect(
      join(feature, true, '桐乡市濮院镇总', '工会 “三导向”夯实基层“桩脚”', '■特约记者 阮向民')[0],
    ).toBe('桐乡市濮院镇总工会 “三导向”夯实基层“桩脚”');
    // Organisation whole on the first line, title on the second: the space the head splits on is kept.
    expect(
      join(feature, true, '桐乡市濮院镇总工会', '“三导向”夯实基层“桩脚”', '特约记者 阮向民')[0],
    ).toBe('桐乡市濮院镇总工会 “三导向”夯实基层“桩脚”');
  });

  it('joins a name that continues, an open bracket, a suffix cut inside (工会 / 联合会)', () => {
    const sketch = (t: string) => entry(t, { section: { ...section, name: '速写' } });
    expect(join(sketch('萧山区瓜沥镇'), true, '杭州市萧山区', '瓜沥镇总工会', '正文。')[0]).toBe(
      '杭州市萧山区瓜沥镇总工会',
    );
    expect(join(sketch('桐庐县分水镇'), true, '桐庐县分水镇(制笔', '小镇)总工会')[0]).toBe(
      '桐庐县分水镇(制笔小镇)总工会',
    );
    expect(join(sketch('慈溪市周巷镇'), true, '慈溪市周巷镇工会', '联合会')[0]).toBe(
      '慈溪市周巷镇工会联合会',
    );
    expect(join(sketch('景宁畲族自治县鸬鹚乡'), true, '景宁畲族自治县鸬鹚', '乡联合工会')[0]).toBe(
      '景宁畲族自治县鸬鹚乡联合工会',
    );
  });

  it('joins a title-first pilot’s title and subtitle separately, keeping a printed space', () => {
    const special = entry('小镇大舞台 职工新家园', {
      subtitle: '绍兴市柯桥区平水镇总工会工作纪实',
      author: '陈立群',
    });
    expect(
      join(
        special,
        false,
        '小镇大舞台',
        '职工新家园',
        '绍兴市柯桥区平水镇总工会',
        '工作纪实',
        '绍兴市柯桥区平水镇党委委员、总工会主席 陈立群',
      ),
    ).toEqual([
      '小镇大舞台 职工新家园',
      '绍兴市柯桥区平水镇总工会工作纪实',
      '绍兴市柯桥区平水镇党委委员、总工会主席 陈立群',
    ]);
  });

  it('leaves whole headings, subheadings and paragraphs alone', () => {
    // The body's title differs from the 目录's; the first subheading shares two of its words.
    expect(
      continuesHeading(
        '浦江水晶产业园区总工会 “互联网+”实现统一',
        '党建引领 六个统一',
        '浦江水晶产业园区总工会“互联网+”实现“六个统一”',
        { pilot: true },
      ),
    ).toBe(false);
    expect(
      join(feature, true, '桐乡市濮院镇总工会 “三导向”夯实基层“桩脚”', '特约记者 阮向民'),
    ).toHaveLength(2);
    expect(
      continuesHeading('杭州市滨江区物联网小镇工会', '创新组织体系', '滨江区物联网小镇', {
        pilot: true,
      }),
    ).toBe(false);
    expect(
      continuesHeading('杭州市萧山区', '瓜沥镇地处萧山东部,企业众多。', '萧山区瓜沥镇', {
        pilot: true,
      }),
    ).toBe(false);
    expect(continuesHeading('杭州市萧山区', '2018年7月13日', '萧山区瓜沥镇', { pilot: true })).toBe(
      false,
    );
  });
});
