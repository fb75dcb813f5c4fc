import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { readYaml } from './core/content-file.ts';
import { ProblemError } from './core/problem.ts';
import { articleSchema, issueSchema, pilotSchema, redirectSchema } from './core/schemas.ts';
import { articleLoader, contentLoader } from './lib/content-loader.ts';

/** One MDX file per article: `content/issues/<issue>/articles/<slug>.mdx`, rendered to HTML as it loads. */
const articles = defineCollection({
  loader: articleLoader({
    pattern: '*/articles/*.mdx',
    base: './content/issues',
    generateId: ({ entry }) => entry.replace(/\/articles\//, '/').replace(/\.mdx$/, ''),
    schema: articleSchema,
  }),
  schema: articleSchema,
});

/** One metadata file per issue: `content/issues/<issue>/issue.yaml`. */
const issues = defineCollection({
  loader: contentLoader({
    pattern: '*/issue.yaml',
    base: './content/issues',
    generateId: ({ entry }) => entry.replace(/\/issue\.yaml$/, ''),
    extension: '.yaml',
    schema: issueSchema,
  }),
  schema: issueSchema,
});

/** A YAML list file read with the project's reader (the one `npm run check` uses). */
function readList(path: string) {
  return (text: string) => {
    const r = readYaml(path, text);
    if (!r.ok) throw new ProblemError(r.problems);
    return (r.value.data ?? []) as Record<string, unknown>[];
  };
}

/** Old URLs that keep working (`content/redirects.yaml`), keyed by the old URL. */
const redirects = defineCollection({
  loader: file('content/redirects.yaml', {
    parser: (text) =>
      readList('content/redirects.yaml')(text).map((r) => ({ id: String(r.from), ...r })),
  }),
  schema: redirectSchema,
});

/** Pilots across issues (`content/pilots.yaml`), keyed by their id. */
const pilots = defineCollection({
  loader: file('content/pilots.yaml', { parser: readList('content/pilots.yaml') }),
  schema: pilotSchema,
});

export const collections = { articles, issues, redirects, pilots };
