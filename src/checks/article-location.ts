import { error, type Problem } from '../core/problem.ts';
import type { ContentSet } from './content-set.ts';

/**
 * An article's URL comes from its folder and file name: the frontmatter's
 * `issue` and `slug` must say the same, and the issue must exist. An issue's
 * id must be its folder's name.
 */
export function checkArticleLocation(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const [id, issue] of set.issues) {
    const folder = issue.file.split('/').at(-2);
    if (folder !== id)
      problems.push(
        error(issue.file, `id “${id}” differs from its folder “${folder}”`, {
          line: issue.yaml.lineOf(['id']),
          field: 'id',
          hint: `rename the folder to ${id}, or set id: ${folder}`,
        }),
      );
  }
  for (const a of set.articles) {
    const [issueFolder, , name] = a.file.split('/').slice(-3);
    if (name !== `${a.data.slug}.mdx`)
      problems.push(
        error(a.file, `slug “${a.data.slug}” differs from the file name “${name}”`, {
          line: a.yaml.lineOf(['slug']),
          field: 'slug',
          hint: 'to rename an article, rename the file, change `slug` and add the old slug to `redirectFrom`',
        }),
      );
    if (issueFolder !== a.data.issue)
      problems.push(
        error(a.file, `issue “${a.data.issue}” differs from the folder “${issueFolder}”`, {
          line: a.yaml.lineOf(['issue']),
          field: 'issue',
        }),
      );
    if (!set.issues.has(a.data.issue))
      problems.push(
        error(a.file, `no issue “${a.data.issue}” (content/issues/${a.data.issue}/issue.yaml)`, {
          line: a.yaml.lineOf(['issue']),
          field: 'issue',
        }),
      );
  }
  return problems;
}
