import { describe, expect, it } from 'vitest';
import { checkLeftovers, type LeftoverInput } from './leftovers.ts';

const article = (body: string, data: Partial<LeftoverInput['data']> = {}): LeftoverInput => ({
  file: 'content/issues/2018-7-8/articles/x.mdx',
  data: { kind: 'pilot', title: '“三导向”夯实基层“桩脚”', org: '桐乡市濮院镇总工会', ...data },
  body,
  bodyLine: 10,
});
const messages = (a: LeftoverInput) => checkLeftovers(a).map((p) => `${p.line}: ${p.message}`);

describe('head leftovers in a body', () => {
  it('finds the rest of a split heading and the byline below it, with their lines', () => {
    const a = article('## 总工会 “三导向”夯实基层“桩脚”\n\n## 特约记者 阮向民\n\n正文。\n', {
      org: '桐乡市濮院镇',
      title: '桐乡市濮院镇',
      tocTitle: '桐乡市濮院镇总工会',
    });
    expect(messages(a)).toEqual([
      '10: the rest of a heading left in the body: “总工会 “三导向”夯实基层“桩脚””',
      '12: a byline left in the body: “特约记者 阮向民”',
      '1: org “桐乡市濮院镇” has no union suffix, but its heading printed “桐乡市濮院镇总工会”',
    ]);
  });

  it('finds a subheading that is only a place or a union, and a date line', () => {
    expect(
      messages(article('## 杭州市萧山区\n\n正文。\n\n## 瓜沥镇总工会\n\n2018年7月13日\n')),
    ).toEqual([
      "10: a subheading that is only a place or a union's name: “杭州市萧山区”",
      "14: a subheading that is only a place or a union's name: “瓜沥镇总工会”",
      '16: a date left as a line of the body: “2018年7月13日”',
    ]);
  });

  it('leaves ordinary subheadings, paragraphs and a chronicle alone', () => {
    expect(
      messages(
        article(
          '## 互联网+工会 与职工同行\n\n## 商圈里的工会\n\n## 工会工作的一切从组建开始\n\n特约记者们走进企业。\n',
        ),
      ),
    ).toEqual([]);
    expect(messages(article('9月3日\n', { kind: 'chronicle' }))).toEqual([]);
    expect(
      messages(
        article('正文。\n', {
          org: '杭州市下城区中国(杭州)电竞数娱小镇',
          tocTitle: '下城区中国杭州电竞数娱小镇',
        }),
      ),
    ).toEqual([]);
  });
});
