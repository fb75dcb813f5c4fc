/**
 * Metadata of an article page for citation and indexing: Google Scholar's
 * `citation_*` tags, schema.org JSON-LD (Periodical → PublicationIssue →
 * Article) and the fields of the "cite this" block.
 */
import { issueNumbersText } from '../core/issue-label.ts';
import type { Article, Issue } from './content.ts';
import type { CiteFields } from './citation.ts';

export const JOURNAL = '浙江工运';
export const JOURNAL_EN = 'Labour Movement of Zhejiang';

/** Authors are persons named in the byline (a role alone names nobody). */
export function listAuthors(a: Article): string[] {
  return a.data.authors ?? [];
}

export function citeFields(a: Article, issue: Issue, url: string): CiteFields {
  return {
    title: a.data.title,
    ...(a.data.subtitle ? { subtitle: a.data.subtitle } : {}),
    authors: listAuthors(a),
    journal: JOURNAL,
    year: issue.data.year,
    numbers: issue.data.numbers,
    ...(a.data.page !== undefined ? { page: a.data.page } : {}),
    url,
    ...(issue.data.date ? { date: issue.data.date } : {}),
  };
}

/** Google Scholar (Highwire Press) tags, as name/content pairs. */
export function scholarTags(
  a: Article,
  issue: Issue,
  pdfless: { url: string },
): [string, string][] {
  const tags: [string, string][] = [
    ['citation_title', a.data.subtitle ? `${a.data.title}——${a.data.subtitle}` : a.data.title],
    ['citation_journal_title', JOURNAL],
    ['citation_issue', issueNumbersText(issue.data.numbers)],
    ['citation_publication_date', (issue.data.date ?? String(issue.data.year)).replace(/-/g, '/')],
    ['citation_language', 'zh'],
    ['citation_abstract_html_url', pdfless.url],
  ];
  if (a.data.page !== undefined) tags.push(['citation_firstpage', String(a.data.page)]);
  for (const au of listAuthors(a)) tags.push(['citation_author', au]);
  return tags;
}

export function periodicalLd(site: URL): Record<string, unknown> {
  return {
    '@type': 'Periodical',
    name: JOURNAL,
    alternateName: JOURNAL_EN,
    inLanguage: 'zh-CN',
    url: site.href,
    publisher: { '@type': 'Organization', name: '浙江省总工会' },
  };
}

export function issueLd(issue: Issue, url: URL, site: URL): Record<string, unknown> {
  const d = issue.data;
  return {
    '@type': 'PublicationIssue',
    '@id': url.href,
    url: url.href,
    issueNumber: issueNumbersText(d.numbers),
    name: d.volumeTitle ?? `${JOURNAL} ${d.label}`,
    ...(d.date ? { datePublished: d.date } : {}),
    isPartOf: periodicalLd(site),
  };
}

export function articleLd(
  a: Article,
  issue: Issue,
  url: URL,
  issueUrl: URL,
  site: URL,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': url.href,
    url: url.href,
    headline: a.data.title,
    ...(a.data.subtitle ? { alternativeHeadline: a.data.subtitle } : {}),
    inLanguage: 'zh-CN',
    ...(a.data.page !== undefined ? { pageStart: String(a.data.page) } : {}),
    ...(issue.data.date ? { datePublished: issue.data.date } : {}),
    author: listAuthors(a).map((name) => ({ '@type': 'Person', name })),
    ...(a.data.city
      ? {
          contentLocation: {
            '@type': 'Place',
            name: [a.data.city, a.data.county].filter(Boolean).join(''),
          },
        }
      : {}),
    isPartOf: issueLd(issue, issueUrl, site),
  };
}
