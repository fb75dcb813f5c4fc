/**
 * `npm run check`: the content folder validated without building the site.
 * Files are read by the build's own reader and schemas (`content-set.ts`), then
 * each check — one a file in this folder — looks at what a schema cannot see:
 * across files (URLs, references, pilots, redirects) and inside bodies (what
 * the build refuses to render, marks of a bad import). Pure over the files it
 * is given; `scripts/check.ts` reads the disk and prints.
 */
import { sortProblems, warning, type Problem } from '../core/problem.ts';
import { checkArticleLocation } from './article-location.ts';
import { checkBodies } from './bodies.ts';
import { checkLeftovers } from './leftovers.ts';
import { readContentSet, type ContentInput } from './content-set.ts';
import { checkPilots } from './pilots.ts';
import { checkPracticeRefs } from './practice-refs.ts';
import { listPractices } from '../core/practice-vocabulary.ts';
import { checkRedirects } from './redirects.ts';
import { checkTextLeftovers } from './text-leftovers.ts';
import { checkTocReferences } from './toc-references.ts';
import { checkUniqueUrls } from './unique-urls.ts';

export type { ContentInput } from './content-set.ts';

/** Checks every issue and article file given; returns problems, errors first. */
export function checkContent(
  files: readonly ContentInput[],
  redirects?: ContentInput,
  pilots?: ContentInput,
): Problem[] {
  const { set, problems } = readContentSet(files, redirects, pilots);
  const bodies = checkBodies(set);
  problems.push(
    ...checkArticleLocation(set),
    ...checkUniqueUrls(set),
    ...checkTocReferences(set),
    ...checkRedirects(set),
    ...checkPilots(set),
    ...checkPracticeRefs(
      set.articles.flatMap((a) =>
        a.data.practices
          ? [{ file: a.file, practices: a.data.practices, line: a.yaml.lineOf(['practices']) }]
          : [],
      ),
      listPractices(),
    ),
    ...bodies.problems,
    ...set.articles.filter((a) => bodies.texts.has(a)).flatMap(checkTextLeftovers),
    ...set.articles.filter((a) => bodies.texts.has(a)).flatMap(checkLeftovers),
    ...set.incoming.map((file) =>
      warning(file, 'a re-import set this version aside', {
        line: 1,
        hint: 'compare it with your correction, keep what is right, then delete this file',
      }),
    ),
  );
  return sortProblems(problems);
}
