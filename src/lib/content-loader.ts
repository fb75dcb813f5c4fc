/**
 * The content loaders of the build: Astro's glob loader over
 * `content/issues/<issue>/…`, reading every file with the project's one
 * content-file reader (`src/core/content-file.ts`) and schema — the same
 * reading `npm run check` does, so a file that passes the check loads.
 *
 * Articles also have their bodies rendered to HTML while content is loaded
 * (src/lib/article-html.ts) instead of becoming one Vite module each. The glob
 * loader keeps what it is good at: the digest per file, so an unchanged article
 * is not parsed or rendered again, and the file watcher of `astro dev`.
 *
 * Errors are the project's `Problem`s, printed by its one formatter: the glob
 * loader would only log a render error; these fail the build, naming the file
 * and line.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readContentFile, validateYaml } from '../core/content-file.ts';
import { error, ProblemError, type Problem } from '../core/problem.ts';
import { describeBodyError, renderArticleBody, RENDER_VERSION } from './article-html.ts';

type GlobOptions = Parameters<typeof glob>[0];
type LoaderContext = Parameters<Loader['load']>[0];

/**
 * The part of Astro's content entry types the glob loader uses. Astro passes
 * them to loaders (`entryTypes`) without declaring it in `LoaderContext`.
 */
interface EntryType {
  extensions: string[];
  getEntryInfo: (p: { contents: string; fileUrl: URL }) => { data: unknown; body?: string };
  getRenderFunction?: () => Promise<
    (entry: {
      id: string;
      body?: string;
      filePath?: string;
    }) => Promise<{ html: string; metadata?: Record<string, unknown> }>
  >;
}
type WithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

interface ContentLoaderOptions extends GlobOptions {
  /** The extension of the files the pattern matches. */
  extension: '.mdx' | '.yaml';
  /** The collection's schema: files are checked against it as they are read, with lines. */
  schema: z.ZodType;
  /** Render MDX bodies to HTML and plain text. */
  render?: boolean;
}

/** A glob loader that reads with the project's content-file reader (see the module comment). */
export function contentLoader(options: ContentLoaderOptions): Loader {
  const { extension, schema, render, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    name: `content-loader${extension}`,
    load: async (loaderContext) => {
      const context = loaderContext as WithEntryTypes;
      const root = fileURLToPath(context.config.root);
      const bodyLines = new Map<string, number>();
      const failures: Problem[] = [];
      const entryType: EntryType = {
        extensions: [extension],
        getEntryInfo: ({ contents, fileUrl }) => {
          const filePath = fileURLToPath(fileUrl);
          const path = relative(root, filePath);
          const read = readContentFile(path, contents);
          if (!read.ok) throw new ProblemError(read.problems);
          const valid = validateYaml(path, read.value.yaml, schema);
          if (!valid.ok) throw new ProblemError(valid.problems);
          if (read.value.bodyLine) bodyLines.set(filePath, read.value.bodyLine);
          return {
            data: read.value.yaml.data,
            ...(read.value.body !== undefined ? { body: read.value.body } : {}),
          };
        },
        ...(render
          ? {
              getRenderFunction: async () => async (entry) => {
                try {
                  const { html, text } = renderArticleBody(entry.body ?? '');
                  // The plain text rides along, so pages and exports need not parse the body again.
                  return { html, metadata: { plainText: text } };
                } catch (e) {
                  const { line, column, reason } = describeBodyError(e);
                  const path = entry.filePath ? relative(root, entry.filePath) : entry.id;
                  const start = entry.filePath ? bodyLines.get(entry.filePath) : undefined;
                  failures.push(
                    error(path, reason, {
                      ...(line !== undefined && start !== undefined
                        ? { line: start + line - 1, ...(column ? { column } : {}) }
                        : {}),
                      hint: 'bodies are Markdown and plain HTML elements; write \\{ \\} \\< for those characters in text',
                    }),
                  );
                  throw e;
                }
              },
            }
          : {}),
      };
      const withReader: WithEntryTypes = {
        ...context,
        entryTypes: new Map([[extension, entryType]]),
        // The glob loader skips a file whose digest it has seen: a new renderer must not.
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${RENDER_VERSION}\n${data}` : data),
      };
      await inner.load(withReader);
      if (failures.length) throw new ProblemError(failures);
    },
  };
}

/** Articles: `content/issues/<issue>/articles/<slug>.mdx`, bodies rendered as they load. */
export function articleLoader(options: GlobOptions & { schema: z.ZodType }): Loader {
  return contentLoader({ ...options, extension: '.mdx', render: true });
}
