/**
 * Traditional and variant characters, for search. Two steps, both from
 * OpenCC's own dictionaries (fold-table.ts builds the table at index time):
 *
 * - **Folding**, character by character, applied alike to the indexed text and
 *   to queries: each traditional or variant form that is never a simplified
 *   character itself (級, 係, 繫, 爲, 衆, 為, 眾, 衞 …) becomes its simplified
 *   form. Character by character so that a substring of the folded text is
 *   the folding of a substring: a traditional character printed in the source
 *   (高級工) is found by 级 and by 級, and the positions of the folded text are
 *   those of the printed text.
 * - **Phrase conversion** of the query only, OpenCC's way (longest match in
 *   its traditional → simplified phrases, then characters): it covers the
 *   forms that are also simplified characters and so cannot be folded (於 in
 *   關於 → 于, 乾 in 乾淨 → 干) without making 于 find every 於 — 著 stays 著,
 *   so 显著 is not found by 显着.
 *
 * A term matches where the folded text contains any of its forms.
 */

/** `/search/fold.json`: character folds, and OpenCC's phrases and ambiguous characters for queries. */
export interface FoldTable {
  /** Character → simplified, folded on both sides. */
  c: Record<string, string>;
  /** Query-only conversions (phrases, and characters that are also simplified), longest first wins. */
  p: Record<string, string>;
}

export const EMPTY_FOLD: FoldTable = { c: {}, p: {} };

/** Each character folded (an already normalised text: NFKC, lower case, no white space). */
export function foldText(s: string, table: FoldTable): string {
  let out = '';
  for (const ch of s) out += table.c[ch] ?? ch;
  return out;
}

/** Longest key of the phrase table, for the longest-match scan. */
const longest = new WeakMap<FoldTable, number>();

/** OpenCC's conversion: at each position the longest phrase or character of `p`, else the character as is. */
export function convertPhrases(s: string, table: FoldTable): string {
  let max = longest.get(table);
  if (max === undefined) {
    max = Math.max(1, ...Object.keys(table.p).map((k) => [...k].length));
    longest.set(table, max);
  }
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length;) {
    let len = Math.min(max, chars.length - i);
    for (; len > 0; len--) {
      const v = table.p[chars.slice(i, i + len).join('')];
      if (v !== undefined) {
        out += v;
        break;
      }
    }
    if (len === 0) {
      out += chars[i];
      len = 1;
    }
    i += len;
  }
  return out;
}

/** The forms a normalised term is looked up in: folded as typed, and folded after OpenCC's phrase conversion. */
export function termForms(term: string, table: FoldTable): string[] {
  return [...new Set([foldText(term, table), foldText(convertPhrases(term, table), table)])];
}
