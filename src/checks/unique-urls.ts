import { error, type Problem } from '../core/problem.ts';
import { urls } from '../lib/urls.ts';
import type { ContentSet } from './content-set.ts';

/** Every article URL the content claims (its slug and its earlier slugs) → the file that claims it. */
export function claimedArticleUrls(set: ContentSet): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of set.articles)
    for (const slug of [a.data.slug, ...(a.data.redirectFrom ?? [])]) {
      const url = urls.article(a.data.issue, slug);
      if (!out.has(url)) out.set(url, a.file);
    }
  return out;
}

/** No two articles claim one URL (slug or earlier slug), and no two share an issue's order number. */
export function checkUniqueUrls(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const orders = new Map<string, string>();
  for (const a of set.articles) {
    for (const slug of [a.data.slug, ...(a.data.redirectFrom ?? [])]) {
      const url = urls.article(a.data.issue, slug);
      const other = seen.get(url);
      if (other && other !== a.file)
        problems.push(
          error(a.file, `URL ${url} is also claimed by ${other}`, {
            line: a.yaml.lineOf([slug === a.data.slug ? 'slug' : 'redirectFrom']),
            field: slug === a.data.slug ? 'slug' : 'redirectFrom',
          }),
        );
      seen.set(url, a.file);
    }
    const key = `${a.data.issue}#${a.data.order}`;
    const other = orders.get(key);
    if (other)
      problems.push(
        error(a.file, `order ${a.data.order} is also used by ${other}`, {
          line: a.yaml.lineOf(['order']),
          field: 'order',
        }),
      );
    orders.set(key, a.file);
  }
  return problems;
}
