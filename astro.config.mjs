// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { isRedirectPage } from './src/lib/redirect-registry.ts';
import { redirectGuard } from './src/lib/redirect-guard.ts';

// The public address of the archive: canonical URLs, the sitemap and feeds use it.
// Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://zjgy-archive.github.io';

export default defineConfig({
  site,
  // The benchmark builds several archives from one node_modules: each keeps its own cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Chinese text has no spaces between words; keep the whitespace Astro would
  // otherwise drop between inline elements only where authors put it.
  compressHTML: true,
  // Article bodies (MDX) are rendered to HTML by the articles' content loader
  // (src/lib/article-loader.ts, with remark-gfm), not by Astro's Markdown or MDX
  // pipeline: @astrojs/mdx reads their frontmatter.
  // Redirect pages (old URLs) are not content: leave them out of the sitemap.
  // Every redirect target must be a page the build wrote (src/lib/redirect-guard.ts).
  integrations: [mdx(), sitemap({ filter: (page) => !isRedirectPage(page) }), redirectGuard()],
});
