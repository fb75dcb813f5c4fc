import { error, warning, type Problem } from '../core/problem.ts';
import { describeBodyError, renderArticleBody } from '../lib/article-html.ts';
import type { ArticleFile, ContentSet } from './content-set.ts';
import { checkSafeUrls } from './safe-urls.ts';

/**
 * Each body renders as the build renders it (Markdown and plain HTML elements:
 * components, expressions and scripts are refused), links only to safe URLs
 * and images only from the site (`safe-urls.ts`), and is not empty. Returns
 * the plain text of the bodies that render, for the checks on text.
 */
export function checkBodies(set: ContentSet): { problems: Problem[]; texts: Map<ArticleFile, string> } {
  const problems: Problem[] = [];
  const texts = new Map<ArticleFile, string>();
  for (const a of set.articles) {
    try {
      const { text } = renderArticleBody(a.body);
      texts.set(a, text);
      problems.push(...checkSafeUrls(a.file, a.body, a.bodyLine));
      if (!text.trim() && a.data.kind !== 'news')
        problems.push(warning(a.file, 'empty body', { line: a.bodyLine }));
    } catch (e) {
      const err = describeBodyError(e);
      problems.push(
        error(a.file, `body cannot be rendered: ${err.reason}`, {
          line: a.bodyLine + (err.line ?? 1) - 1,
          ...(err.column ? { column: err.column } : {}),
          hint: 'bodies are Markdown and plain HTML elements; write \\{ \\} \\< for those characters in text',
        }),
      );
    }
  }
  return { problems, texts };
}
