/**
 * Where a query's terms are in a printed text, as search finds them (NFKC,
 * lower case, white space ignored — so across paragraph breaks — and
 * traditional forms folded): ranges of the original string, for marking.
 */
import { normalize } from './tokens.ts';
import { foldText, termForms, type FoldTable } from './fold.ts';
import { parseQuery } from './tokens.ts';

/** Each compared character of a text, with the range of the original string it comes from. */
function comparable(
  text: string,
  fold: FoldTable,
): { chars: string[]; from: number[]; to: number[] } {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const end = i + ch.length;
    for (const c of foldText(normalize(ch), fold)) {
      chars.push(c);
      from.push(i);
      to.push(end);
    }
    i = end;
  }
  return { chars, from, to };
}

/** The ranges [start, end) of `text` where a term of `q` occurs, in order, not overlapping. */
export function matchRanges(text: string, q: string, fold: FoldTable): [number, number][] {
  const forms = parseQuery(q)
    .flatMap((t) => termForms(t, fold))
    .map((f) => [...f]);
  const { chars, from, to } = comparable(text, fold);
  const out: [number, number][] = [];
  for (let i = 0; i < chars.length;) {
    const f = forms
      .filter((form) => form.every((c, k) => chars[i + k] === c))
      .sort((a, b) => b.length - a.length)[0];
    if (f?.length) {
      out.push([from[i]!, to[i + f.length - 1]!]);
      i += f.length;
    } else i++;
  }
  return out;
}
