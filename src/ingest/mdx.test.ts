import { describe, expect, it } from 'vitest';
import { articleBodyToHtml } from '../lib/article-html.ts';
import { mdxToPlainText } from '../lib/plain-text.ts';
import { bodyToMdx, escapeMdx } from './mdx.ts';

const nasty = [
  '发挥“1+1>2”的整体效应',
  '{x} 与 <img src=x onerror=alert(1)> 与 </p>',
  '*强调* _下划线_ `代码` [链接](http://a) ![图](b) | 表 | ~~删~~',
  '# 不是标题',
  '- 不是列表',
  '1. 不是编号',
  '> 不是引用',
  'A&amp;B &#123; Plug&Play',
  '\\ 反斜杠',
];

describe('MDX escaping', () => {
  it.each(nasty)('renders %s and reads back the same text', (raw) => {
    const mdx = bodyToMdx([{ type: 'paragraph', text: raw, lines: [1] }]);
    expect(() => articleBodyToHtml(mdx)).not.toThrow();
    expect(mdxToPlainText(mdx)).toBe(raw);
  });
  it('writes every kind of block as valid MDX that keeps its text', () => {
    const mdx = bodyToMdx([
      { type: 'editor-note', text: '编者按 一段{按语}', lines: [1] },
      { type: 'heading', text: '坚持 氛围有我 特色立足', lines: [2] },
      { type: 'paragraph', text: '正文<段落>', lines: [3] },
      { type: 'dated', date: '9月3日', text: '事件一', lines: [4] },
      { type: 'dated', date: '9月5日', text: '事件二', lines: [5] },
      { type: 'source-note', text: '(综合《解放日报》等)', lines: [6] },
      { type: 'signature', text: '浙江省总工会党组书记、副主席', lines: [7] },
    ]);
    expect(() => articleBodyToHtml(mdx)).not.toThrow();
    expect(mdxToPlainText(mdx).split('\n')).toEqual([
      '编者按　一段{按语}',
      '坚持 氛围有我 特色立足',
      '正文<段落>',
      '9月3日　事件一',
      '9月5日　事件二',
      '(综合《解放日报》等)',
      '浙江省总工会党组书记、副主席',
    ]);
  });
  it('escapes what MDX would read as code or JSX', () => {
    expect(escapeMdx('{a}<b>')).toBe('\\{a\\}\\<b\\>');
  });
});
