/**
 * What the search index holds. One Pagefind record per *issue*, not per
 * article: Pagefind loads metadata for every page and every filter before the
 * first result (≈ 18 bytes a page, plus the filter lists), which at 400 issues
 * of ~93 articles would be most of a megabyte. An issue's record is its
 * articles' tokens (tokens.ts) one after the other, each article's run closed
 * by a separator word so that no phrase matches across two articles. A small
 * map (`/search/archive.json`, {@link SearchMap}) gives the length of each
 * run — so a match position names its article — and each article's city,
 * type and section codes, for filters and counts computed in the client.
 * What a result line shows comes from one small file per article
 * ({@link SearchDoc}), fetched only for the results displayed.
 */
import { urls } from '../urls.ts';
import { foldText, type FoldTable } from './fold.ts';
import { normalize, toTokens, toUnigrams } from './tokens.ts';

export interface ArticleForIndex {
  url: string;
  title: string;
  org: string | null;
  subtitle?: string | null;
  byline?: string | null;
  kicker?: string | null;
  source?: string | null;
  city: string | null;
  county: string | null;
  type: string | null;
  /** Practices the article describes (`|`-separated in the export). */
  practice?: string[];
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
  sort: Record<string, string>;
}

/** Closes an article's run of words: not a token any query is made of (tokens.ts: `t`, `b`, `u`). */
export const SEPARATOR = 'x000000';

/**
 * The facets searched in the client: an article's code is 1 + the value's
 * index, 0 for none — or, for a facet with several values an article (such as
 * practices), a list of codes. Adding a facet: its name here, its values in
 * {@link ArticleForIndex}, its options on the search page (search-facets.ts).
 */
export const FACETS = ['city', 'county', 'type', 'practice', 'section'] as const;
export type Facet = (typeof FACETS)[number];
/** One article's code(s) in a facet. */
export type FacetCode = number | number[];

/** `/search/archive.json`: the archive as the search client needs it. */
export interface SearchMap {
  /** Facet values, in the order of their codes (1, 2, …). */
  facets: Record<Facet, string[]>;
  issues: ({
    id: string;
    label: string;
    /** Pagefind's id of the issue's record (its fragment's name). */
    page: string;
    /** Words of each article's run, in order: positions below their sum fall in the article. */
    spans: number[];
  } & Record<Facet, FacetCode[]>)[];
}

/**
 * What a result shows, and the text its excerpt is cut from, in the form body
 * positions refer to (NFKC, no white space, case kept), with where each
 * paragraph starts. Not in Pagefind's meta: Pagefind indexes meta values as
 * words, which would bring back the segmented Chinese we avoid.
 */
export interface SearchDoc {
  url: string;
  title: string;
  org?: string;
  place?: string;
  type?: string;
  page?: number;
  /** Printed label of the issue, `2018/5-6`. */
  issue: string;
  /** Words of the run before the body's first character (title tokens, then the head in the body namespace). */
  bo: number;
  text: string;
  /** Start of each paragraph in `text`, in characters. */
  po: number[];
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
 * The fields an article's head shows, each searched on its own (a phrase
 * does not run from one into the next): title, organisation, then subtitle,
 * kicker, byline and source.
 */
export function headFields(a: ArticleForIndex): { title: string[]; rest: string[] } {
  const title = [a.title, a.org && a.org !== a.title ? a.org : null];
  const rest = [a.subtitle, a.kicker, a.byline, a.source];
  const keep = (l: (string | null | undefined)[]) =>
    l.map((f) => normalize(f ?? '')).filter(Boolean);
  return { title: keep(title), rest: keep(rest) };
}

/**
 * An article's run of words, and what its result line shows. The words are
 * of the normalised and folded text (fold.ts), so traditional characters in
 * the source are found by either form; folding keeps positions, so the
 * result file keeps the printed characters.
 */
export function articleRun(
  a: ArticleForIndex,
  fold: FoldTable,
): { words: string[]; doc: SearchDoc } {
  const fields = headFields(a);
  const head = foldText(fields.title.join('\u0002'), fold);
  const paragraphs = a.text.split('\n').map(displayForm).filter(Boolean);
  const po: number[] = [];
  paragraphs.reduce((at, p) => (po.push(at), at + [...p].length), 0);
  const text = paragraphs.join('');
  const tTokens = toTokens(head, 't');
  // The `b` namespace covers the whole head and the body, so one search finds
  // every article; `t` only marks title hits. `u` tokens come after the body,
  // so that they do not shift its positions.
  const bHead = `${foldText([...fields.title, ...fields.rest].join('\u0002'), fold)}\u0002`;
  const all = bHead + foldText(text.toLowerCase(), fold);
  return {
    words: [...tTokens, ...toTokens(all, 'b'), ...toUnigrams(all), SEPARATOR],
    doc: {
      url: a.url,
      title: a.title,
      ...(a.org && a.org !== a.title ? { org: a.org } : {}),
      ...(a.city ? { place: [a.city, a.county].filter(Boolean).join(' › ') } : {}),
      ...(a.type ? { type: a.type } : {}),
      ...(a.page !== null ? { page: a.page } : {}),
      issue: issueLabel(a.issue),
      bo: tTokens.length + [...bHead].length,
      text,
      po,
    },
  };
}

/** An issue's Pagefind record, and the length of each article's run in it. */
export function issueRecord(
  issueId: string,
  runs: { words: string[] }[],
  rank: number,
): { record: SearchRecord; spans: number[] } {
  return {
    record: {
      url: urls.issue(issueId),
      content: runs.flatMap((r) => r.words).join(' '),
      language: 'zh-cn',
      meta: { title: issueLabel(issueId) },
      sort: { order: String(rank).padStart(5, '0') },
    },
    spans: runs.map((r) => r.words.length),
  };
}

/** Facet values in first-seen order, and each article's code. */
export function facetCodes(): {
  values: Record<Facet, string[]>;
  codeOf: (a: ArticleForIndex, f: Facet) => FacetCode;
} {
  const values = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<
    Facet,
    string[]
  >;
  const codeOne = (f: Facet, v: string) => {
    let i = values[f].indexOf(v);
    if (i < 0) i = values[f].push(v) - 1;
    return i + 1;
  };
  const codeOf = (a: ArticleForIndex, f: Facet): FacetCode => {
    const v: string | string[] | null | undefined = a[f];
    if (Array.isArray(v)) return v.map((x) => codeOne(f, x));
    return v ? codeOne(f, v) : 0;
  };
  return { values, codeOf };
}
