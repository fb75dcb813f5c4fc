/**
 * Runs a search against the index (pagefind-index.ts, or any lookup with
 * Pagefind's API) and the archive map
 * (record.ts), in the browser or in Node: the same code, so both return the
 * same results. Each term is planned as grams (grams.ts): looked up by
 * position, where the grams must stand at their offsets, or by article.
 * Pagefind finds the issues holding each gram and where; the map turns each
 * position into its article. An article matches the query if it matches
 * every term. Filters and their counts are computed here from the map's
 * codes. Ranking: a hit in the title or organisation first, then more
 * occurrences, then the archive's order.
 */
import { urls } from '../urls.ts';
import { EMPTY_FOLD, foldText, termForms, type FoldTable } from './fold.ts';
import {
  planTerm,
  RUN_UNIT,
  type Lexicon,
  type ListLookup,
  type PlannedWord,
  type TermPlan,
} from './grams.ts';
import {
  FACETS,
  TITLE_SLOT,
  type Facet,
  type FacetCode,
  type SearchDoc,
  type SearchMap,
} from './record.ts';
import { parseQuery } from './tokens.ts';

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
  /** Character of the indexed text (record.ts) where the first term first occurs, if it was looked up by position. */
  firstChar?: number;
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
  /** Articles in the archive. */
  total: number;
  /** Per article (archive index): its issue, and its index in the issue. */
  issueOf: Int32Array;
  kOf: Int32Array;
  /** Per Pagefind record: where each of its articles' runs ends, in words, and the archive index of its first. */
  records: Map<string, { ends: number[]; first: number }>;
  /** Per facet, each article's codes (record.ts: 0 for none). */
  codes: Record<FilterName, FacetCode[]>;
  lex: Lexicon;
}

const layouts = new WeakMap<SearchMap, Layout>();

/**
 * What every query needs from the map, worked out once per map (37,000
 * articles at 400 issues). A record holds consecutive issues, so its articles
 * are consecutive in the archive.
 */
