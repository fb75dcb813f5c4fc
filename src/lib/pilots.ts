/**
 * A pilot's identity across issues. A pilot (e.g. 梦想小镇工会联合委员会) may
 * be reported in several issues under slightly different names; its id is
 * the article's `pilot` field (from `content/pilots.yaml`, proposed by the
 * importer, confirmed by the archivist), else the article's own slug.
 */
import type { Article } from './content.ts';

/** The pilot an article reports on, or undefined for articles that are not pilot reports. */
export function findPilotId(a: Article): string | undefined {
  if (a.data.kind !== 'pilot') return undefined;
  return a.data.pilot ?? a.data.slug;
}

/** How many distinct pilots the articles report on (reports and pilots are counted apart). */
export function countPilots(articles: Article[]): number {
  return new Set(articles.map(findPilotId).filter(Boolean)).size;
}
