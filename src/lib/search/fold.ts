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

/**
 * Whether a text has a character the table folds or converts (`chars`: from
 * the map's `foldChars`): without one, folding changes nothing and the table
 * need not be loaded.
 */
export function touchesFold(text: string, chars: ReadonlySet<string>): boolean {
  for (const ch of text.normalize('NFKC')) if (chars.has(ch)) return true;
  return false;
}

/**
 * What {@link touchesFold} looks for: in a text, the characters the table
 * folds (traditional and variant forms, rare in the archive); in a query,
 * also one character of each phrase it converts that has none of those —
 * the phrase cannot match a query without it. The one chosen is the phrase's
 * rarest in the archive (`frequency`), so that everyday simplified queries
 * (职工之家) do not fetch the table.
 */
export function foldChars(
  table: FoldTable,
  frequency: (ch: string) => number,
): { text: string; query: string } {
  const query = new Set<string>();
  for (const key of Object.keys(table.p)) {
    const chars = [...key];
    if (chars.some((c) => table.c[c])) continue;
    query.add(chars.reduce((a, b) => (frequency(b) < frequency(a) ? b : a)));
  }
  return { text: Object.keys(table.c).sort().join(''), query: [...query].sort().join('') };
}

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
