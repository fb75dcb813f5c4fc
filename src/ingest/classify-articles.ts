/**
 * Step 5 of an import, `classify`: each pilot report placed in its city and
 * county, typed and tiered, with the rule that decided each, and every
 * article's practices proposed, for the archivist to confirm; and the 综述's
 * own counts of pilots by type.
 */
import { warning, type Problem } from '../core/problem.ts';
import type { Vocabularies } from '../core/load-data.ts';
import type { BuiltArticle } from './build-articles.ts';
import { classifyPilotType, pilotTier, placePilot } from './classify.ts';
import { practiceMatchText, proposePractices } from '../core/practice-match.ts';
import { listPractices } from '../core/practice-vocabulary.ts';

/** An article with its pilot's place, type and tier, when it reports on a pilot. */
export interface ClassifiedArticle extends BuiltArticle {
  city?: string;
  county?: string;
  type?: string;
  tier?: string;
  /** Why the importer placed and typed a pilot as it did. */
  rules?: { place: string; type: string };
  /** Practices of `src/data/practices.yaml` the text describes, proposed for the archivist to correct. */
  practices?: string[];
}

export interface ClassifyStep {
  articles: ClassifiedArticle[];
  /** Pilot counts per type as the 综述 states them, when it does. */
  statedTypeCounts?: Record<string, number>;
  problems: Problem[];
}

export function classifyArticles(articles: BuiltArticle[], vocab: Vocabularies, file: string): ClassifyStep {
  const problems: Problem[] = [];
  const vocabulary = listPractices();
  const out = articles.map((b): ClassifiedArticle => {
    const found = proposePractices(practiceMatchText(b, bodyText(b)), vocabulary);
    const a: ClassifiedArticle = found.length ? { ...b, practices: found } : b;
    const entry = a.tocEntry;
    if (a.kind !== 'pilot' || !entry) return a;
    // The pilot's names — TOC line and organisation — not the article's title ("绘就楼宇…").
    const names = [...new Set([entry.text, a.org ?? ''].filter(Boolean))];
    const place = placePilot(names, entry.cityGroup, vocab.gazetteer);
    const type = classifyPilotType(names, vocab.pilotTypes);
    const tier = pilotTier(entry.section.note, vocab.sections.byName(entry.section.name)?.tier);
    if (!place.county)
      problems.push(
        warning(file, `no county for pilot “${entry.text}” (${place.rule})`, {
          line: a.line,
          hint: 'set `county:` in its frontmatter',
        }),
      );
    return {
      ...a,
      ...(place.city ? { city: place.city } : {}),
      ...(place.county ? { county: place.county } : {}),
      type: type.type,
      ...(tier ? { tier } : {}),
      rules: { place: place.rule, type: type.rule },
    };
  });
  const statedTypeCounts = readStatedCounts(out, vocab);
  return { articles: out, ...(statedTypeCounts ? { statedTypeCounts } : {}), problems };
}

/** The body's text as the site's plain text has it: one paragraph a line. */
function bodyText(a: BuiltArticle): string {
  return a.blocks.map((b) => (b.type === 'dated' ? `${b.date}${b.text}` : b.text)).join('\n');
}

/** `其中特色小镇36家,楼宇、商圈20家,工业文创园区22家,其他形态5家` in the 综述 → counts by type. */
export function readStatedCounts(
  articles: readonly BuiltArticle[],
  vocab: Vocabularies,
): Record<string, number> | undefined {
  const overview = articles.find((a) => a.kind === 'overview');
  if (!overview) return undefined;
  const text = overview.blocks.map((b) => b.text).join('');
  const out: Record<string, number> = {};
  for (const t of vocab.pilotTypes) {
    const label = [...t.name].join('[、，,]?');
    const m = new RegExp(`${label}(?:形态)?(\\d+)家`, 'u').exec(text);
    if (m) out[t.name] = Number(m[1]);
  }
  return Object.keys(out).length ? out : undefined;
}