function computeLayout(map: SearchMap): Layout {
  let l = layouts.get(map);
  if (!l) {
    const total = map.issues.reduce((n, i) => n + i.spans.length, 0);
    const issueOf = new Int32Array(total);
    const kOf = new Int32Array(total);
    const records: Layout['records'] = new Map();
    const codes = Object.fromEntries(FILTERS.map((f) => [f, []])) as unknown as Layout['codes'];
    let n = 0;
    map.issues.forEach((i, x) => {
      let r = records.get(i.page);
      if (!r) records.set(i.page, (r = { ends: [], first: n }));
      i.spans.forEach((units, k) => {
        r.ends.push((r.ends.at(-1) ?? 0) + units * RUN_UNIT);
        issueOf[n] = x;
        kOf[n] = k;
        for (const f of FACETS) codes[f].push(i[f][k] ?? 0);
        codes.issue.push(x + 1);
        n++;
      });
    });
    l = {
      total,
      issueOf,
      kOf,
      records,
      codes,
      lex: {
        common: new Set(map.grams),
        dense: { u: new Set(map.dense.u), d: new Set(map.dense.d), h: new Set(map.dense.h) },
      },
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

/** Every position of some tokens, per token and record: one lookup each, all at once. */
async function lookUp(
  pf: PagefindApi,
  tokens: string[],
): Promise<Map<string, Map<string, number[]>>> {
  const distinct = [...new Set(tokens)];
  const found = await Promise.all(distinct.map((tok) => pf.search(tok)));
  const at = new Map<string, Map<string, number[]>>();
  distinct.forEach((tok, i) =>
    at.set(tok, new Map((found[i]?.results ?? []).map((r) => [r.id, r.words]))),
  );
  return at;
}

/**
 * Where a term's planned grams all stand at their offsets, per record: the
 * word position of the term's first character. The rarest gram's positions
 * are walked and the others checked at their offsets.
 */
function phraseStarts(
  at: Map<string, Map<string, number[]>>,
  words: PlannedWord[],
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const x of at.get(words[0]!.token)!.keys()) {
    const lists = words.map((w) => at.get(w.token)!.get(x));
    if (lists.some((l) => !l)) continue;
    let rarest = 0;
    lists.forEach((l, i) => l!.length < lists[rarest]!.length && (rarest = i));
    const sets = lists.map((l, i) => (i === rarest ? undefined : new Set(l)));
    const starts = lists[rarest]!.map((p) => p - words[rarest]!.offset).filter((s) =>
      sets.every((set, i) => !set || set.has(s + words[i]!.offset)),
    );
    if (starts.length) out.set(x, starts);
  }
  return out;
}

/** One term's matches, per article (archive index): typed arrays, as a query can match most of the archive. */
interface TermMatch {
  match: Uint8Array;
  title: Uint8Array;
  count: Int32Array;
  /** Character of the first occurrence, −1 if not looked up by position. */
  first: Int32Array;
}

function matchTerm(
  plans: TermPlan[],
  at: Map<string, Map<string, number[]>>,
  l: Layout,
): TermMatch {
  const m: TermMatch = {
    match: new Uint8Array(l.total),
    title: new Uint8Array(l.total),
    count: new Int32Array(l.total),
    first: new Int32Array(l.total).fill(-1),
  };
  /** Sets `into` for the articles a list names — or, for the list of those without the key, for all others. */
  const mark = (list: ListLookup, into: Uint8Array) => {
    // How many times the list names each article (twice: its title part has the key too).
    const named = new Uint8Array(l.total);
    for (const [id, words] of at.get(list.token)!) {
      const r = l.records.get(id);
      if (r) for (const w of words) named[r.first + articleAt(r.ends, w)]!++;
    }
    for (let n = 0; n < l.total; n++) {
      if (list.absent ? named[n] : !named[n]) continue;
      into[n] = 1;
      if (list.twiceInTitle && named[n]! > 1) m.title[n] = 1;
    }
  };
  for (const plan of plans) {
    if (plan.by === 'article') {
      mark(plan.list, m.match);
      if (plan.title) mark(plan.title, m.title);
      continue;
    }
    for (const [id, starts] of phraseStarts(at, plan.words)) {
      const r = l.records.get(id);
      if (!r) continue;
      for (const word of starts) {
        const a = articleAt(r.ends, word);
        const n = r.first + a;
        // Two words per character, from the start of the article's run.
        const char = (word - (a ? r.ends[a - 1]! : 0)) / 2;
        m.match[n] = 1;
        m.count[n]! += 1;
        if (char < TITLE_SLOT) m.title[n] = 1;
        if (m.first[n]! < 0 || char < m.first[n]!) m.first[n] = char;
      }
    }
  }
  // A title has only what its article has.
  for (let n = 0; n < l.total; n++) m.title[n]! &= m.match[n]!;
  return m;
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
  const l = computeLayout(map);
  const plans = forms.map((fs) => fs.map((form) => planTerm(form, l.lex)));
  // Every gram of every form of every term at once: their index chunks load in parallel.
  const at = await lookUp(
    pf,
    plans.flat().flatMap((p) =>
      p.by === 'position'
        ? p.words.map((w) => w.token)
        : [p.list.token, ...(p.title ? [p.title.token] : [])],
    ),
  );
  const matches = plans.map((p) => matchTerm(p, at, l));
  // Filters and counts by code, not by name.
  const nameOf = (f: FilterName, c: number) =>
    f === 'issue' ? map.issues[c - 1]?.label : map.facets[f][c - 1];
  const chosen = FILTERS.flatMap((f) => {
    const names = req.filters?.[f];
    if (!names?.length) return [];
    const all = f === 'issue' ? map.issues.map((i) => i.label) : map.facets[f];
    const codes = new Set(names.flatMap((v) => all.flatMap((x, i) => (x === v ? [i + 1] : []))));
    return [{ f, codes, of: l.codes[f] }];
  });
  // No term and no filter: nothing to show.
  if (!terms.length && !chosen.length)
    return { terms, forms, hits: [], counts: Object.fromEntries(FILTERS.map((f) => [f, {}])) as FilterCounts };
  const has = (code: FacetCode, codes: Set<number>) =>
    typeof code === 'number' ? codes.has(code) : code.some((c) => codes.has(c));
  // One tally per facet, indexed by code; plain loops: this runs for every article of the archive.
  const tallies = FILTERS.map((f) => new Int32Array((f === 'issue' ? map.issues.length : map.facets[f].length) + 1));
  const facetCodes = FILTERS.map((f) => l.codes[f]);
  const hits: Hit[] = [];
  for (let n = 0; n < l.total; n++) {
    let all = true;
    for (const m of matches) if (!m.match[n]) all = false;
    if (!all) continue;
    // Failing two filters excludes an article from every count; failing one, from all but that facet's.
    let failed: FilterName | undefined;
    let fails = 0;
    for (const c of chosen) if (!has(c.of[n]!, c.codes) && ++fails === 1) failed = c.f;
    if (fails > 1) continue;
    for (let i = 0; i < FILTERS.length; i++) {
      if (fails && failed !== FILTERS[i]) continue;
      const code = facetCodes[i]![n]!;
      if (typeof code === 'number') tallies[i]![code]!++;
      else for (const c of code) tallies[i]![c]!++;
    }
    if (fails) continue;
    let inTitle = false;
    let count = 0;
    for (const m of matches) {
      if (m.title[n]) inTitle = true;
      count += m.count[n]!;
    }
    const first = matches[0]?.first[n] ?? -1;
    hits.push(
      first >= 0
        ? { n, issue: l.issueOf[n]!, k: l.kOf[n]!, inTitle, count, firstChar: first }
        : { n, issue: l.issueOf[n]!, k: l.kOf[n]!, inTitle, count },
    );
  }
  const counts = Object.fromEntries(
    FILTERS.map((f, i) => {
      const byName: Record<string, number> = {};
      // Code 0 is "none": not a value.
      tallies[i]!.forEach((k, c) => {
        const name = c > 0 && k > 0 ? nameOf(f, c) : undefined;
        if (name !== undefined) byName[name] = (byName[name] ?? 0) + k;
      });
      return [f, byName];
    }),
  ) as FilterCounts;
  // Hits come in the archive's order: with no occurrences counted (terms found by article), title
  // hits first is all the ranking there is, and needs no sort.
  const ranked = hits.some((h) => h.count > 0)
    ? hits.sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.count - a.count || a.n - b.n)
    : [...hits.filter((h) => h.inTitle), ...hits.filter((h) => !h.inTitle)];
  return { terms, forms, hits: ranked, counts };
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
  let at = hit.firstChar !== undefined ? hit.firstChar - doc.bo : -1;
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
