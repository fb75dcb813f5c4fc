import { error, type Problem } from '../core/problem.ts';
import { urls } from '../lib/urls.ts';
import type { ContentSet } from './content-set.ts';
import { claimedArticleUrls } from './unique-urls.ts';

/** Redirects (`content/redirects.yaml`): each target is a page of the site, no source hides a live page. */
export function checkRedirects(set: ContentSet): Problem[] {
  const r = set.redirects;
  if (!r) return [];
  const articles = claimedArticleUrls(set);
  const issues = new Set([...set.issues.keys()].map((id) => urls.issue(id)));
  const fixed = new Set([
    urls.home(),
    urls.issues(),
    urls.cities(),
    urls.types(),
    urls.sections(),
    urls.pilots(),
    urls.search(),
  ]);
  const exists = (url: string) => fixed.has(url) || issues.has(url) || articles.has(url);
  const problems: Problem[] = [];
  r.list.forEach((x, i) => {
    if (!exists(x.to))
      problems.push(
        error(r.file, `redirect target ${x.to} is not a page of the site`, {
          line: r.yaml.lineOf([i, 'to']),
          field: 'to',
        }),
      );
    if (exists(x.from))
      problems.push(
        error(r.file, `${x.from} is a live page: a redirect there would hide it`, {
          line: r.yaml.lineOf([i, 'from']),
          field: 'from',
        }),
      );
  });
  return problems;
}
