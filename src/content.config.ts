import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleLoader } from './lib/article-loader.ts';
import { parse as parseYaml } from 'yaml';
import { articleSchema, issueSchema, pilotSchema, redirectSchema } from './lib/schemas.ts';

/** One MDX file per article: `content/issues/<issue>/articles/<slug>.mdx`, rendered to HTML as it loads. */
const articles = defineCollection({
  loader: articleLoader({
    pattern: '*/articles/*.mdx',
    base: './content/issues',
    generateId: ({ entry }) => entry.replace(/\/articles\//, '/').replace(/\.mdx$/, ''),
  }),
  schema: articleSchema,
});

/** One metadata file per issue: `content/issues/<issue>/issue.yaml`. */
const issues = defineCollection({
  loader: glob({
    pattern: '*/issue.yaml',
    base: './content/issues',
    generateId: ({ entry }) => entry.replace(/\/issue\.yaml$/, ''),
  }),
  schema: issueSchema,
});

/** Old URLs that keep working (`content/redirects.yaml`), keyed by the old URL. */
const redirects = defineCollection({
  loader: file('content/redirects.yaml', {
    parser: (text) =>
      ((parseYaml(text) ?? []) as { from: string }[]).map((r) => ({ id: r.from, ...r })),
  }),
  schema: redirectSchema,
});

/** Pilots across issues (`content/pilots.yaml`), keyed by their id. */
const pilots = defineCollection({
  loader: file('content/pilots.yaml', {
    parser: (text) => (parseYaml(text) ?? []) as { id: string }[],
  }),
  schema: pilotSchema,
});

export const collections = { articles, issues, redirects, pilots };
