/**
 * What the search index holds for one article: its tokens (see tokens.ts),
 * and the little a result line needs — title, organisation, place, type,
 * page, and the text in the form positions refer to, for the excerpt.
 */
import { normalize, tokensOf, unigramsOf } from './tokens.ts';

export interface ArticleForIndex {
  url: string;
  title: string;
  org: string | null;
  city: string | null;
  county: string | null;
  type: string | null;
  section: string;
  issue: string;
  page: number | null;
  text: string;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The display form of a text: NFKC and no white space, case kept — positions of the normalised text point into it. */
export function displayForm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
}

/** `2018-5-6` → `2018/5-6`. */
export function issueLabel(id: string): string {
  return id.replace('-', '/');
}

/**
 * The text an excerpt is cut from, in the form body positions refer to, with
 * where each paragraph starts. Not in Pagefind's meta: Pagefind indexes meta
 * values as words, which would bring back the segmented Chinese we avoid.
 */
export interface SearchText {
  text: string;
  /** Start of each paragraph in `text`, in characters. */
  po: number[];
}

export function searchText(a: ArticleForIndex): SearchText {
  const paragraphs = a.text.split('\n').map(displayForm).filter(Boolean);
  const po: number[] = [];
  paragraphs.reduce((at, p) => (po.push(at), at + [...p].length), 0);
  return { text: paragraphs.join(''), po };
}

/** Where an article's search text is published: `/issues/2018-5-6/x/` → `/search/text/2018-5-6/x.json`. */
export function searchTextUrl(articleUrl: string): string {
  return articleUrl.replace(/^\/issues\/([^/]+)\/([^/]+)\/$/, '/search/text/$1/$2.json');
}

export function searchRecord(a: ArticleForIndex, rank: number): SearchRecord {
  const head = normalize(a.title) + (a.org && a.org !== a.title ? `\u0002${normalize(a.org)}` : '');
  const body = searchText(a).text;
  const tTokens = tokensOf(head, 't');
  // The `b` namespace covers title, organisation and body, so one search finds
  // every page and its filter counts are exact; `t` only marks title hits.
  // A body position is its word position less `tl` and `hl`.
  const bHead = `${head}\u0002`;
  return {
    url: a.url,
    // `u` tokens last, so that they do not shift body positions.
    content: [
      ...tTokens,
      ...tokensOf(bHead + body.toLowerCase(), 'b'),
      ...unigramsOf(bHead + body.toLowerCase()),
    ].join(' '),
    language: 'zh-cn',
    meta: {
      title: a.title,
      ...(a.org && a.org !== a.title ? { org: a.org } : {}),
      ...(a.city ? { place: [a.city, a.county].filter(Boolean).join(' › ') } : {}),
      ...(a.type ? { type: a.type } : {}),
      ...(a.page !== null ? { page: String(a.page) } : {}),
      issue: issueLabel(a.issue),
      tl: String(tTokens.length),
      hl: String([...bHead].length),
    },
    filters: {
      ...(a.city ? { city: [a.city] } : {}),
      ...(a.type ? { type: [a.type] } : {}),
      section: [a.section],
      issue: [issueLabel(a.issue)],
    },
    sort: { order: String(rank).padStart(7, '0') },
  };
}
