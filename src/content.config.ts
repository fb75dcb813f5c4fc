import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, issueSchema } from './lib/schemas.ts';

/** One MDX file per article: `content/issues/<issue>/articles/<slug>.mdx`. */
const articles = defineCollection({
  loader: glob({
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

export const collections = { articles, issues };
