import { describe, expect, it } from 'vitest';
import { checkArticleLocation } from './article-location.ts';
import { readContentSet } from './content-set.ts';

const issueYaml = (id: string) =>
  `id: ${id}\ntitle: 浙江工运\nlabel: 2018/5-6\nyear: 2018\nnumbers: [5, 6]\ntotals: []\nsponsors: []\norganizers: []\nboard: []\neditors: []\ncolophon: []\nseed: seeds/x.txt\ntoc: []\n`;
const article = (slug: string, issue = '2018-5-6') =>
  `---\nslug: ${slug}\nissue: ${issue}\nsection: 综述\nsectionKey: overview\nkind: overview\norder: 1\ntitle: 新业态工会“动”起来\n---\n\n正文。\n`;
const check = (files: { path: string; text: string }[]) => {
  const { set, problems } = readContentSet(files);
  expect(problems).toEqual([]);
  return checkArticleLocation(set);
};
const issueFile = { path: 'content/issues/2018-5-6/issue.yaml', text: issueYaml('2018-5-6') };

describe('checkArticleLocation', () => {
  it('accepts an article whose file name, folder and issue agree', () => {
    expect(
      check([
        issueFile,
        { path: 'content/issues/2018-5-6/articles/overview.mdx', text: article('overview') },
      ]),
    ).toEqual([]);
  });

  it('says a slug differing from the file name breaks the URL, at the slug line, with how to rename', () => {
    const [p, ...rest] = check([
      issueFile,
      { path: 'content/issues/2018-5-6/articles/overview.mdx', text: article('renamed') },
    ]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ level: 'error', field: 'slug', line: 2 });
    expect(p!.message).toBe('slug “renamed” differs from the file name “overview.mdx”');
    expect(p!.hint).toContain('redirectFrom');
  });

  it('finds an article filed in another issue’s folder, and an issue that does not exist', () => {
    const problems = check([
      issueFile,
      {
        path: 'content/issues/2018-5-6/articles/overview.mdx',
        text: article('overview', '2019-1-2'),
      },
    ]);
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['issue', 3, 'issue “2019-1-2” differs from the folder “2018-5-6”'],
      ['issue', 3, 'no issue “2019-1-2” (content/issues/2019-1-2/issue.yaml)'],
    ]);
  });

  it('finds an issue whose id is not its folder name', () => {
    const [p] = check([
      { path: 'content/issues/2018-7-8/issue.yaml', text: issueYaml('2018-5-6') },
    ]);
    expect(p).toMatchObject({ level: 'error', field: 'id', line: 1 });
    expect(p!.message).toBe('id “2018-5-6” differs from its folder “2018-7-8”');
  });
});
