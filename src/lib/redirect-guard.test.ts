import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { checkBuiltRedirects, listBuiltPages } from './redirect-guard.ts';

function site(pages: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const p of pages) {
    mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, p, 'index.html'), '<!doctype html>');
  }
  writeFileSync(join(dir, '404.html'), '<!doctype html>');
  return dir;
}

describe('the build’s redirect guard', () => {
  const dist = site(['', 'issues', 'issues/a', 'cities/hangzhou', 'data', 'issues/a/old']);
  const redirects = (text: string) => {
    const f = join(mkdtempSync(join(tmpdir(), 'content-')), 'redirects.yaml');
    writeFileSync(f, text);
    return f;
  };
  const isRedirect = (p: string) => p === '/issues/a/old/';

  it('lists the built pages by path', () => {
    expect(listBuiltPages(dist)).toEqual([
      '/',
      '/404.html',
      '/cities/hangzhou/',
      '/data/',
      '/issues/',
      '/issues/a/',
      '/issues/a/old/',
    ]);
  });

  it('accepts targets among the built pages', () => {
    const f = redirects('- from: /x/\n  to: /cities/hangzhou/\n- from: /y/\n  to: /data/\n');
    expect(checkBuiltRedirects(dist, f, isRedirect)).toEqual([]);
  });

  it('fails on a target that was not built, or is a redirect page, with file and line', () => {
    const f = redirects(
      '- from: /x/\n  to: /issues/\n- from: /y/\n  to: /issues/b/\n- from: /z/\n  to: /issues/a/old/\n',
    );
    const problems = checkBuiltRedirects(dist, f, isRedirect, 'content/redirects.yaml');
    expect(problems.map(formatProblem).map((s) => s.split('\n')[0])).toEqual([
      'content/redirects.yaml:4: error: to: redirect target /issues/b/ is not a page of the site',
      'content/redirects.yaml:6: error: to: redirect target /issues/a/old/ is not a page of the site',
    ]);
  });

  it('has nothing to check without a redirects file', () => {
    expect(checkBuiltRedirects(dist, join(dist, 'none.yaml'), isRedirect)).toEqual([]);
  });
});
