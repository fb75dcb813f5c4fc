/**
 * Which practices (工资集体协商, 职工书屋 …) an article describes. Pure: the
 * vocabulary comes in as data (src/data/practices.yaml, validated here), so the
 * importer can propose an article's practices with the same rule the site uses.
 */
import { z } from 'astro/zod';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One practice of `src/data/practices.yaml`. */
export const practiceSchema = z.object({
  name: z.string().min(1),
  slug: z.string().regex(slugPattern, 'lower-case ASCII words joined by hyphens'),
  /** Other phrases of the text that name the same practice (集体协商 for 工资集体协商). */
  aliases: z.array(z.string().min(1)).optional(),
});

export type Practice = z.infer<typeof practiceSchema>;

/** The whole vocabulary: names, slugs and aliases each used once. */
export const practiceVocabularySchema = z.array(practiceSchema).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((p, i) => {
    for (const key of [`slug:${p.slug}`, ...[p.name, ...(p.aliases ?? [])].map(normalizeForMatch)]) {
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `“${key.replace(/^slug:/, '')}” is used by practices ${first + 1} and ${i + 1}`,
        });
      else seen.set(key, i);
    }
  });
});

/**
 * Text as the matcher compares it: NFKC (full-width ＋ and Ｅ as + and E) and
 * lower case (杭工E家 is 杭工e家).
 */
export function normalizeForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

/** The phrases that show a practice in a text: its name and its aliases. */
export function listPhrases(p: Practice): string[] {
  return [p.name, ...(p.aliases ?? [])];
}

/**
 * What the matcher reads of an article: title, union, subtitle and body text,
 * one per line (so that no phrase is found across two of them). The site and
 * the importer both build the text with this.
 */
export function practiceMatchText(
  head: { title: string; org?: string | undefined; subtitle?: string | undefined },
  body: string,
): string {
  return [head.title, head.org ?? '', head.subtitle ?? '', body].join('\n');
}

/**
 * The practices a text describes — those whose name or an alias occurs in it —
 * by name, in the vocabulary's order. What the importer proposes for an
 * article's `practices:` and what the site uses when the frontmatter has none.
 */
export function proposePractices(text: string, vocabulary: readonly Practice[]): string[] {
  const t = normalizeForMatch(text);
  return vocabulary
    .filter((p) => listPhrases(p).some((ph) => t.includes(normalizeForMatch(ph))))
    .map((p) => p.name);
}

/**
 * The practices an archivist listed in an article's frontmatter (names or
 * slugs), in the vocabulary's order; `unknown` holds what names none.
 */
export function resolvePractices(
  refs: readonly string[],
  vocabulary: readonly Practice[],
): { practices: Practice[]; unknown: string[] } {
  const byRef = new Map<string, Practice>();
  for (const p of vocabulary) {
    byRef.set(p.slug, p);
    byRef.set(normalizeForMatch(p.name), p);
  }
  const found = new Set<Practice>();
  const unknown: string[] = [];
  for (const r of refs) {
    const p = byRef.get(r) ?? byRef.get(normalizeForMatch(r.trim()));
    if (p) found.add(p);
    else unknown.push(r);
  }
  return { practices: vocabulary.filter((p) => found.has(p)), unknown };
}
