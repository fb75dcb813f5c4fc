/**
 * What Ctrl+F would find, written apart from the search code so that the
 * tests check it against the definition rather than against itself: the
 * articles in which some field shown in the head (title, organisation,
 * subtitle, kicker, byline, source) or the body contains every term — text
 * and terms compared after NFKC, lower case, without white space, with
 * traditional and variant forms folded by OpenCC's own dictionaries (read
 * here directly), a term also in OpenCC's own phrase conversion.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { ArticleRecord } from '../../src/lib/records.ts';

const entries = (dict: string) =>
  dict.split('|').map((line) => line.split(' ') as [string, string]);

/** Characters OpenCC writes in simplified text (never folded into another one). */
const simplified = new Set<string>([
  ...entries(STCharacters).map(([s]) => s),
  ...entries(STPhrases).flatMap(([s]) => [...s]),
  ...entries(TSPhrases).flatMap(([, s]) => [...s]),
]);
const tsChars = new Map(entries(TSCharacters));

/** Traditional and variant character → simplified, for the forms that are not simplified characters too. */
export const referenceFold = new Map<string, string>();
for (const [t, s] of tsChars) if (t !== s && !simplified.has(t)) referenceFold.set(t, s);
for (const [t, std] of [...entries(TWVariantsRev), ...entries(HKVariantsRev)]) {
  const s = tsChars.get(std) ?? std;
  if (!tsChars.has(t) && !simplified.has(t) && !referenceFold.has(t) && t !== s)
    referenceFold.set(t, s);
}

/** OpenCC's own standard-traditional → mainland converter. */
const openccToSimplified = ConverterFactory([TSPhrases, TSCharacters]);

const clean = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
const fold = (s: string) => Array.from(s, (ch) => referenceFold.get(ch) ?? ch).join('');

/** The forms a term is looked for in: as typed, and as OpenCC converts it; both folded. */
export function referenceForms(term: string): string[] {
  const t = clean(term);
  return [...new Set([fold(t), fold(clean(openccToSimplified(t)))])];
}

const HEAD = ['title', 'org', 'subtitle', 'kicker', 'byline', 'source', 'text'] as const;

/** Folded fields per record list, made once: the benchmark asks many queries of 37,000 articles. */
const prepared = new WeakMap<ArticleRecord[], string[][]>();

export function truthFor(records: ArticleRecord[], q: string): Set<string> {
  let fields = prepared.get(records);
  if (!fields) {
    fields = records.map((r) => HEAD.map((f) => fold(clean(String(r[f] ?? '')))));
    prepared.set(records, fields);
  }
  const terms = q
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((t) => clean(t))
    .map(referenceForms);
  const out = new Set<string>();
  if (!terms.length) return out;
  records.forEach((r, i) => {
    if (terms.every((forms) => fields[i]!.some((f) => forms.some((t) => f.includes(t)))))
      out.add(String(r.url));
  });
  return out;
}
