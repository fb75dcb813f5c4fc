/**
 * Builds the search's fold table (fold.ts) from OpenCC's dictionaries, kept
 * to what the archive can match. Runs at index time, in Node.
 *
 * - Characters (`c`): OpenCC's traditional → simplified characters
 *   (TSCharacters: standard forms such as 爲 衆 and the Taiwan and Hong Kong
 *   forms it lists, 為 眾), and the Taiwan and Hong Kong variants that OpenCC
 *   maps through a standard form (TW/HKVariantsRev: 衞 → 衛 → 卫) — except
 *   the forms that are simplified characters too (in OpenCC's simplified
 *   phrases or characters: 乾 著 於 么 才 温 …), which folding would confuse
 *   with a different simplified character.
 * - Query conversions (`p`): all of OpenCC's traditional → simplified phrases
 *   (TSPhrases, 477) and the characters left out of `c`, so a query is
 *   converted as OpenCC converts it.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { FoldTable } from './fold.ts';

/** `"a b|c d"` → [[a, b], [c, d]] (OpenCC-js's dictionary format; a first candidate only). */
export function parseDict(d: string): [string, string][] {
  return d.split('|').map((e) => {
    const [from = '', to = ''] = e.split(' ');
    return [from, to];
  });
}

/** Characters that OpenCC writes in simplified text: they are not folded into another. */
function simplifiedCharacters(): Set<string> {
  const out = new Set<string>();
  for (const [s] of parseDict(STCharacters)) out.add(s);
  for (const [s] of parseDict(STPhrases)) for (const ch of s) out.add(ch);
  for (const [, s] of parseDict(TSPhrases)) for (const ch of s) out.add(ch);
  return out;
}

/**
 * The table for an archive whose normalised text uses `chars`. A character
 * entry is kept if its traditional form is in the archive (it is folded in
 * the index) or its simplified form is (a query may look for it); others
 * could match nothing either way.
 */
export function buildFoldTable(chars: Set<string>): FoldTable {
  const simplified = simplifiedCharacters();
  const ts = new Map(parseDict(TSCharacters));
  const all = new Map<string, string>();
  const ambiguous: Record<string, string> = {};
  for (const [t, s] of ts) {
    if (t === s) continue;
    if (simplified.has(t)) ambiguous[t] = s;
    else all.set(t, s);
  }
  for (const [t, standard] of [...parseDict(TWVariantsRev), ...parseDict(HKVariantsRev)]) {
    const s = ts.get(standard) ?? standard;
    if (t !== s && !ts.has(t) && !simplified.has(t) && !all.has(t)) all.set(t, s);
  }
  const c: Record<string, string> = {};
  for (const [t, s] of [...all].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (chars.has(t) || chars.has(s)) c[t] = s;
  const p: Record<string, string> = { ...ambiguous };
  for (const [t, s] of parseDict(TSPhrases)) p[t] = s;
  return { c, p };
}
