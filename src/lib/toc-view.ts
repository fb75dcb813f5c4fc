/**
 * The 目录 of an issue as printed: sections in order, 速写 grouped by city,
 * each entry with its page and the article it leads to.
 */
import type { Archive, Article, Issue } from './content.ts';

export interface TocGroup {
  city?: string;
  entries: { text: string; subtitle?: string; author?: string; page?: number; article?: Article }[];
}

export interface TocSectionView {
  name: string;
  note?: string;
  key: string;
  groups: TocGroup[];
}

export function tocOf(archive: Archive, issue: Issue): TocSectionView[] {
  const bySlug = new Map(archive.articlesOf(issue.id).map((a) => [a.data.slug, a]));
  const out: TocSectionView[] = [];
  for (const e of issue.data.toc) {
    let section = out.at(-1);
    if (!section || section.name !== e.section) {
      section = {
        name: e.section,
        ...(e.note ? { note: e.note } : {}),
        key: e.sectionKey,
        groups: [],
      };
      out.push(section);
    }
    let group = section.groups.at(-1);
    if (!group || group.city !== e.cityGroup) {
      group = { ...(e.cityGroup ? { city: e.cityGroup } : {}), entries: [] };
      section.groups.push(group);
    }
    const article = e.slug ? bySlug.get(e.slug) : undefined;
    group.entries.push({
      text: e.text,
      ...(e.subtitle ? { subtitle: e.subtitle } : {}),
      ...(e.author ? { author: e.author } : {}),
      ...(e.page !== undefined ? { page: e.page } : {}),
      ...(article ? { article } : {}),
    });
  }
  return out;
}

/** Issues grouped by year, newest year first, issues in order within a year. */
export function issuesByYear(archive: Archive): [number, Issue[]][] {
  const m = new Map<number, Issue[]>();
  for (const i of archive.issues) m.set(i.data.year, [...(m.get(i.data.year) ?? []), i]);
  return [...m].sort((a, b) => b[0] - a[0]);
}

/** The issues before and after this one. */
export function issueNeighbours(archive: Archive, issue: Issue): { prev?: Issue; next?: Issue } {
  const k = archive.issues.findIndex((x) => x.id === issue.id);
  return {
    ...(k > 0 ? { prev: archive.issues[k - 1]! } : {}),
    ...(k >= 0 && k < archive.issues.length - 1 ? { next: archive.issues[k + 1]! } : {}),
  };
}
