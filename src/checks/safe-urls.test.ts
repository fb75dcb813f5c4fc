import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { checkSafeUrls } from './safe-urls.ts';

const F = 'content/issues/x/articles/a.mdx';
const lines = (body: string, bodyLine = 1) =>
  checkSafeUrls(F, body, bodyLine).map((p) => [p.line, p.column]);

describe('checkSafeUrls', () => {
  it('refuses a javascript: link at its file, line and column', () => {
    const [p, ...rest] = checkSafeUrls(F, '第一段\n\n第二段[点此](javascript:alert(1))\n', 5);
    expect(rest).toEqual([]);
    expect(formatProblem(p!)).toMatch(
      /^content\/issues\/x\/articles\/a\.mdx:7:4: error: link “javascript:alert\(1\)” is refused: “javascript:” links are not allowed/,
    );
    expect(p!.hint).toMatch(/https:, http: or mailto:/);
  });

  it('sees through case, character references and tabs', () => {
    expect(lines('[x](JavaScript:alert(1))')).toEqual([[1, 1]]);
    expect(lines('[x](javascript&#58;alert(1))')).toEqual([[1, 1]]);
    expect(lines('[x](javascript&colon;alert(1))')).toEqual([[1, 1]]);
    expect(lines('[x](<java\tscript:alert(1)>)')).toEqual([[1, 1]]);
    expect(lines('[x](java&#9;script:alert(1))')).toEqual([[1, 1]]);
  });

  it('refuses reference definitions, table cells, data:, vbscript: and //host', () => {
    expect(lines('见[x][r]。\n\n[r]: javascript:alert(1)\n')).toEqual([[3, 1]]);
    expect(lines('| a | b |\n| - | - |\n| 1 | [x](vbscript:x) |\n')).toEqual([[3, 7]]);
    expect(lines('[x](data:text/html,hi)')).toEqual([[1, 1]]);
    expect(lines('[x](//evil.example/)')).toEqual([[1, 1]]);
  });

  it('refuses images from other hosts, inline or by reference', () => {
    const [p] = checkSafeUrls(F, '![](https://other.example/x.png)');
    expect(p!.message).toMatch(
      /image “https:\/\/other\.example\/x\.png” is refused: images must come from the site itself/,
    );
    expect(p!.hint).toMatch(/public\//);
    expect(lines('图![x][i]\n\n[i]: https://other.example/x.png\n')).toEqual([[1, 2]]);
  });

  it('checks URL attributes of HTML elements too', () => {
    expect(lines('<p>\n<span href="javascript:x">a</span>\n</p>\n')).toEqual([[2, 1]]);
  });

  it('accepts what the site allows', () => {
    expect(
      checkSafeUrls(
        F,
        '[a](https://www.zjgh.org/) [b](http://x.example) [c](mailto:a@b.cn) [d](/issues/) [e](#p-1) ![f](/images/f.png) www.example.com\n',
      ),
    ).toEqual([]);
  });

  it('leaves a body that does not parse to the render check', () => {
    expect(checkSafeUrls(F, '{x')).toEqual([]);
  });
});
