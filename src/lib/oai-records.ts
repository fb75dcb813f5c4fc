/**
 * The archive as an OAI-PMH static repository: one `oai_dc` record per
 * article, described as its page's Dublin Core tags describe it.
 */
import { authorsOf, citeFields, JOURNAL } from './article-meta.ts';
import { gbt7714Parts } from './citation.ts';
import { articleUrl, type Archive, type Article, type Issue } from './content.ts';
import { buildStaticRepository, type OaiRecord } from './oai-static.ts';
import { practicesOf } from './practices.ts';
import { urls } from './urls.ts';

/**
 * The Static Repository Gateway that makes the file harvestable (OAI_GATEWAY):
 * none has agreed yet, so the default is the specification's placeholder, as
 * CollectionBuilder's template ships it. Set it when registering with one.
 */
export const OAI_GATEWAY = process.env.OAI_GATEWAY ?? 'http://gateway.institution.org/oai/';

/** When a record last changed: its latest correction, else the issue's publication. */
function datestampOf(a: Article, issue: Issue): string {
  const dates = [issue.data.date ?? `${issue.data.year}-01-01`, ...(a.data.corrections ?? []).map((c) => c.date)];
  return dates.sort().at(-1)!;
}

/** An article's `oai_dc` record. */
export function oaiRecordOf(a: Article, issue: Issue, site: URL): OaiRecord {
  const d = a.data;
  const url = new URL(articleUrl(a), site).href;
  const ref = gbt7714Parts(citeFields(a, issue, url));
  const place = [d.city, d.county].filter(Boolean).join('');
  return {
    identifier: `oai:${site.host}:${d.issue}/${d.slug}`,
    datestamp: datestampOf(a, issue),
    dc: {
      title: [d.subtitle ? `${d.title}——${d.subtitle}` : d.title],
      creator: authorsOf(a),
      subject: [d.section, ...(d.type ? [d.type] : []), ...practicesOf(a).map((p) => p.name)],
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

/** The static repository file of the whole archive, served at {@link urls.oaiStatic}. */
export function archiveStaticRepository(archive: Archive, site: URL): string {
  const file = new URL(urls.oaiStatic(), site);
  const newest = archive.issues.at(-1);
  const email = newest?.data.colophon.find((c) => c.label === '电子邮箱')?.value ?? '';
  return buildStaticRepository({
    repositoryName: '《浙江工运》数字档案',
    baseURL: `${OAI_GATEWAY}${file.host}${file.pathname}`,
    adminEmail: email,
    records: archive.articles.map((a) => oaiRecordOf(a, archive.issueOf(a), site)),
  });
}
