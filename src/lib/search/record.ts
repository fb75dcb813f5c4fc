/**
 * What the search index holds. One Pagefind record per *issue*, not per
 * article: Pagefind loads metadata for every page and every filter before the
 * first result (≈ 18 bytes a page, plus the filter lists), which at 400 issues
 * of ~93 articles would be most of a megabyte. An issue's record is its
 * articles' runs of words (grams.ts) one after the other; no gram crosses from
 * one article into the next. A small map (`/search/archive.json`,
 * {@link SearchMap}) gives the length of each run — so a match position names
 * its article — each article's city, type and section
 * codes, for filters and counts computed in the client, and the archive's
 * common grams, so that the client looks up the grams the index holds.
 * What a result line shows comes from one small file per article
 * ({@link SearchDoc}), fetched only for the results displayed.
 */
import { issueLabelOf } from '../../core/issue-label.ts';
import { foldText, type FoldTable } from './fold.ts';
import { INDEX_LANGUAGE } from './pagefind-index.ts';
import { articleWords, FIELD_END, type Lexicon, type ListSlot, RUN_UNIT } from './grams.ts';
import { normalize } from './tokens.ts';

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
}

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
  /** The meta file of the Pagefind index built with this map (pagefind-index.ts), under `urls.pagefind()`. */
  index: string;
  /** Facet values, in the order of their codes (1, 2, …). */
  facets: Record<Facet, string[]>;
  issues: ({
    id: string;
    label: string;
    /** Pagefind's id of the record holding the issue (its fragment's name); the issues of a record follow each other in the map. */
    page: string;
    /** Length of each article's run, in order, in units of {@link RUN_UNIT} words: positions below their sum fall in the article. */
    spans: number[];
  } & Record<Facet, FacetCode[]>)[];
  /** The archive's common grams (grams.ts), normalised and folded. */
  grams: string[];
  /** Per article list, the keys listed by the articles without them (grams.ts, `Lexicon`). */
  dense: Record<ListSlot, string[]>;
  /** The characters the fold table folds, and those more it converts in a query (fold.ts, `foldChars`): it is fetched only for a text that has one. */
  foldChars: { text: string; query: string };
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
  /** Characters of the indexed text before the body's first (the head fields, each closed by a field end). */
  bo: number;
  text: string;
  /** Start of each paragraph in `text`, in characters. */
  po: number[];
}

/** The display form of a text: NFKC and no white space, case kept — positions of the normalised text point into it. */
export function displayForm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '');
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
 * Characters the title part (title and organisation) takes in every
 * article's indexed text, padded: a hit before this character is a title
 * hit, with nothing in the map to say where each title ends. (A title part
 * longer than this — none in the bundled issue is half as long — ranks as a
 * title hit by its first {@link TITLE_SLOT} characters only.)
 */
export const TITLE_SLOT = 96;

/**
 * The text an article is indexed by, normalised and folded (fold.ts), as
 * characters: title and organisation, padded to {@link TITLE_SLOT} with
 * field ends, the other head fields, then the body, each field closed by
 * {@link FIELD_END}. Folding keeps positions, so the result file keeps the
 * printed characters. `titleChars`: how many characters the title part takes.
 */
export function indexedText(
  a: ArticleForIndex,
  fold: FoldTable,
): { chars: string[]; titleChars: number; headChars: number; body: string; po: number[] } {
  const fields = headFields(a);
  const paragraphs = a.text.split('\n').map(displayForm).filter(Boolean);
  const po: number[] = [];
  paragraphs.reduce((at, p) => (po.push(at), at + [...p].length), 0);
  const body = paragraphs.join('');
  const titleChars = [...fields.title.join(FIELD_END)].length;
  const head =
    fields.title.join(FIELD_END) +
    FIELD_END.repeat(Math.max(1, TITLE_SLOT - titleChars)) +
    fields.rest.map((f) => f + FIELD_END).join('');
  return {
    chars: [...foldText(head + body.toLowerCase(), fold)],
    titleChars,
    headChars: [...head].length,
    body,
    po,
  };
}

/** An article's run of words, and what its result line shows. */
export function articleRun(
  a: ArticleForIndex,
  fold: FoldTable,
  lex: Lexicon,
): { words: string[]; doc: SearchDoc } {
  const t = indexedText(a, fold);
  return {
    words: articleWords(t.chars, t.titleChars, lex),
    doc: {
      url: a.url,
      title: a.title,
      ...(a.org && a.org !== a.title ? { org: a.org } : {}),
      ...(a.city ? { place: [a.city, a.county].filter(Boolean).join(' › ') } : {}),
      ...(a.type ? { type: a.type } : {}),
      ...(a.page !== null ? { page: a.page } : {}),
      issue: issueLabelOf(a.issue),
      bo: t.headChars,
      text: t.body,
      po: t.po,
    },
  };
}

/**
 * Words per Pagefind record, about: consecutive issues share a record until it
 * holds this many. Pagefind's memory and its index grow with every (word,
 * record) pair as well as with every position — at 400 issues of one record
 * each its indexing service held 16.5 GB — while a record's size costs the
 * client nothing (it never loads a record's fragment).
 */
export const RECORD_WORDS = 3_000_000;

/** A Pagefind record of articles' runs, one after the other (its URL: its first issue's page). */
export function pageRecord(url: string, runs: readonly (readonly string[])[]): SearchRecord {
  return {
    url,
    content: runs.map((r) => r.join(' ')).join(' '),
    language: INDEX_LANGUAGE,
    meta: { title: url },
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
