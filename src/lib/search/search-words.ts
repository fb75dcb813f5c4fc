/**
 * The archive's own words for "did you mean" (suggest.ts), written at index
 * time to `/search/words.json` and fetched only when a search finds nothing:
 * place names, practices, unions and titles (distinct, capped so the file
 * stays small at 400 issues), the pinyin of place and practice names, and
 * English words from src/data/search-glossary.yaml.
 */
import { z } from 'astro/zod';
import { readDataFile } from '../../core/load-data.ts';
import { listPractices } from '../../core/practice-vocabulary.ts';
import { listCities, pinyinSlug } from '../places.ts';
import { pinyinKey, type SearchWords } from './suggest.ts';

/** Practice names and aliases from `src/data/practices.yaml`. */
function practiceNames(): string[] {
  return listPractices().flatMap((p) => [p.name, ...(p.aliases ?? [])]);
}

/** `src/data/search-glossary.yaml`: English → the archive's word. */
const glossarySchema = z.record(z.string().min(1), z.string().min(1));

/** Titles beyond this many characters in all are left out (they repeat across issues anyway). */
const TITLE_BUDGET = 60_000;

export function buildSearchWords(articles: { title: string; org: string | null }[]): SearchWords {
  const places = listCities().flatMap((c) => [c.name, c.short, ...c.counties.map((k) => k.name)]);
  const practices = practiceNames();
  const words = new Set<string>([...places, ...practices].filter(Boolean));
  for (const a of articles) if (a.org) words.add(a.org);
  let budget = TITLE_BUDGET;
  for (const a of articles) {
    if (budget <= 0) break;
    if (!words.has(a.title)) {
      words.add(a.title);
      budget -= a.title.length;
    }
  }
  const pinyin: Record<string, string> = {};
  for (const w of [...places, ...practices]) if (w) pinyin[pinyinKey(pinyinSlug(w))] ??= w;
  const glossary = readDataFile('search-glossary.yaml', glossarySchema);
  const english = Object.fromEntries(
    Object.entries(glossary).map(([en, zh]) => [en.toLowerCase().replace(/\s+/gu, ' '), zh]),
  );
  return { words: [...words], pinyin, english };
}
