import { describe, expect, it } from 'vitest';
import { readContentSet } from './content-set.ts';
import { checkTextLeftovers } from './text-leftovers.ts';

const check = (body: string) => {
  const text = `---\nslug: a\nissue: 2018-5-6\nsection: 综述\nsectionKey: overview\nkind: overview\norder: 1\ntitle: 标题\n---\n${body}`;
  const { set, problems } = readContentSet([
    { path: 'content/issues/2018-5-6/articles/a.mdx', text },
  ]);
  expect(problems).toEqual([]);
  return checkTextLeftovers(set.articles[0]!).map((p) => [p.line, p.message]);
};

describe('checkTextLeftovers', () => {
  it('has nothing to say about whole sentences, headings and lists', () => {
    expect(
      check(
        '\n## 工会工作的一切从组建开始\n\n梦想小镇共建36个基层组织。\n\n- 一条很长很长很长很长很长很长很长很长很长很长很长很长的列表项\n',
      ),
    ).toEqual([]);
  });

  it('finds a page number or end mark left in the text, at its file line', () => {
    expect(check('\n残留的页码。**12**\n\n结尾。■\n')).toEqual([
      [11, 'page furniture left in the text: “**12**”'],
      [13, 'page furniture left in the text: “■”'],
    ]);
  });

  it('finds an English word between Chinese words', () => {
    expect(check('\n良仓孵化器 etc 知名孵化器。\n')).toEqual([
      [11, 'an English word “etc” between Chinese words: check it against the printed page'],
    ]);
  });

  it('finds a long paragraph that stops mid-sentence before another paragraph', () => {
    const cut = '这一段在换页处被截断而没有接上下一段的文字内容后面还有很多字没有';
    expect(check(`\n${cut}\n\n接续的文字。\n`)).toEqual([
      [11, 'paragraph ends mid-sentence: a line or page break to join?'],
    ]);
    // At the end of the body, or before a closing signature, there is nothing to join it to.
    expect(check(`\n${cut}\n`)).toEqual([]);
    expect(check(`\n${cut}\n\n<p class="signature">浙江省总工会</p>\n`)).toEqual([]);
  });
});
