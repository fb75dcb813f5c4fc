/**
 * The archive as pages see it. The only caller of `getCollection`: everything
 * derived (order, per-issue lists, neighbours, taxonomies) is computed once
 * here and sorted explicitly, since collection order is not guaranteed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { urls } from './urls.ts';

export type Article = CollectionEntry<'articles'>;
export type Issue = CollectionEntry<'issues'>;
export type Pilot = CollectionEntry<'pilots'>;

/** An old URL that keeps working, and where it leads. */
export interface Redirect {
  from: string;
  to: string;
}

export interface Archive {
  /** Oldest first. */
  issues: Issue[];
  /** In issue order, then in the issue's own order. */
  articles: Article[];
  issueOf: (a: Article) => Issue;
  articlesOf: (issueId: string) => Article[];
  pilots: Article[];
  /** From content/redirects.yaml and the articles' `redirectFrom`, sorted by old URL. */
  redirects: Redirect[];
  /** Pilots that have reports, sorted by city code, county and name. */
  pilotEntries: Pilot[];
  /** A pilot's reports, oldest first. */
  reportsOf: (pilotId: string) => Article[];
  pilotOf: (a: Article) => Pilot | undefined;
}

let cached: Promise<Archive> | undefined;

/** Loads and indexes the whole archive once per build. */
export function loadArchive(): Promise<Archive> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Archive> {
  const issues = (await getCollection('issues')).sort(
    (a, b) =>
      a.data.year - b.data.year ||
      (a.data.numbers[0] ?? 0) - (b.data.numbers[0] ?? 0) ||
      a.id.localeCompare(b.id),
  );
  const rank = new Map(issues.map((i, n) => [i.id, n]));
  const articles = (await getCollection('articles')).sort(
    (a, b) =>
      (rank.get(a.data.issue) ?? 1e9) - (rank.get(b.data.issue) ?? 1e9) ||
      a.data.order - b.data.order,
  );
  const byIssue = new Map<string, Article[]>();
  for (const a of articles) {
    const list = byIssue.get(a.data.issue) ?? [];
    list.push(a);
    byIssue.set(a.data.issue, list);
  }
  const issueById = new Map(issues.map((i) => [i.id, i]));
  for (const a of articles) {
    if (!issueById.has(a.data.issue)) {
      throw new Error(
        `content/issues/${a.id}.mdx: field \`issue\`: no issue “${a.data.issue}” (content/issues/${a.data.issue}/issue.yaml)`,
      );
    }
  }
  const pilotById = new Map((await getCollection('pilots')).map((p) => [p.id, p]));
  const reports = new Map<string, Article[]>();
  for (const a of articles) {
    if (a.data.kind !== 'pilot') continue;
    const id = a.data.pilot ?? a.data.slug;
    if (a.data.pilot && !pilotById.has(a.data.pilot)) {
      throw new Error(
        `content/issues/${a.id}.mdx: field \`pilot\`: no pilot “${a.data.pilot}” in content/pilots.yaml`,
      );
    }
    reports.set(id, [...(reports.get(id) ?? []), a]);
  }
  const pilotEntries = [...pilotById.values()]
    .filter((p) => reports.has(p.id))
    .sort(
      (a, b) =>
        (a.data.city ?? '').localeCompare(b.data.city ?? '', 'zh') ||
        (a.data.county ?? '').localeCompare(b.data.county ?? '', 'zh') ||
        a.data.name.localeCompare(b.data.name, 'zh'),
    );
  return {
    issues,
    articles,
    pilotEntries,
    reportsOf: (id) => reports.get(id) ?? [],
    pilotOf: (a) => (a.data.pilot ? pilotById.get(a.data.pilot) : undefined),
    issueOf: (a) => issueById.get(a.data.issue)!,
    articlesOf: (id) => byIssue.get(id) ?? [],
    pilots: articles.filter((a) => a.data.kind === 'pilot'),
    redirects: [
      ...(await getCollection('redirects')).map((r) => ({ from: r.data.from, to: r.data.to })),
      ...articles.flatMap((a) =>
        (a.data.redirectFrom ?? []).map((old) => ({
          from: urls.article(a.data.issue, old),
          to: articleUrl(a),
        })),
      ),
    ].sort((a, b) => a.from.localeCompare(b.from)),
  };
}

/** An article's URL. */
export function articleUrl(a: Article): string {
  return urls.article(a.data.issue, a.data.slug);
}

/** The article before and after this one in its issue. */
export function neighbours(archive: Archive, a: Article): { prev?: Article; next?: Article } {
  const list = archive.articlesOf(a.data.issue);
  const i = list.findIndex((x) => x.id === a.id);
  return {
    ...(i > 0 ? { prev: list[i - 1]! } : {}),
    ...(i >= 0 && i < list.length - 1 ? { next: list[i + 1]! } : {}),
  };
}

/** The article body as plain text, made by the content loader with the HTML (src/lib/content-loader.ts). */
export function getPlainText(a: Article): string {
  const t = a.rendered?.metadata?.plainText;
  if (typeof t !== 'string')
    throw new Error(
      `${a.filePath ?? a.id}: no plain text: articles must come through articleLoader`,
    );
  return t;
}
