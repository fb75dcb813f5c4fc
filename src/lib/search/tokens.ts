/**
 * The words of the search index are our own, not Pagefind's: Pagefind
 * segments Chinese with jieba at index time and Intl.Segmenter at query time,
 * matches words by prefix and so returns pages that lack the phrase,
 * differently in Node and browsers (Pagefind issues #1237, #793, #987). We
 * index the text, normalised, as character n-grams (grams.ts) written in
 * ASCII that no segmenter or stemmer touches. This module has the common
 * ground: the normal form of text and queries, and the code of a character.
 */

/** NFKC, lower case, no white space: the form both the text and queries are compared in. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Characters after the base-36 range get one shared code: rare, and only ever a superset. */
const RARE = 'zzz';
/** Three base-36 digits for a character (code points up to 46655: all of CJK and Latin). */
export function charCode(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 46656 && cp > 1 ? cp.toString(36).padStart(3, '0') : RARE;
}

/**
 * Query terms: split on white space (several terms = all of them), each
 * normalised; traditional forms are handled by fold.ts. Control characters
 * split terms too: the index uses one to end a field (grams.ts).
 */
export function parseQuery(q: string): string[] {
  return q
    .normalize('NFKC')
    .split(/[\s\p{Cc}]+/u)
    .map(normalize)
    .filter(Boolean);
}
