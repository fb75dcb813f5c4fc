/**
 * Redirects (`content/redirects.yaml`) must lead to a page the site has and
 * must not hide one. The same check runs twice: `npm run check` against the
 * pages the content will produce (src/lib/site-paths.ts), and the build
 * (astro.config.mjs) against the pages actually written to dist/.
 */
import { readYaml } from '../core/content-file.ts';
import { error, type Problem } from '../core/problem.ts';

/** A redirect of the file, with the lines of its `from` and `to`. */
export interface PlacedRedirect {
  from: string;
  to: string;
  fromLine: number;
  toLine: number;
}

/** The redirects of a redirects.yaml text, each with its lines; entries that are not `{from, to}` strings are left out (the schema reports them). */
export function readRedirects(text: string): PlacedRedirect[] {
  const r = readYaml('redirects.yaml', text);
  if (!r.ok || !Array.isArray(r.value.data)) return [];
  const { data, lineOf } = r.value;
  return (data as unknown[]).flatMap((item, i) => {
    const x = item as { from?: unknown; to?: unknown } | null;
    return typeof x?.from === 'string' && typeof x.to === 'string'
      ? [{ from: x.from, to: x.to, fromLine: lineOf([i, 'from']), toLine: lineOf([i, 'to']) }]
      : [];
  });
}

/**
 * Problems for redirects whose target is not among `pages`, or whose source
 * is one of them (a redirect there would hide a live page). `pages` holds the
 * site's page paths, redirect pages left out.
 */
export function checkRedirectTargets(
  file: string,
  text: string,
  pages: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  for (const r of readRedirects(text)) {
    if (!pages.has(r.to))
      problems.push(
        error(file, `redirect target ${r.to} is not a page of the site`, {
          line: r.toLine,
          field: 'to',
          hint: 'point it at a page the site builds, such as /issues/<id>/ or /cities/<city>/',
        }),
      );
    if (pages.has(r.from))
      problems.push(
        error(file, `${r.from} is a live page: a redirect there would hide it`, {
          line: r.fromLine,
          field: 'from',
          hint: 'remove this redirect, or move the page first',
        }),
      );
  }
  return problems;
}
