/** The content folder read as src/lib/site-paths.ts needs it, for checks on the built site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { SiteArticle, SiteData } from '../../src/lib/site-paths.ts';

interface Frontmatter extends SiteArticle {
  redirectFrom?: string[];
}

/** Issues, articles (with their old slugs) and pilot ids of a content folder. */
export function readSiteData(root = 'content'): SiteData & {
  articles: Frontmatter[];
  redirectsFrom: string[];
} {
  const issuesDir = join(root, 'issues');
  const issueIds = readdirSync(issuesDir).filter((d) =>
    existsSync(join(issuesDir, d, 'issue.yaml')),
  );
  const articles = issueIds.flatMap((id) => {
    const dir = join(issuesDir, id, 'articles');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'));
        return parseYaml(m?.[1] ?? '') as Frontmatter;
      });
  });
  const pilots = (parseYaml(readFileSync(join(root, 'pilots.yaml'), 'utf8')) ?? []) as {
    id: string;
  }[];
  const redirects = (parseYaml(readFileSync(join(root, 'redirects.yaml'), 'utf8')) ?? []) as {
    from: string;
  }[];
  return {
    issueIds,
    articles,
    pilotIds: pilots.map((p) => p.id),
    redirectsFrom: [
      ...redirects.map((r) => r.from),
      ...articles.flatMap((a) => (a.redirectFrom ?? []).map((old) => `/issues/${a.issue}/${old}/`)),
    ],
  };
}
