import type { Problem } from '../core/problem.ts';
import { listSitePaths } from '../lib/site-paths.ts';
import type { ContentSet } from './content-set.ts';
import { checkRedirectTargets } from './redirect-targets.ts';

/**
 * Redirects (`content/redirects.yaml`): each target is a page the site will
 * build, no source hides one. The pages come from `listSitePaths`, the list
 * the built-site test holds against `dist/`; the build checks the built pages.
 */
export function checkRedirects(set: ContentSet): Problem[] {
  const r = set.redirects;
  if (!r) return [];
  const pages = listSitePaths({
    issueIds: [...set.issues.keys()],
    articles: set.articles.map((a) => a.data),
    pilotIds: set.pilots?.list.map((p) => p.id) ?? [],
  });
  return checkRedirectTargets(r.file, r.text, new Set(pages));
}
