/**
 * Published slugs stay: an article keeps the slug (URL) it was published
 * under — followed through a rename by hand, the README's procedure (new file
 * name and `slug`, the old slug in `redirectFrom`) — and a new article never
 * takes an earlier slug or the name of a file the archivist made or changed.
 */
import { readContentFile } from '../core/content-file.ts';
import type { IssueArticle } from './import-issue.ts';
import { articleKey, sha256 } from './manifest.ts';
import type { Fingerprint } from './merge.ts';
import type { PublishedState } from './plan-import.ts';
import { uniqueSlug } from './slug.ts';

/**
 * The articles with their final slugs, and the fingerprints of the last
 * import by path — a renamed article's under its new path, so its hand edits
 * are told from the seed's changes as before the rename.
 */
export function keepPublishedSlugs(
  articles: readonly IssueArticle[],
  state: PublishedState,
): { articles: IssueArticle[]; base: Map<string, Fingerprint> } {
  const slugs = publishedSlugs(state);
  const base = new Map<string, Fingerprint>(Object.entries(state.manifest?.files ?? {}));
  const used = new Set<string>();
  const published = articles.map((a) => {
    const old = slugs.byKey.get(articleKey(a));
    if (!old || used.has(old.slug)) return undefined;
    used.add(old.slug);
    const fp = old.renamedFrom ? base.get(`articles/${old.renamedFrom}.mdx`) : undefined;
    if (fp) base.set(`articles/${old.slug}.mdx`, fp);
    return old.slug;
  });
  for (const s of slugs.claimed) used.add(s);
  return {
    articles: articles.map((a, i) => ({ ...a, slug: published[i] ?? uniqueSlug(a.slug, used) })),
    base,
  };
}

interface PublishedSlug {
  slug: string;
  /** The slug the last import wrote, when the archivist has renamed the article since. */
  renamedFrom?: string;
}

/**
 * The slugs of the issue's articles as published: by article key from the
 * last manifest, followed through a rename by hand (the README's procedure:
 * new file name and `slug`, old slug in `redirectFrom`). Also the slugs new
 * articles must not take: earlier slugs, and files the archivist made or changed.
 */
function publishedSlugs(state: PublishedState): { byKey: Map<string, PublishedSlug>; claimed: Set<string> } {
  const claimed = new Set<string>();
  const renamedTo = new Map<string, string>();
  for (const [path, text] of state.issueFiles) {
    const m = /^articles\/(.+)\.mdx$/.exec(path);
    if (!m) continue;
    // A file the archivist made or changed keeps its name; one the last import wrote may be rewritten.
    if (state.manifest?.files[path]?.sha256 !== sha256(text)) claimed.add(m[1]!);
    const r = readContentFile(path, text);
    const data = r.ok ? (r.value.yaml.data as { redirectFrom?: unknown }) : undefined;
    const from = Array.isArray(data?.redirectFrom) ? data.redirectFrom : [];
    for (const old of from) {
      claimed.add(String(old));
      renamedTo.set(String(old), m[1]!);
    }
  }
  const byKey = new Map<string, PublishedSlug>();
  for (const [file, entry] of Object.entries(state.manifest?.files ?? {})) {
    const m = /^articles\/(.+)\.mdx$/.exec(file);
    if (!entry.key || !m) continue;
    const slug = m[1]!;
    const now = state.issueFiles.has(file) ? undefined : renamedTo.get(slug);
    byKey.set(entry.key, now ? { slug: now, renamedFrom: slug } : { slug });
  }
  return { byKey, claimed };
}
