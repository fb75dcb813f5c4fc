/**
 * Step 5 of an import, `classify`: each pilot report placed in its city and
 * county, typed within its volume's types and tiered, with the rule that decided each, and every
 * article's practices proposed, for the archivist to confirm; and the 综述's
 * own counts of pilots by type.
 */
import { warning, type Problem } from '../core/problem.ts';
import type { Vocabularies } from '../core/load-data.ts';
import type { BuiltArticle } from './build-articles.ts';
import { pilotTier, placePilot } from './classify.ts';
import { typePilot, type VolumeTyping } from './volume.ts';
import { askForType } from './volume-step.ts';
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
  /** What the archivist must supply for pilots no type fits, with the lines to write. */
  asks: string[];
  problems: Problem[];
}

export function classifyArticles(
  articles: BuiltArticle[],
  typing: VolumeTyping,
  vocab: Vocabularies,
  file: string,
): ClassifyStep {
  const problems: Problem[] = [];
  const asks: string[] = [];
  const vocabulary = listPractices();
  const out = articles.map((b): ClassifiedArticle => {
    const found = proposePractices(practiceMatchText(b, bodyText(b)), vocabulary);
    const a: ClassifiedArticle = found.length ? { ...b, practices: found } : b;
    const entry = a.tocEntry;
    if (a.kind !== 'pilot' || !entry) return a;
    // The pilot's names — TOC line and organisation — not the article's title ("绘就楼宇…").
    const names = [...new Set([entry.text, a.org ?? ''].filter(Boolean))];
    const place = placePilot(names, entry.cityGroup, vocab.gazetteer);
    const type = typePilot(names, typing);
    if (!type.type) {
      // A pilot none of its volume's types fits: the report asks, and says what to write.
      const ask = askForType(entry.text, a.line, typing, file);
      problems.push(ask.issue);
      asks.push(...ask.ask);
    }
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
      ...(type.type ? { type: type.type } : {}),
      ...(tier ? { tier } : {}),
      rules: { place: place.rule, type: type.rule },
    };
  });
  return { articles: out, asks, problems };
}

/** The body's text as the site's plain text has it: one paragraph a line. */
function bodyText(a: BuiltArticle): string {
  return a.blocks.map((b) => (b.type === 'dated' ? `${b.date}${b.text}` : b.text)).join('\n');
}
