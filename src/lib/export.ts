import { articleUrl, getPlainText, type Archive, type Article } from './content.ts';
import type { ArticleRecord } from './records.ts';
import { findPractices } from './practices.ts';

export {
  ARTICLE_FIELDS,
  PILOT_FIELDS,
  toCsv,
  type ArticleRecord,
  type PilotRecord,
} from './records.ts';
import type { PilotRecord } from './records.ts';
import { urls } from './urls.ts';

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
    kicker: d.kicker ?? null,
    source: d.source ?? null,
    page: d.page ?? null,
    city: d.city ?? null,
    county: d.county ?? null,
    type: d.type ?? null,
    tier: d.tier ?? null,
    practices: findPractices(a).map((p) => p.name).join('|') || null,
    text: getPlainText(a),
  };
}

export function articleRecords(archive: Archive): ArticleRecord[] {
  return archive.articles.map(articleRecord);
}

/** One record per pilot with reports: its names, place, type and the span of its reports. */
export function pilotRecords(archive: Archive): PilotRecord[] {
  return archive.pilotEntries.map((p) => {
    const reports = archive.reportsOf(p.id);
    return {
      id: p.id,
      url: urls.pilot(p.id),
      name: p.data.name,
      aliases: (p.data.aliases ?? []).join('|') || null,
      city: p.data.city ?? null,
      county: p.data.county ?? null,
      type: p.data.type ?? null,
      reports: reports.length,
      firstIssue: reports[0]?.data.issue ?? null,
      lastIssue: reports.at(-1)?.data.issue ?? null,
      confirmed: !p.data.proposed,
    };
  });
}
