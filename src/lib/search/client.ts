/**
 * Runs a search against a loaded Pagefind module and the archive map
 * (record.ts), in the browser or in Node: the same code, so both return the
 * same results. Pagefind finds the issues holding each term and where; the
 * map turns each position into its article. Each term is searched in the
 * title and body namespaces (tokens.ts); an article matches a term if either
 * does, and the query if every term does. Filters and their counts are
 * computed here from the map's codes. Ranking: a hit in the title or
 * organisation first, then more occurrences, then the archive's order.
 */
import { urls } from '../urls.ts';
import { EMPTY_FOLD, foldText, termForms, type FoldTable } from './fold.ts';
import { FACETS, type Facet, type SearchDoc, type SearchMap } from './record.ts';
import { parseQuery, tokensFor, type Field } from './tokens.ts';

/** The part of Pagefind's JS API used here. */
export interface PagefindApi {
  search(q: string): Promise<{ results: { id: string; words: number[] }[] } | null>;
}

/** Filter facets: the map's, and the issue. */
export type FilterName = Facet | 'issue';
export const FILTERS: readonly FilterName[] = [...FACETS, 'issue'];
export type FilterCounts = Record<FilterName, Record<string, number>>;

export interface Hit {
  /** Index of the article in the archive (the map's order). */
  n: number;
  issue: number;
  /** Index of the article in its issue. */
  k: number;
  /** The term matched the title or organisation. */
  inTitle: boolean;
  /** Occurrences in the text, over all terms. */
  count: number;
  /** Position of the first term's first occurrence in the article's run, if in the text. */
  firstWord?: number;
}

export interface SearchRequest {
  q: string;
  /** Values (not slugs) per filter; an article passes if it has one of them, for every filter given. */
  filters?: Partial<Record<FilterName, string[]>>;
}

export interface SearchOutcome {
  /** The query's terms, normalised as typed. */
  terms: string[];
  /** Each term's forms as looked up (fold.ts): folded, and folded after OpenCC's phrase conversion. */
  forms: string[][];
  hits: Hit[];
  /** For each filter value, the results it would give with the other filters kept. */
  counts: FilterCounts;
}

/** Where an article's result file is. */
export function docUrl(map: SearchMap, hit: Pick<Hit, 'issue' | 'k'>): string {
  return urls.searchDoc(map.issues[hit.issue]!.id, hit.k);
}

interface Layout {
  /** Per issue: where each article's run ends, and the archive index of its first article. */
  runs: { ends: number[]; first: number }[];
  /** Pagefind page id → issue index. */
  issueOfPage: Map<string, number>;
}

const layouts = new WeakMap<SearchMap, Layout>();

/** What every query needs from the map, worked out once per map (37,000 runs at 400 issues). */
function computeLayout(map: SearchMap): Layout {
  let l = layouts.get(map);
  if (!l) {
    let n = 0;
    l = {
      runs: map.issues.map((i) => {
        const ends: number[] = [];
        i.spans.reduce((at, len) => (ends.push(at + len), at + len), 0);
        const first = n;
        n += i.spans.length;
        return { ends, first };
      }),
      issueOfPage: new Map(map.issues.map((i, x) => [i.page, x])),
    };
    layouts.set(map, l);
  }
  return l;
}

/** The article whose run holds a position: the first run ending after it. */
function articleAt(ends: number[], word: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > word) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Where a phrase's bigrams stand at consecutive positions, per issue: the
 * position of its first. Each bigram looked up is one Pagefind search (all its
 * positions); the rarest is walked and the others checked at their offsets.
 */
async function occurrences(
  pf: PagefindApi,
  issueOfPage: Map<string, number>,
  bigrams: string[],
): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!bigrams.length) return out;
  // Every other bigram, and the last, already cover every character of the
  // phrase: checking those at their offsets is the same test with about half
  // the lookups (each costs Pagefind time in proportion to its positions).
  const offsets = bigrams.map((_, i) => i).filter((i) => i % 2 === 0 || i === bigrams.length - 1);
  const tokens = offsets.map((i) => bigrams[i]!);
  const distinct = [...new Set(tokens)];
  const found = await Promise.all(distinct.map((tok) => pf.search(tok)));
  const at = new Map<string, Map<number, number[]>>();
  distinct.forEach((tok, i) => {
    const byIssue = new Map<number, number[]>();
    for (const r of found[i]?.results ?? []) {
      const x = issueOfPage.get(r.id);
      if (x !== undefined) byIssue.set(x, r.words);
    }
    at.set(tok, byIssue);
  });
  for (const x of at.get(tokens[0]!)!.keys()) {
    const lists = tokens.map((tok) => at.get(tok)!.get(x));
    if (lists.some((l) => !l)) continue;
    if (tokens.length === 1) {
      out.set(x, lists[0]!);
      continue;
    }
    let rarest = 0;
    lists.forEach((l, i) => l!.length < lists[rarest]!.length && (rarest = i));
    const sets = lists.map((l, i) => (i === rarest ? undefined : new Set(l)));
    const starts = lists[rarest]!.map((p) => p - offsets[rarest]!).filter((s) =>
      sets.every((set, i) => !set || set.has(s + offsets[i]!)),
    );
    if (starts.length) out.set(x, starts);
  }
  return out;
}

