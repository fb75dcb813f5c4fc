/**
 * The build's own check of redirects: after `astro build`, every redirect
 * target of `content/redirects.yaml` must be among the pages actually written
 * to dist/ (not a redirect page itself). `npm run check` checks the same
 * against the pages the content should produce (src/lib/site-paths.ts); this
 * catches what that list and the routes disagree on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkRedirectTargets } from '../checks/redirect-targets.ts';
import { ProblemError, type Problem } from '../core/problem.ts';
import { isRedirectPage } from './redirect-registry.ts';
import { toSitePath } from './site-paths.ts';

/** The page paths of every HTML file under a built site's folder. */
export function listBuiltPages(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(toSitePath(relative(distDir, p)));
    }
  };
  walk(distDir);
  return out.sort();
}

/**
 * Problems for redirects of `redirectsFile` whose target is not a built page
 * of `distDir`; `isRedirect` tells the redirect pages apart (they are built
 * too, but a redirect to a redirect leads nowhere). `shownAs` is the path printed.
 */
export function checkBuiltRedirects(
  distDir: string,
  redirectsFile: string,
  isRedirect: (path: string) => boolean,
  shownAs = redirectsFile,
): Problem[] {
  if (!existsSync(redirectsFile)) return [];
  const pages = new Set(listBuiltPages(distDir).filter((p) => !isRedirect(p)));
  return checkRedirectTargets(shownAs, readFileSync(redirectsFile, 'utf8'), pages).filter(
    (p) => p.field === 'to',
  );
}

/** The Astro integration: fails `astro build` with each bad redirect's file and line. */
export function redirectGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'zjgy-redirect-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const file = join(root, 'content', 'redirects.yaml');
        const problems = checkBuiltRedirects(
          fileURLToPath(dir),
          file,
          (path) => isRedirectPage(new URL(path, 'http://site.invalid').href),
          relative(process.cwd(), file),
        );
        if (problems.length) throw new ProblemError(problems);
      },
    },
  };
}
