/**
 * An article as an `oai_dc` record of the static repository: described as its
 * page's Dublin Core tags describe it, plus subjects (section, type,
 * practices) and the issue it belongs to. Pure over the article's fields.
 */
import { listAuthors, citeFields, JOURNAL } from './article-meta.ts';
import { gbt7714Parts } from './citation.ts';
import type { Article, Issue } from './content.ts';
import type { OaiRecord } from './oai-static.ts';
import { urls } from './urls.ts';

/** When a record last changed: its latest correction, else the issue's publication. */
export function readDatestamp(a: Article, issue: Issue): string {
  const dates = [
    issue.data.date ?? `${issue.data.year}-01-01`,
    ...(a.data.corrections ?? []).map((c) => c.date),
  ];
  return dates.sort().at(-1)!;
}

/** An article's record; `practices` are the names of the practices it describes. */
export function buildOaiRecord(a: Article, issue: Issue, site: URL, practices: string[]): OaiRecord {
  const d = a.data;
  const url = new URL(urls.article(d.issue, d.slug), site).href;
  const ref = gbt7714Parts(citeFields(a, issue, url));
  const place = [d.city, d.county].filter(Boolean).join('');
  return {
    identifier: `oai:${site.host}:${d.issue}/${d.slug}`,
    datestamp: readDatestamp(a, issue),
    dc: {
      title: [d.subtitle ? `${d.title}——${d.subtitle}` : d.title],
      creator: listAuthors(a),
      subject: [d.section, ...(d.type ? [d.type] : []), ...practices],
      description: d.org && d.org !== d.title ? [d.org] : [],
      publisher: issue.data.sponsors.slice(0, 1),
      date: [issue.data.date ?? String(issue.data.year)],
      type: ['Text'],
      format: ['text/html'],
      identifier: [url],
      // The journal, year, issue and page, as the reference gives them (浙江工运, 2018(5-6): 6).
      source: [ref.before.slice(ref.before.lastIndexOf(`${JOURNAL}, `))],
      language: ['zh'],
      relation: [new URL(urls.issue(issue.id), site).href],
      coverage: place ? [`浙江省${place}`] : [],
    },
  };
}
