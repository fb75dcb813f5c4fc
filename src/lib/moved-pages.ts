/**
 * The pages at old URLs (articles renamed or dropped), worked out here so the
 * route `src/pages/[...moved].astro` stays a dozen lines.
 */
import type { Archive } from './content.ts';
import { markRedirect } from './redirect-registry.ts';

// A type, not an interface: Astro's page props need an index signature.
export type MovedPage = {
  /** Where the page went (a site path). */
  to: string;
};

/** The rest parameter for an old URL: its path without the outer slashes. */
export function getMovedParam(from: string): string {
  return from.replace(/^\/|\/$/g, '');
}

/**
 * One page per old URL. Each is registered as a redirect as its path is made,
 * so that the sitemap leaves it out (astro.config.mjs).
 */
export function movedPages(archive: Archive): { params: { moved: string }; props: MovedPage }[] {
  return archive.redirects.map((r) => {
    markRedirect(r.from);
    return { params: { moved: getMovedParam(r.from) }, props: { to: r.to } };
  });
}
