import { describe, expect, it } from 'vitest';
import { bodyToMdx } from '../ingest/mdx.ts';
import {
  ArticleBodyError,
  articleBodyToHtml,
  renderArticleBody,
} from './article-html.ts';
import { mdxToPlainText } from './plain-text.ts';

describe('article bodies to HTML', () => {
  it('renders every block the importer writes, with paragraph ids', () => {
    const mdx = bodyToMdx([
      { type: 'editor-note', text: '编者按 一段{按语}', lines: [1] },
      { type: 'heading', text: '坚持 氛围有我', lines: [2] },
      { type: 'paragraph', text: '正文<段落>与“1+1>2”、A&B', lines: [3] },
      { type: 'dated', date: '9月3日', text: '事件一', lines: [4] },
      { type: 'dated', date: '9月5日', text: '事件二', lines: [5] },
      { type: 'source-note', text: '(综合《解放日报》等)', lines: [6] },
      { type: 'signature', text: '浙江省总工会党组书记、副主席', lines: [7] },
    ]);
    expect(articleBodyToHtml(mdx)).toBe(
      [
        '<blockquote>',
        '<p id="p-1"><strong>编者按</strong>　一段{按语}</p>',
        '</blockquote>',
        '<h2 id="p-2">坚持 氛围有我</h2>',
        '<p id="p-3">正文&#x3C;段落>与“1+1>2”、A&#x26;B</p>',
        '<ul>',
        '<li id="p-4"><strong>9月3日</strong>　事件一</li>',
        '<li id="p-5"><strong>9月5日</strong>　事件二</li>',
        '</ul>',
        '<p class="source-note" id="p-6">（综合《解放日报》等）</p>',
        '<p class="signature" id="p-7">浙江省总工会党组书记、副主席</p>',
      ].join('\n'),
    );
  });

  it('shows half-width punctuation full-width in Chinese context, across inline elements, not between digits', () => {
    const { html, text } = renderArticleBody('2014年8月,在*省市区*,以及 500Startups,和 1,000 人\n');
    expect(html).toBe('<p id="p-1">2014年8月，在<em>省市区</em>，以及 500Startups，和 1,000 人</p>');
    // The plain text (search, exports) keeps the imported marks.
    expect(text).toBe('2014年8月,在省市区,以及 500Startups,和 1,000 人');
  });

  it('gives the plain text from the same parse, as mdxToPlainText reads it', () => {
    const mdx = '## 小标题\n\n正文*强调*\n\n<p class="signature">署名</p>\n';
    expect(renderArticleBody(mdx).text).toBe(mdxToPlainText(mdx));
    expect(renderArticleBody(mdx).text).toBe('小标题\n正文强调\n署名');
  });

  it('renders hand-written Markdown: GFM tables, emphasis, inline HTML elements', () => {
    const html = articleBodyToHtml(
      '| 项目 | 数量 |\n| --- | --- |\n| 书屋 | 3 |\n\n职工<sup>1</sup>与*强调*\n',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<td>书屋</td>');
    expect(html).toContain('职工<sup>1</sup>与<em>强调</em>');
  });

  it('never passes raw HTML through: script and event handlers are refused', () => {
    expect(() => articleBodyToHtml('<script>alert(1)</script>\n')).toThrow(/<script> is not/);
    expect(() => articleBodyToHtml('<p onclick="x()">a</p>\n')).toThrow(/only plain class/);
    expect(() => articleBodyToHtml('<p class={x}>a</p>\n')).toThrow(/quoted values/);
  });

  it('names the line of what it cannot render', () => {
    let err: unknown;
    try {
      articleBodyToHtml('第一段\n\n第二段{x}\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ArticleBodyError);
    expect((err as ArticleBodyError).line).toBe(3);
    expect((err as ArticleBodyError).reason).toMatch(/write \\\{/);
    expect(() => articleBodyToHtml('import X from "y"\n\n正文\n')).toThrow(/line 1: `import`/);
    expect(() => articleBodyToHtml('<Chart />\n')).toThrow(/<Chart> is not an HTML element/);
  });
});
