import { describe, expect, it } from 'vitest';
import { toDistFile, listSitePaths, toSitePath } from './site-paths.ts';

describe('listSitePaths', () => {
  const paths = listSitePaths({
    issueIds: ['2018-5-6'],
    articles: [
      { issue: '2018-5-6', slug: 'juanshouyu', kind: 'editorial', sectionKey: 'foreword' },
      {
        issue: '2018-5-6',
        slug: 'a',
        kind: 'pilot',
        sectionKey: 'sketch',
        city: '杭州市',
        type: '特色小镇',
        pilot: 'p1',
      },
      {
        issue: '2018-5-6',
        slug: 'b',
        kind: 'pilot',
        sectionKey: 'sketch',
        city: '宁波市',
        type: '楼宇商圈',
      },
    ],
    pilotIds: ['p1', 'b', 'unreported'],
  });

  it('lists the fixed pages, issues and articles', () => {
    for (const p of [
      '/',
      '/issues/',
      '/cities/',
      '/types/',
      '/sections/',
      '/pilots/',
      '/search/',
      '/data/',
    ])
      expect(paths).toContain(p);
    expect(paths).toContain('/issues/2018-5-6/');
    expect(paths).toContain('/issues/2018-5-6/a/');
  });

  it('lists a city, type or pilot page only when it has reports', () => {
    expect(paths).toContain('/cities/hangzhou/');
    expect(paths).toContain('/cities/ningbo/');
    expect(paths).not.toContain('/cities/wenzhou/');
    expect(paths.filter((p) => p.startsWith('/types/'))).toHaveLength(3);
    expect(paths).toContain('/pilots/p1/');
    expect(paths).toContain('/pilots/b/');
    expect(paths).not.toContain('/pilots/unreported/');
  });

  it('lists a section page only when it has articles', () => {
    expect(paths.filter((p) => p.startsWith('/sections/') && p !== '/sections/')).toEqual([
      '/sections/foreword/',
      '/sections/sketches/',
    ]);
  });

  it('is sorted, each path once', () => {
    expect(paths).toEqual([...new Set(paths)].sort());
  });

  it('maps page paths to dist files and back', () => {
    expect(toDistFile('/')).toBe('index.html');
    expect(toDistFile('/issues/x/')).toBe('issues/x/index.html');
    expect(toSitePath('index.html')).toBe('/');
    expect(toSitePath('issues/x/index.html')).toBe('/issues/x/');
  });
});
