/**
 * Runs a search against a loaded Pagefind module, in the browser or in Node:
 * the same code, so both return the same results. Each term is searched in
 * the title and body namespaces (tokens.ts); a page matches a term if either
 * does, and the query if every term does. Ranking: a hit in the title or
 * organisation first, then more occurrences, then the archive's order.
 */
import { parseQuery, queryFor, type Field } from './tokens.ts';

/** The part of Pagefind's JS API used here. */
export interface PagefindApi {
  search(
    q: string | null,
    opts?: { filters?: Record<string, string[]>; sort?: Record<string, string> },
  ): Promise<{
    results: { id: string; words: number[]; data: () => Promise<PagefindData> }[];
    /** Result counts per filter value. */
    filters?: FilterCounts;
  } | null>;
  filters?(): Promise<FilterCounts>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindData {
  url: string;
  meta: Record<string, string>;
}

export interface Hit {
  id: string;
  /** The term matched the title or organisation. */
  inTitle: boolean;
  /** Occurrences in the body, over all terms. */
  count: number;
  /** Body position of the first term's first occurrence, if in the body. */
  firstBodyWord?: number;
  /**
   * Order in the archive, for ties: the position in the sorted results of the
   * title search (title hits) or the body search (others) — comparable within
   * each group, which is all a tie needs.
   */
  rank: number;
  data: () => Promise<PagefindData>;
}

export interface SearchRequest {
  q: string;
  filters?: Record<string, string[]>;
}

const SORT = { order: 'asc' };

export interface SearchOutcome {
  terms: string[];
  hits: Hit[];
  /** Results per filter value; exact for no term or one term, absent for several. */
  counts?: FilterCounts;
}

/** All pages matching the request, ranked. No fragment is loaded. */
export async function runSearch(
  pf: PagefindApi,
  req: SearchRequest,
  t2s: Record<string, string> = {},
): Promise<SearchOutcome> {
  const terms = parseQuery(req.q, t2s);
  const filters = req.filters && Object.keys(req.filters).length ? req.filters : undefined;
  const opts = { ...(filters ? { filters } : {}), sort: SORT };
  if (!terms.length) {
    if (!filters) return { terms, hits: [] };
    const r = await pf.search(null, opts);
    return {
      terms,
      hits: (r?.results ?? []).map((x, rank) => ({
        id: x.id,
        inTitle: false,
        count: 0,
        rank,
        data: x.data,
      })),
      ...(r?.filters ? { counts: r.filters } : {}),
    };
  }
  let counts: FilterCounts | undefined;
  let acc: Map<string, Hit> | undefined;
  for (const [n, term] of terms.entries()) {
    const found = new Map<string, Hit>();
    for (const field of ['t', 'b'] as Field[]) {
      const pfQuery = queryFor(term, field);
      if (!pfQuery) continue;
      const r = await pf.search(pfQuery, opts);
      if (field === 'b' && terms.length === 1 && r?.filters) counts = r.filters;
      (r?.results ?? []).forEach((x, rank) => {
        const prev = found.get(x.id);
        const hit: Hit = prev ?? { id: x.id, inTitle: false, count: 0, rank, data: x.data };
        if (field === 't') {
          hit.inTitle = true;
          hit.rank = rank;
        } else {
          // A phrase of k bigrams occupies k consecutive words. A single
          // character is matched once per page (its `u` token), with no position.
          const single = [...term].length === 1;
          const k = Math.max(1, [...term].length - 1);
          hit.count += single ? 1 : Math.max(1, Math.round(x.words.length / k));
          if (n === 0 && !single) hit.firstBodyWord = Math.min(...x.words);
        }
        if (!hit.inTitle) hit.rank = rank;
        found.set(x.id, hit);
      });
    }
    if (!acc) acc = found;
    else {
      const next = new Map<string, Hit>();
      for (const [id, h] of acc) {
        const f = found.get(id);
        if (f) next.set(id, { ...h, inTitle: h.inTitle || f.inTitle, count: h.count + f.count });
      }
      acc = next;
    }
  }
  const hits = [...(acc?.values() ?? [])].sort(
    (a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.rank - b.rank,
  );
  return { terms, hits, ...(counts ? { counts } : {}) };
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** 1-based paragraph of the article where the match is. */
  paragraph?: number;
}

/**
 * The excerpt around a term's first occurrence in the body, from the page's
 * text; falls back to the start of the text when the term is only in the title.
 */
export function excerptOf(
  data: PagefindData,
  doc: { text: string; po: number[] },
  hit: Hit,
  term: string,
  width = 60,
): Excerpt {
  const text = [...doc.text];
  const len = [...term].length;
  const offset = Number(data.meta.tl ?? 0) + Number(data.meta.hl ?? 0);
  let at = hit.firstBodyWord !== undefined ? hit.firstBodyWord - offset : -1;
  if (
    at < 0 ||
    text
      .slice(at, at + len)
      .join('')
      .toLowerCase() !== term
  ) {
    // Positions are of the normalised text; find the term directly if they disagree.
    at = text.join('').toLowerCase().indexOf(term);
    at = at < 0 ? -1 : [...text.join('').slice(0, at)].length;
  }
  if (at < 0)
    return {
      before: text.slice(0, width * 2).join(''),
      match: '',
      after: text.length > width * 2 ? '…' : '',
    };
  const paragraph = doc.po.filter((s) => s <= at).length;
  const from = Math.max(0, at - width / 2);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, at).join(''),
    match: text.slice(at, at + len).join(''),
    after:
      text.slice(at + len, at + len + width).join('') + (at + len + width < text.length ? '…' : ''),
    paragraph,
  };
}
