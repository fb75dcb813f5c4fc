/**
 * Traditional and variant characters against OpenCC's own dictionaries: every
 * entry whose simplified side the archive uses must be found from its
 * traditional side, and no simplified character of the archive may be folded
 * into another (著 stays apart from 着).
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { describe, expect, it } from 'vitest';
import { foldText, termForms, type FoldTable } from '../../src/lib/search/fold.ts';
import { urls } from '../../src/lib/urls.ts';
import { referenceFold } from '../support/search-truth.ts';
import { articles, readDist } from './helpers.ts';

const fold = JSON.parse(readDist(urls.searchFold().slice(1))) as FoldTable;
const entries = (d: string) => d.split('|').map((e) => e.split(' ') as [string, string]);
const ts = new Map(entries(TSCharacters));
const clean = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
/** Every character of the archive's searchable text, after the reference folding. */
const archiveChars = new Set(
  articles().flatMap((r) =>
    [
      ...['title', 'org', 'subtitle', 'kicker', 'byline', 'source', 'text']
        .map((f) => clean(String(r[f as 'title'] ?? '')))
        .join(''),
    ].map((ch) => referenceFold.get(ch) ?? ch),
  ),
);
const inArchive = (s: string) => [...s].every((ch) => archiveChars.has(ch));
/** Characters OpenCC writes in simplified text. */
const simplifiedInPhrases = new Set(entries(STPhrases).flatMap(([s]) => [...s]));

describe('traditional and variant forms (OpenCC dictionaries)', () => {
  const dictionary = [
    ...entries(TSCharacters),
    ...entries(TSPhrases),
    // Variants map to a standard traditional form, which OpenCC then simplifies.
    ...[...entries(TWVariantsRev), ...entries(HKVariantsRev)]
      .filter(([t]) => !simplifiedInPhrases.has(t))
      .map(([t, std]) => [t, ts.get(std) ?? std] as [string, string]),
  ].filter(([t, s]) => t !== s && inArchive(s));

  it('finds the simplified text from every traditional form OpenCC lists, for the characters the archive uses', () => {
    expect(dictionary.length).toBeGreaterThan(700);
    const missing = dictionary.filter(([t, s]) => !termForms(t, fold).includes(foldText(s, fold)));
    expect(missing).toEqual([]);
  });

  it('finds traditional characters printed in the archive by either form', () => {
    const printed = [...new Set(articles().flatMap((r) => [...String(r.text)]))].filter(
      (ch) => fold.c[ch],
    );
    expect(printed).toContain('級');
    for (const ch of printed) expect(foldText(ch, fold)).toBe(ts.get(ch));
  });

  it('never folds a simplified character of the archive into another (著 is not 着)', () => {
    const folded = [...archiveChars].filter((ch) => simplifiedInPhrases.has(ch) && fold.c[ch]);
    expect(folded).toEqual([]);
    expect(termForms('显著', fold)).toEqual(['显著']);
    expect(termForms('著', fold)).not.toContain('着');
  });

  it('folds standard, Taiwan and Hong Kong forms', () => {
    for (const [t, s] of [
      ['爲', '为'],
      ['衆', '众'],
      ['為', '为'],
      ['眾', '众'],
      ['裡', '里'],
      ['繫', '系'],
      ['係', '系'],
      ['傢', '家'],
    ])
      expect(termForms(t!, fold), t).toContain(s);
  });
});
