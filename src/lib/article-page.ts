/**
 * What an article page shows, computed here so the route stays a dozen lines
 * and the view components only lay it out: the pages and their props, the
 * labelled fields of the head (作者, 单位, 栏目, 地区 …, as CNKI labels them),
 * the citation and the Dublin Core fields.
 */
import { fullIssueLabel } from '../core/issue-label.ts';
import { listAuthors, citeFields } from './article-meta.ts';
import type { CiteFields } from './citation.ts';
import { loadArchive, neighbours, type Article, type Issue } from './content.ts';
import type { DcFields } from './dublin-core.ts';
import { cityByName } from './places.ts';
import { findPractices } from './practices.ts';
import { relatedTo } from './related.ts';
import { sectionByKey, typeByName } from './taxonomy.ts';
import { urls } from './urls.ts';

/** Every article page with what it shows besides the article. */
export async function articlePaths() {
  const archive = await loadArchive();
  return archive.articles.map((article) => ({
    params: { issue: article.data.issue, slug: article.data.slug },
    props: {
      article,
      issue: archive.issueOf(article),
      ...neighbours(archive, article),
      related: relatedTo(archive, article),
      pilot: archive.pilotOf(article),
    },
  }));
}

/** A labelled field of the head: one or more parts, linked where a page exists. */
export interface HeadField {
  label: string;
  parts: { text: string; href?: string }[];
  /** How the parts are joined on the page (地区: 杭州市 › 下城区). */
  joiner?: string;
}

/** The head's labelled fields, in the order a journal page gives them; absent ones left out. */
export function articleHeadFields(a: Article, issue: Issue): HeadField[] {
  const d = a.data;
  const city = cityByName(d.city);
  const county = city?.counties.find((c) => c.name === d.county);
  const section = sectionByKey(d.sectionKey);
  const type = typeByName(d.type);
  const practices = findPractices(a);
  const fields: (HeadField | false | undefined)[] = [
    d.byline ? { label: '作者', parts: [{ text: d.byline }] } : undefined,
    d.org && d.org !== d.title ? { label: '单位', parts: [{ text: d.org }] } : undefined,
    {
      label: '栏目',
      parts: [
        {
          text: `${d.section}${d.tier ? `（${d.tier}试点）` : ''}`,
          ...(section ? { href: urls.section(section.slug) } : {}),
        },
      ],
    },
    city && {
      label: '地区',
      joiner: ' › ',
      parts: [
        { text: city.name, href: urls.city(city.slug) },
        ...(d.county
          ? [{ text: d.county, ...(county ? { href: urls.county(city.slug, county.slug) } : {}) }]
          : []),
      ],
    },
    type && { label: '类型', parts: [{ text: type.name, href: urls.type(type.slug) }] },
    practices.length > 0 && {
      label: '做法',
      joiner: '、',
      parts: practices.map((p) => ({ text: p.name, href: urls.practice(p.slug) })),
    },
    d.page !== undefined
      ? { label: '页码', parts: [{ text: `印刷版第 ${d.page} 页` }] }
      : undefined,
    { label: '期', parts: [{ text: fullIssueLabel(issue.data), href: urls.issue(issue.id) }] },
    d.source
      ? { label: '来源', parts: [{ text: [d.source, d.date].filter(Boolean).join(' ') }] }
      : undefined,
  ];
  return fields.filter((f): f is HeadField => !!f);
}

/** The citation's fields for the page at `url`, cited on `accessed` (ISO date). */
export function pageCiteFields(
  a: Article,
  issue: Issue,
  url: string,
  accessed: string,
): CiteFields {
  return { ...citeFields(a, issue, url), accessed };
}

/**
 * The Dublin Core fields, taken from the page's Scholar tags (`scholarTags`)
 * so that the two say the same; the page works the tags out once for both.
 */
export function buildDcFields(a: Article, tags: [string, string][], url: string): DcFields {
  const get = (name: string) => tags.find((t) => t[0] === name)?.[1] ?? '';
  const place = [a.data.city, a.data.county].filter(Boolean).join('');
  return {
    title: get('citation_title'),
    authors: listAuthors(a),
    date: get('citation_publication_date').replace(/\//g, '-'),
    url,
    ...(place ? { coverage: `浙江省${place}` } : {}),
  };
}

/**
 * The 引用日期 written at build time: the day of the build (or of
 * SOURCE_DATE_EPOCH, for reproducible builds). The standard wants the day the
 * reader cites the page, which only the reader's browser knows: the page's
 * script replaces it with today's date; without JavaScript the reference is
 * still complete, dated when the page was made.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now())
    .toISOString()
    .slice(0, 10);
}
