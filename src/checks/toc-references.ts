import { error, type Problem } from '../core/problem.ts';
import { urls } from '../lib/urls.ts';
import type { ContentSet } from './content-set.ts';
import { claimedArticleUrls } from './unique-urls.ts';

/** Each 目录 entry that links an article names one the issue has. */
export function checkTocReferences(set: ContentSet): Problem[] {
  const claimed = claimedArticleUrls(set);
  const problems: Problem[] = [];
  for (const [id, issue] of set.issues)
    issue.data.toc.forEach((e, i) => {
      if (e.slug && !claimed.has(urls.article(id, e.slug)))
        problems.push(
          error(issue.file, `TOC entry “${e.text}” points to “${e.slug}”, which no article of ${id} has`, {
            line: issue.yaml.lineOf(['toc', i, 'slug']),
            field: `toc.${i}.slug`,
          }),
        );
    });
  return problems;
}
