/**
 * The content loader of articles: Astro's glob loader over
 * `content/issues/<issue>/articles/*.mdx`, with the bodies rendered to HTML
 * while content is loaded (src/lib/article-html.ts) instead of becoming one
 * Vite module each. The glob loader keeps what it is good at: the digest per
 * file, so an unchanged article is not parsed or rendered again, and the
 * file watcher of `astro dev`.
 *
 * The glob loader only logs a render error; this one fails the build, naming
 * the file and line, like every other content error.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { bodyErrorOf, renderArticleBody, RENDER_VERSION } from './article-html.ts';

type GlobOptions = Parameters<typeof glob>[0];
type LoaderContext = Parameters<Loader['load']>[0];

/**
 * The part of Astro's content entry types the glob loader uses. Astro passes
 * them to loaders (`entryTypes`) without declaring it in `LoaderContext`.
 */
interface EntryType {
  extensions: string[];
  getEntryInfo: (p: { contents: string; fileUrl: URL }) => unknown;
  getRenderFunction?: () => Promise<
    (entry: {
      id: string;
      body?: string;
      filePath?: string;
    }) => Promise<{ html: string; metadata?: Record<string, unknown> }>
  >;
}
type WithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

export function articleLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'article-loader',
    load: async (loaderContext) => {
      const context = loaderContext as WithEntryTypes;
      const mdx = context.entryTypes.get('.mdx');
      if (!mdx) throw new Error('article-loader: the @astrojs/mdx integration is not configured');
      const root = fileURLToPath(context.config.root);
      const failures: string[] = [];
      const asHtml: EntryType = {
        extensions: ['.mdx'],
        getEntryInfo: mdx.getEntryInfo,
        getRenderFunction: async () => async (entry) => {
          try {
            const { html, text } = renderArticleBody(entry.body ?? '');
            // The plain text rides along, so pages and exports need not parse the body again.
            return { html, metadata: { plainText: text } };
          } catch (e) {
            const { line, reason } = bodyErrorOf(e);
            const file = entry.filePath ? relative(root, entry.filePath) : entry.id;
            failures.push(`${file}:${bodyLine(entry.filePath, line)}: ${reason}`);
            throw e;
          }
        },
      };
      const withHtml: WithEntryTypes = {
        ...context,
        entryTypes: new Map([['.mdx', asHtml]]),
        // The glob loader skips a file whose digest it has seen: a new renderer must not.
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${RENDER_VERSION}\n${data}` : data),
      };
      await inner.load(withHtml);
      if (failures.length)
        throw new Error(`Article bodies that cannot be rendered:\n${failures.join('\n')}`);
    },
  };
}

/** The file line of a line of the body, which the MDX entry type gives without its frontmatter and leading blank lines. */
function bodyLine(filePath: string | undefined, line: number | undefined): number | string {
  if (!filePath || line === undefined) return line ?? '?';
  const text = readFileSync(filePath, 'utf8');
  const head = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text)?.[0] ?? '';
  const rest = text.slice(head.length);
  const before = head + rest.slice(0, rest.length - rest.trimStart().length);
  return before.split('\n').length - 1 + line;
}
