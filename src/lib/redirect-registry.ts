/**
 * Which built pages are redirects, so the sitemap can leave them out. The
 * redirect route records its paths while the build renders; the sitemap
 * integration (astro.config.mjs) runs in the same process after it.
 */
const KEY = Symbol.for('zjgy-archive.redirects');
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new Set<string>()) as Set<string>;

export function markRedirect(path: string): void {
  registry.add(path);
}

/** True for a full page URL (as the sitemap sees it) that is a redirect page. */
export function isRedirectPage(url: string): boolean {
  return registry.has(new URL(url).pathname);
}