/** All articles matching the request, ranked, with filter counts. Loads no result file. */
export async function runSearch(
  pf: PagefindApi,
  map: SearchMap,
  req: SearchRequest,
  fold: FoldTable = EMPTY_FOLD,
): Promise<SearchOutcome> {
  const terms = parseQuery(req.q);
  const forms = terms.map((t) => termForms(t, fold));
  const { runs, issueOfPage } = computeLayout(map);
  let acc: Map<number, Hit> | undefined;
  if (!terms.length) {
    acc = new Map();
    if (req.filters && Object.values(req.filters).some((v) => v?.length))
      map.issues.forEach((i, x) =>
        i.spans.forEach((_, k) => {
          const n = runs[x]!.first + k;
          acc!.set(n, { n, issue: x, k, inTitle: false, count: 0 });
        }),
      );
  }
  // Every form of every term in both fields at once: their index chunks load in parallel.
  const lookups = await Promise.all(
    forms.map((fs) =>
      Promise.all(
        fs.flatMap((form) =>
          (['t', 'b'] as Field[]).map(
            async (field) =>
              [field, await occurrences(pf, issueOfPage, tokensFor(form, field)), form] as const,
          ),
        ),
      ),
    ),
  );
  for (const t of terms.keys()) {
    const found = new Map<number, Hit>();
    for (const [field, byIssue, term] of lookups[t]!) {
      for (const [x, starts] of byIssue) {
        const { ends, first } = runs[x]!;
        for (const word of starts) {
          const a = articleAt(ends, word);
          const n = first + a;
          const hit = found.get(n) ?? { n, issue: x, k: a, inTitle: false, count: 0 };
          if (field === 't') hit.inTitle = true;
          else {
            hit.count += 1;
            const at = word - (ends[a]! - map.issues[x]!.spans[a]!);
            // One character is found by its `u` word, which has no place in the text.
            if (
              t === 0 &&
              [...term].length > 1 &&
              (hit.firstWord === undefined || at < hit.firstWord)
            )
              hit.firstWord = at;
          }
          found.set(n, hit);
        }
      }
    }
    if (!acc) acc = found;
    else {
      const next = new Map<number, Hit>();
      for (const [n, h] of acc) {
        const f = found.get(n);
        if (f) next.set(n, { ...h, inTitle: h.inTitle || f.inTitle, count: h.count + f.count });
      }
      acc = next;
    }
  }
  const matched = [...(acc?.values() ?? [])];
  const valuesOf = (h: Hit, f: FilterName): string[] => {
    if (f === 'issue') return [map.issues[h.issue]!.label];
    const code = map.issues[h.issue]![f][h.k] ?? 0;
    return (Array.isArray(code) ? code : [code]).flatMap((c) => map.facets[f][c - 1] ?? []);
  };
  const wanted = (h: Hit, except?: FilterName) =>
    FILTERS.every((f) => {
      const values = req.filters?.[f];
      if (f === except || !values?.length) return true;
      return valuesOf(h, f).some((v) => values.includes(v));
    });
  const counts = Object.fromEntries(FILTERS.map((f) => [f, {}])) as FilterCounts;
  for (const h of matched)
    for (const f of FILTERS)
      if (wanted(h, f)) for (const v of valuesOf(h, f)) counts[f][v] = (counts[f][v] ?? 0) + 1;
  const hits = matched
    .filter((h) => wanted(h))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.n - b.n);
  return { terms, forms, hits, counts };
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** 1-based paragraph of the article where the match is. */
  paragraph?: number;
}

const foldedCache = new WeakMap<SearchDoc, { fold: FoldTable; text: string[]; folded: string[] }>();

/** A result file's characters and their folded forms, worked out once per file, not once per keystroke. */
function foldedChars(doc: SearchDoc, fold: FoldTable): { text: string[]; folded: string[] } {
  let c = foldedCache.get(doc);
  if (!c || c.fold !== fold) {
    c = { fold, text: [...doc.text], folded: [...foldText(doc.text.toLowerCase(), fold)] };
    foldedCache.set(doc, c);
  }
  return c;
}

/**
 * The excerpt around a term's first occurrence in the text, from the
 * article's result file; falls back to the start of the text when the term is
 * only in the title.
 */
export function makeExcerpt(
  doc: SearchDoc,
  hit: Hit,
  forms: string[],
  fold: FoldTable = EMPTY_FOLD,
  width = 60,
): Excerpt {
  const { text, folded } = foldedChars(doc, fold);
  const len = [...(forms[0] ?? '')].length;
  const isForm = (s: string) => forms.includes(s);
  let at = hit.firstWord !== undefined ? hit.firstWord - doc.bo : -1;
  if (at < 0 || !isForm(folded.slice(at, at + len).join(''))) {
    // Positions are of the normalised text; find the term directly if they disagree.
    at = -1;
    for (let i = 0; len > 0 && i + len <= folded.length && at < 0; i++)
      if (isForm(folded.slice(i, i + len).join(''))) at = i;
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
