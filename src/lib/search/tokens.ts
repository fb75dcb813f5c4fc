/**
 * Exact ("Ctrl+F") search on Pagefind. Pagefind segments Chinese with jieba at
 * index time and Intl.Segmenter at query time, matches words by prefix and so
 * returns pages that lack the phrase, differently in Node and browsers
 * (Pagefind issues #1237, #793, #987). So we index our own words instead: the
 * text, normalised, as a sequence of character-trigram tokens, one per
 * position, written in ASCII that no segmenter or stemmer touches. A phrase
 * of n ≥ 3 characters is then its trigram tokens at consecutive positions
 * (client.ts), which here means exactly the substring. Two characters and
 * one are found by tokens listed once per article: its distinct bigrams
 * (namespace `d`) and characters (`u`) — not a prefix of
 * the bigrams, because Pagefind expands a prefix only within one index chunk
 * and misses pages once the bigrams starting with a common character span
 * several (found by the benchmark at 10 issues).
 * Title and organisation use a second namespace, so a hit there is known
 * without loading the page's fragment and ranks first.
 */

/**
 * Namespaces: `t` title and organisation (character bigrams, one per
 * position), `b` all text (character trigrams, one per position), `d` an
 * article's distinct bigrams, `u` its distinct characters.
 */
export type Field = 't' | 'b';

/** NFKC, lower case, no white space: the form both the text and queries are compared in. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Characters after the base-36 range get one shared code: rare, and only ever a superset. */
const RARE = 'zzz';
/** Pads the last positions; never produced by a real character (code point 1 is a control character). */
const PAD = '001';

/** Three base-36 digits for a character (code points up to 46655: all of CJK and Latin). */
export function charCode(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 46656 && cp > 1 ? cp.toString(36).padStart(3, '0') : RARE;
}

/**
 * The positional tokens of a normalised text, one per character position:
 * bigrams for the title field, trigrams for the text. Trigrams because
 * Pagefind spends time in proportion to a token's positions, and a trigram
 * is far rarer than a common bigram (工会 has ≈ 1,100 positions an issue).
 */
export function toTokens(text: string, field: Field): string[] {
  const codes = [...text].map(charCode);
  const at = (i: number) => codes[i] ?? PAD;
  return codes.map((c, i) =>
    field === 't' ? `t${c}${at(i + 1)}` : `b${c}${at(i + 1)}${at(i + 2)}`,
  );
}

/** The distinct characters of a normalised text, as `u` tokens. */
export function toUnigrams(text: string): string[] {
  return [...new Set(text)].map((c) => `u${charCode(c)}`);
}

/** The distinct bigrams of a normalised text, as `d` tokens: a two-character term is found by one per article. */
export function toBigrams(text: string): string[] {
  const codes = [...text].map(charCode);
  return [...new Set(codes.slice(1).map((c, i) => `d${codes[i]}${c}`))];
}

/** One lookup of a term: the token and its offset in the term. */
export interface Lookup {
  token: string;
  offset: number;
}

/**
 * What to look up for one normalised term in one field, and whether the
 * tokens have positions (else they only say an article has the term).
 * - Text, 3 characters or more: trigrams at offsets 0, 3, 6 … and the last,
 *   which together cover every character; the term is where they stand at
 *   their offsets from each other.
 * - Text, 2 characters: its `d` token; 1 character: its `u` token.
 * - Title: bigrams, every other and the last; one character is not ranked by title.
 * Each is searched on its own: Pagefind's quoted phrase search returns only
 * the first occurrence in a page, and a page here is a whole issue.
 */
export function lookupsFor(term: string, field: Field): { lookups: Lookup[]; positional: boolean } {
  const codes = [...term].map(charCode);
  const n = codes.length;
  if (n === 0 || (n === 1 && field === 't')) return { lookups: [], positional: false };
  if (field === 'b' && n === 1)
    return { lookups: [{ token: `u${codes[0]}`, offset: 0 }], positional: false };
  if (field === 'b' && n === 2)
    return { lookups: [{ token: `d${codes[0]}${codes[1]}`, offset: 0 }], positional: false };
  const width = field === 't' ? 2 : 3;
  const last = n - width;
  const offsets = [
    ...new Set([
      ...Array.from({ length: Math.floor(last / width) + 1 }, (_, i) => i * width),
      last,
    ]),
  ];
  return {
    lookups: offsets.map((o) => ({
      token: `${field}${codes.slice(o, o + width).join('')}`,
      offset: o,
    })),
    positional: true,
  };
}

/** Query terms: split on white space (several terms = all of them), each normalised; traditional forms are handled by fold.ts. */
export function parseQuery(q: string): string[] {
  return q.normalize('NFKC').split(/\s+/u).map(normalize).filter(Boolean);
}
