import { describe, expect, it } from 'vitest';
import type { Archive } from './content.ts';
import { getMovedParam, movedPages } from './moved-pages.ts';
import { isRedirectPage } from './redirect-registry.ts';

describe('getMovedParam', () => {
  it('drops the outer slashes of an old path, keeping the inner ones', () => {
    expect(getMovedParam('/issues/2018-5-6/old-title/')).toBe('issues/2018-5-6/old-title');
    expect(getMovedParam('/old.html')).toBe('old.html');
  });
});

describe('movedPages', () => {
  it('makes one page per old URL, leading to the new one, and marks it as a redirect for the sitemap', () => {
    const archive = {
      redirects: [{ from: '/issues/2018-1/moved-away/', to: '/issues/2018-1/new-home/' }],
    } as unknown as Archive;
    expect(isRedirectPage('https://example.org/issues/2018-1/moved-away/')).toBe(false);
    expect(movedPages(archive)).toEqual([
      { params: { moved: 'issues/2018-1/moved-away' }, props: { to: '/issues/2018-1/new-home/' } },
    ]);
    expect(isRedirectPage('https://example.org/issues/2018-1/moved-away/')).toBe(true);
    expect(isRedirectPage('https://example.org/issues/2018-1/new-home/')).toBe(false);
  });
});
