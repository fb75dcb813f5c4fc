/**
 * An article's slug, proposed from what it is: a pilot report by its pilot's
 * name (without the prefecture city and the union's suffix: short, readable,
 * the county kept), a section of one article by the section's slug, a news
 * item by its number, anything else by its title. Published slugs are kept by
 * the plan (`plan-import.ts`), never re-proposed.
 */
import type { Vocabularies } from '../core/load-data.ts';
import { ENDS_WITH_UNION } from '../core/patterns.ts';
import { startsWithPlace } from './build-articles.ts';
import type { ParsedArticle } from './types.ts';
import { slugify, slugifyName, uniqueSlug } from './slug.ts';

const ONE_ARTICLE_KINDS = new Set(['editorial', 'overview', 'chronicle', 'afterword']);

/** Slugs for an issue's articles, in order, unique within the issue. */
export function proposeSlugs(articles: readonly ParsedArticle[], vocab: Vocabularies): string[] {
  const taken = new Set<string>();
  let news = 0;
  return articles.map((a) => {
    if (a.kind === 'news') news++;
    return uniqueSlug(proposeSlug(a, news, vocab), taken);
  });
}

function proposeSlug(a: ParsedArticle, newsNo: number, vocab: Vocabularies): string {
  if (a.kind === 'news') return `news-${newsNo}`;
  const entry = a.tocEntry;
  const single = vocab.sections.byKey(a.sectionKey);
  if (a.kind !== 'pilot' && single && entry && ONE_ARTICLE_KINDS.has(a.kind)) return single.slug;
  if (a.kind === 'pilot' && entry) {
    const g = vocab.gazetteer;
    const name = (a.org && a.org !== a.title && !startsWithPlace(entry.text, vocab) ? a.org : entry.text)
      .replace(new RegExp(`^(?:${g.cities.map((c) => c.name).join('|')})`, 'u'), '')
      .replace(ENDS_WITH_UNION, '');
    const words = [...vocab.slugWords, ...g.counties.flatMap((c) => [c.name, c.short ?? ''])];
    return slugifyName(name, words);
  }
  return slugify(a.title);
}
