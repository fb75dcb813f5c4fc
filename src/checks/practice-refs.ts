/**
 * An article's frontmatter `practices:` must name practices of
 * src/data/practices.yaml (by name or slug): the site would otherwise stop
 * the build on it. Pure over the articles and the vocabulary given.
 */
import { error, type Problem } from '../core/problem.ts';
import { resolvePractices, type Practice } from '../core/practice-match.ts';

export interface PracticeRefs {
  file: string;
  /** The frontmatter's `practices:`, when the article has one. */
  practices?: readonly string[] | undefined;
  /** Line of the `practices:` key. */
  line?: number | undefined;
}

/** One error per name or slug that names no practice. */
export function checkPracticeRefs(
  articles: readonly PracticeRefs[],
  vocabulary: readonly Practice[],
): Problem[] {
  return articles.flatMap((a) =>
    a.practices
      ? resolvePractices(a.practices, vocabulary).unknown.map((u) =>
          error(a.file, `“${u}” is no practice of src/data/practices.yaml`, {
            ...(a.line !== undefined ? { line: a.line } : {}),
            field: 'practices',
            hint: `use a name or slug listed there (e.g. ${vocabulary[0]?.name ?? '工资集体协商'} or ${vocabulary[0]?.slug ?? 'collective-wage-bargaining'}), or add the practice to the file`,
          }),
        )
      : [],
  );
}
