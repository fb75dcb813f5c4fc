import { describe, expect, it } from 'vitest';
import { readContentSet } from './content-set.ts';
import { checkTocReferences } from './toc-references.ts';

const issueYaml = (toc: string) =>
  `id: 2018-5-6\ntitle: 浙江工运\nlabel: 2018/5-6\nyear: 2018\nnumbers: [5, 6]\ntotals: []\nsponsors: []\norganizers: []\nboard: []\neditors: []\ncolophon: []\nseed: seeds/x.txt\ntoc:\n${toc}`;
const entry = (text: string, slug?: string) =>
  `  - section: 综述\n    sectionKey: overview\n    text: ${text}\n${slug ? `    slug: ${slug}\n` : ''}`;
const article = `---\nslug: overview\nissue: 2018-5-6\nsection: 综述\nsectionKey: overview\nkind: overview\norder: 1\ntitle: 新业态工会“动”起来\nredirectFrom: [zongshu]\n---\n\n正文。\n`;
const check = (toc: string) => {
  const { set, problems } = readContentSet([
    { path: 'content/issues/2018-5-6/issue.yaml', text: issueYaml(toc) },
    { path: 'content/issues/2018-5-6/articles/overview.mdx', text: article },
  ]);
  expect(problems).toEqual([]);
  return checkTocReferences(set);
};

describe('checkTocReferences', () => {
  it('accepts 目录 entries that link an article, by its slug or an earlier one, or link nothing', () => {
    expect(
      check(entry('新业态工会“动”起来', 'overview') + entry('旧名', 'zongshu') + entry('未链接')),
    ).toEqual([]);
  });

  it('finds an entry linking an article the issue lacks, at the line of its slug', () => {
    const [p, ...rest] = check(
      entry('新业态工会“动”起来', 'overview') + entry('后记', 'afterword'),
    );
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      level: 'error',
      file: 'content/issues/2018-5-6/issue.yaml',
      field: 'toc.1.slug',
      line: 21,
      message: 'TOC entry “后记” points to “afterword”, which no article of 2018-5-6 has',
    });
  });
});
