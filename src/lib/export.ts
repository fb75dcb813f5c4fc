import { articleUrl, plainTextOf, type Archive, type Article } from './content.ts';
import type { ArticleRecord } from './records.ts';

export { ARTICLE_FIELDS, toCsv, type ArticleRecord } from './records.ts';

export function articleRecord(a: Article): ArticleRecord {
  const d = a.data;
  return {
    id: a.id,
    url: articleUrl(a),
    issue: d.issue,
    section: d.section,
    kind: d.kind,
    order: d.order,
    title: d.title,
    org: d.org ?? null,
    subtitle: d.subtitle ?? null,
    byline: d.byline ?? null,
    page: d.page ?? null,
    city: d.city ?? null,
    county: d.county ?? null,
    type: d.type ?? null,
    tier: d.tier ?? null,
    text: plainTextOf(a),
  };
}

export function articleRecords(archive: Archive): ArticleRecord[] {
  return archive.articles.map(articleRecord);
}

