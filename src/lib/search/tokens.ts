/**
 * Exact ("Ctrl+F") search on Pagefind. Pagefind segments Chinese with jieba at
 * index time and Intl.Segmenter at query time, matches words by prefix and so
 * returns pages that lack the phrase, differently in Node and browsers
 * (Pagefind issues #1237, #793, #987). So we index our own words instead: the
 * text, normalised, as a sequence of character-bigram tokens, one per
 * position, written in ASCII that no segmenter or stemmer touches. A phrase
 * of n ≥ 2 characters is then its n−1 bigram tokens at consecutive
 * positions (client.ts), which here means exactly the substring. One character
 * is its own token: each article also lists its distinct characters
 * (namespace `u`) — not a prefix of
 * the bigrams, because Pagefind expands a prefix only within one index chunk
 * and misses pages once the bigrams starting with a common character span
 * several (found by the benchmark at 10 issues).
 * Title and organisation use a second namespace, so a hit there is known
 * without loading the page's fragment and ranks first.
 */

/** Namespaces: `t` title and organisation, `b` all text, `u` a page's distinct characters. */
export type Field = 't' | 'b';

/** NFKC, lower case, no white space: the form both the text and queries are compared in. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Characters after the base-36 range get one shared code: rare, and only ever a superset. */
const RARE = 'zzz';
/** Pads the last position; never produced by a real character (code point 1 is a control character). */
const PAD = '001';

/** Three base-36 digits for a character (code points up to 46655: all of CJK and Latin). */
export function charCode(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 46656 && cp > 1 ? cp.toString(36).padStart(3, '0') : RARE;
}

/** The tokens of a normalised text, one per character position. */
export function toTokens(text: string, field: Field): string[] {
  const chars = [...text];
  return chars.map(
    (c, i) => `${field}${charCode(c)}${i + 1 < chars.length ? charCode(chars[i + 1]!) : PAD}`,
  );
}

/** The distinct characters of a normalised text, as `u` tokens. */
export function toUnigrams(text: string): string[] {
  return [...new Set(text)].map((c) => `u${charCode(c)}`);
}

/**
 * The tokens to look up for one normalised term in one field: its bigrams in
 * order (the term occurs where they stand at consecutive positions), or for
 * one character its `u` token (the title field has none: a one-character term
 * is not ranked by title). Each is searched on its own: Pagefind's quoted
 * phrase search returns only the first occurrence in a page, and a page here
 * is a whole issue.
 */
export function tokensFor(term: string, field: Field): string[] {
  const chars = [...term];
  if (chars.length === 0) return [];
  if (chars.length === 1) return field === 'b' ? [`u${charCode(chars[0]!)}`] : [];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++)
    bigrams.push(`${field}${charCode(chars[i]!)}${charCode(chars[i + 1]!)}`);
  return bigrams;
}

/** Query terms: split on white space (several terms = all of them), each normalised; traditional forms are handled by fold.ts. */
export function parseQuery(q: string): string[] {
  return q.normalize('NFKC').split(/\s+/u).map(normalize).filter(Boolean);
}
