/**
 * The 目录 of an issue as printed: sections in order, 速写 grouped by city,
 * each printed line with its page and the articles it leads to.
 */
import type { Archive, Article, Issue } from './content.ts';

export interface TocEntryView {
  text: string;
  subtitle?: string;
  author?: string;
  page?: number;
  article?: Article;
}

/** A line of the printed 目录: its page once, and one entry or several pilots named with 、. */
export interface TocLine {
  page?: number;
  entries: TocEntryView[];
}

export interface TocGroup {
  city?: string;
  /** The group's entries, one each, in order. */
  entries: TocEntryView[];
  /** The same entries as the printed lines hold them. */
  lines: TocLine[];
}

/**
 * Entries as printed lines. A 速写 line names several pilots with 、 and one
 * page (`- 35 下城区中国杭州电竞数娱小镇、江干区钱江新城中央商务区`); the importer
 * makes an entry of each, sharing the page. Consecutive entries on the same
 * page that are bare names (no subtitle, no author: a line with those is
 * an article of its own) are therefore one line again.
 */
export function joinPrintedLines(entries: readonly TocEntryView[]): TocLine[] {
  const lines: TocLine[] = [];
  const bare = (e: TocEntryView) => !e.subtitle && !e.author;
  for (const e of entries) {
    const last = lines.at(-1);
    const prev = last?.entries.at(-1);
    if (last && prev && e.page !== undefined && e.page === last.page && bare(e) && bare(prev))
      last.entries.push(e);
    else lines.push({ ...(e.page !== undefined ? { page: e.page } : {}), entries: [e] });
  }
  return lines;
}

export interface TocSectionView {
  name: string;
  note?: string;
  key: string;
  groups: TocGroup[];
}

export function buildTocView(archive: Archive, issue: Issue): TocSectionView[] {
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
      group = { ...(e.cityGroup ? { city: e.cityGroup } : {}), entries: [], lines: [] };
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
  for (const section of out) for (const g of section.groups) g.lines = joinPrintedLines(g.entries);
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

