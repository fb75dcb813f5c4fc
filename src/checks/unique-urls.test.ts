import { describe, expect, it } from 'vitest';
import { readContentSet } from './content-set.ts';
import { checkUniqueUrls, claimedArticleUrls } from './unique-urls.ts';

const article = (slug: string, order: number, extra = '', issue = '2018-5-6') =>
  `---\nslug: ${slug}\nissue: ${issue}\nsection: 综述\nsectionKey: overview\nkind: overview\norder: ${order}\ntitle: 标题\n${extra}---\n\n正文。\n`;
const file = (slug: string, text: string, issue = '2018-5-6') => ({
  path: `content/issues/${issue}/articles/${slug}.mdx`,
  text,
});
const setOf = (files: { path: string; text: string }[]) => {
  const { set, problems } = readContentSet(files);
  expect(problems).toEqual([]);
  return set;
};

describe('checkUniqueUrls', () => {
  it('accepts articles with their own URLs and orders', () => {
    const set = setOf([
      file('a', article('a', 1)),
      file('b', article('b', 2, 'redirectFrom: [old-b]\n')),
    ]);
    expect(checkUniqueUrls(set)).toEqual([]);
    expect([...claimedArticleUrls(set)]).toEqual([
      ['/issues/2018-5-6/a/', 'content/issues/2018-5-6/articles/a.mdx'],
      ['/issues/2018-5-6/b/', 'content/issues/2018-5-6/articles/b.mdx'],
      ['/issues/2018-5-6/old-b/', 'content/issues/2018-5-6/articles/b.mdx'],
    ]);
  });

  it('refuses an earlier slug that another article still uses, at the redirectFrom line', () => {
    const set = setOf([
      file('a', article('a', 1)),
      file('b', article('b', 2, 'redirectFrom: [a]\n')),
    ]);
    const [p, ...rest] = checkUniqueUrls(set);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      file: 'content/issues/2018-5-6/articles/b.mdx',
      field: 'redirectFrom',
      line: 9,
      message: 'URL /issues/2018-5-6/a/ is also claimed by content/issues/2018-5-6/articles/a.mdx',
    });
  });

  it('refuses two articles of one issue with the same order number', () => {
    const [p] = checkUniqueUrls(setOf([file('a', article('a', 3)), file('b', article('b', 3))]));
    expect(p).toMatchObject({
      field: 'order',
      line: 7,
      message: 'order 3 is also used by content/issues/2018-5-6/articles/a.mdx',
    });
  });

  it('lets two issues use the same slug and order', () => {
    const set = setOf([
      file('a', article('a', 1)),
      file('a', article('a', 1, '', '2018-7-8'), '2018-7-8'),
    ]);
    expect(checkUniqueUrls(set)).toEqual([]);
  });
});
