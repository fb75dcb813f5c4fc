import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { checkRedirectTargets, readRedirects } from './redirect-targets.ts';

const pages = new Set(['/', '/issues/', '/issues/2018-5-6/', '/cities/hangzhou/', '/data/']);
const F = 'content/redirects.yaml';

describe('checkRedirectTargets', () => {
  it('accepts redirects to any page of the site', () => {
    const text = [
      '# comment',
      '- from: /old-a/',
      '  to: /issues/',
      '- { from: /old-b/, to: /cities/hangzhou/ }',
      '- from: /old-c/',
      '  to: /data/',
    ].join('\n');
    expect(checkRedirectTargets(F, text, pages)).toEqual([]);
  });

  it('refuses a target that is not a page, at the line of its `to`', () => {
    const text = '- from: /old-a/\n  to: /issues/\n- from: /old-b/\n  to: /issues/nowhere/\n';
    const [p, ...rest] = checkRedirectTargets(F, text, pages);
    expect(rest).toEqual([]);
    expect(formatProblem(p!)).toMatch(
      /^content\/redirects\.yaml:4: error: to: redirect target \/issues\/nowhere\/ is not a page of the site\n {2}→ /,
    );
  });

  it('refuses a source that is a live page, at the line of its `from`', () => {
    const [p] = checkRedirectTargets(F, '- from: /issues/2018-5-6/\n  to: /\n', pages);
    expect(p).toMatchObject({ line: 1, field: 'from' });
  });

  it('reads flow and block entries with their lines, skipping malformed ones', () => {
    expect(readRedirects('[]')).toEqual([]);
    expect(readRedirects('- from: /a/\n\n  to: /b/\n- x\n- { from: /c/, to: /d/ }\n')).toEqual([
      { from: '/a/', to: '/b/', fromLine: 1, toLine: 3 },
      { from: '/c/', to: '/d/', fromLine: 5, toLine: 5 },
    ]);
  });
});
