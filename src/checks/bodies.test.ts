import { describe, expect, it } from 'vitest';
import { checkBodies } from './bodies.ts';
import { readContentSet } from './content-set.ts';

const head = (kind = 'overview') =>
  `---\nslug: a\nissue: 2018-5-6\nsection: 综述\nsectionKey: overview\nkind: ${kind}\norder: 1\ntitle: 标题\n---\n`;
const check = (body: string, kind?: string) => {
  const { set, problems } = readContentSet([
    { path: 'content/issues/2018-5-6/articles/a.mdx', text: head(kind) + body },
  ]);
  expect(problems).toEqual([]);
  const r = checkBodies(set);
  return { problems: r.problems, texts: [...r.texts.values()] };
};

describe('checkBodies', () => {
  it('accepts Markdown and plain HTML, and returns the plain text for the text checks', () => {
    const r = check('\n## 小标题\n\n一段正文。\n\n<p class="signature">浙江省总工会</p>\n');
    expect(r.problems).toEqual([]);
    expect(r.texts[0]).toContain('一段正文。');
    expect(r.texts[0]).toContain('浙江省总工会');
  });

  it('refuses an unescaped brace at the line of the file where it stands', () => {
    const r = check('\n第一段。\n\n一段 {未转义的表达式\n');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'error', line: 13 });
    expect(r.problems[0]!.message).toMatch(/^body cannot be rendered: /);
    expect(r.texts).toEqual([]);
  });

  it('refuses a component, which is not an HTML element', () => {
    const [p] = check('\n<Chart data="x" />\n').problems;
    expect(p!.message).toContain('<Chart> is not an HTML element');
  });

  it('refuses a javascript: link, at its line', () => {
    const [p] = check('\n正文。\n\n见[此处](javascript:alert(1))。\n').problems;
    expect(p).toMatchObject({ level: 'error', line: 13 });
    expect(p!.message).toMatch(/^link “javascript:alert\(1\)” is refused: /);
  });

  it('warns of an empty body, except for a news item', () => {
    expect(check('\n').problems.map((p) => [p.level, p.message, p.line])).toEqual([
      ['warning', 'empty body', 10],
    ]);
    expect(check('\n', 'news').problems).toEqual([]);
  });
});
