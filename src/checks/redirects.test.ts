import { describe, expect, it } from 'vitest';
import { readContentSet } from './content-set.ts';
import { checkRedirects } from './redirects.ts';

const issue = {
  path: 'content/issues/2018-5-6/issue.yaml',
  text: 'id: 2018-5-6\ntitle: 浙江工运\nlabel: 2018/5-6\nyear: 2018\nnumbers: [5, 6]\ntotals: []\nsponsors: []\norganizers: []\nboard: []\neditors: []\ncolophon: []\nseed: seeds/x.txt\ntoc: []\n',
};
const article = {
  path: 'content/issues/2018-5-6/articles/overview.mdx',
  text: '---\nslug: overview\nissue: 2018-5-6\nsection: 综述\nsectionKey: overview\nkind: overview\norder: 1\ntitle: 综述\nredirectFrom: [zongshu]\n---\n\n正文。\n',
};
const check = (redirects?: string) => {
  const { set, problems } = readContentSet(
    [issue, article],
    redirects === undefined ? undefined : { path: 'content/redirects.yaml', text: redirects },
  );
  expect(problems).toEqual([]);
  return checkRedirects(set);
};

describe('checkRedirects', () => {
  it('has nothing to say without a redirects file, or with an empty one', () => {
    expect(check()).toEqual([]);
    expect(check('# none yet\n')).toEqual([]);
  });

  it('accepts a redirect from an old URL to an article or issue page the content builds', () => {
    expect(
      check(
        '- from: /issues/2018-5-6/gone/\n  to: /issues/2018-5-6/\n- from: /issues/2018-5-6/old/\n  to: /issues/2018-5-6/overview/\n',
      ),
    ).toEqual([]);
  });

  it('refuses a redirect to an article that does not exist, at the line of its `to`', () => {
    const [p, ...rest] = check('- from: /issues/2018-5-6/old/\n  to: /issues/2018-5-6/nowhere/\n');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ level: 'error', file: 'content/redirects.yaml', line: 2 });
    expect(p!.message).toContain('/issues/2018-5-6/nowhere/ is not a page of the site');
  });

  it('refuses a redirect from an article page that is still published', () => {
    const [p] = check('- from: /issues/2018-5-6/overview/\n  to: /issues/2018-5-6/\n');
    expect(p).toMatchObject({ level: 'error', line: 1 });
    expect(p!.message).toBe(
      '/issues/2018-5-6/overview/ is a live page: a redirect there would hide it',
    );
  });
});
