/**
 * Never a dead end: when a search finds nothing, what would find something —
 * the same search without one of its terms or filters, and words of the
 * archive (titles, unions, places, practices) one character away from a term
 * or whose pinyin the query spells. Pure: the view runs the searches.
 */
import type { FilterName, SearchRequest } from './client.ts';
import { normalize } from './tokens.ts';

/** `/search/words.json`: the archive's own words, and pinyin (letters only) of place and practice names. */
export interface SearchWords {
  words: string[];
  pinyin: Record<string, string>;
  /** English (lower case, single spaces) → the archive's word (src/data/search-glossary.yaml). */
  english?: Record<string, string>;
}

/** One way to widen a search: what is left out, and the search without it. */
export interface Relaxation {
  kind: 'term' | 'filter';
  /** The term, or the filter's value. */
  label: string;
  filter?: FilterName;
  req: SearchRequest;
}

/** The search without each of its terms (when more than one thing is asked) and without each filter value. */
export function relaxations(req: SearchRequest): Relaxation[] {
  const terms = req.q.split(/\s+/u).filter(Boolean);
  const filters = Object.entries(req.filters ?? {}) as [FilterName, string[]][];
  const asked = terms.length + filters.reduce((n, [, v]) => n + v.length, 0);
  if (asked < 2) return [];
  const out: Relaxation[] = terms.map((t, i) => ({
    kind: 'term',
    label: t,
    req: { q: terms.filter((_, j) => j !== i).join(' '), filters: req.filters ?? {} },
  }));
  for (const [f, values] of filters)
    for (const v of values)
      out.push({
        kind: 'filter',
        label: v,
        filter: f,
        req: { q: req.q, filters: { ...req.filters, [f]: values.filter((x) => x !== v) } },
      });
  return out;
}

/** Whether two strings differ by at most one character inserted, deleted or replaced. */
export function withinOneEdit(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Words of the archive one character away from a term (of at least two
 * characters): the matching stretch of a title or name, at most `limit`.
 */
export function nearWords(term: string, words: readonly string[], limit = 5): string[] {
  const t = [...normalize(term)];
  if (t.length < 2) return [];
  const out = new Set<string>();
  for (const w of words) {
    const chars = [...w];
    for (let len = t.length - 1; len <= t.length + 1; len++)
      for (let i = 0; i + len <= chars.length; i++) {
        const window = chars.slice(i, i + len);
        const s = window.join('');
        if (s !== t.join('') && withinOneEdit(t, window) && !/\s/u.test(s)) out.add(s);
        if (out.size >= limit) return [...out];
      }
  }
  return [...out];
}

/** Letters only, lower case: how a query typed in pinyin is compared. */
export function pinyinKey(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/**
 * The place or practice whose pinyin the whole query spells (`zhigong shuwu`
 * → 职工书屋), or the archive's word for an English one (`union` → 工会).
 */
export function pinyinWord(q: string, words: SearchWords): string | undefined {
  if (!/^[\sa-zA-Z'’\-āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u.test(q.trim())) return undefined;
  const english = q.trim().toLowerCase().replace(/\s+/gu, ' ');
  return words.english?.[english] ?? words.pinyin[pinyinKey(q)];
}
