/**
 * Article bodies are MDX files written in the part of MDX an archive needs:
 * Markdown (with GFM tables and strikethrough) and plain HTML elements such as
 * `<p class="signature">`. They are rendered to HTML here, once, when content
 * is loaded (src/lib/content-loader.ts), rather than compiled into one
 * JavaScript module per article: at a hundred issues bundling those modules
 * was most of the build's time and memory (README, Performance).
 *
 * What falls outside that subset — components, `{expressions}`, `import` /
 * `export`, attributes other than a few plain ones — is an error naming the
 * line, never silently dropped and never passed through as raw HTML.
 */
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { bodyParser, plainTextOfTree } from './plain-text.ts';
import rehypeCjkPunctuation from './rehype-cjk-punctuation.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeSafeUrls from './rehype-safe-urls.ts';

/**
 * The version of the HTML this module writes. Rendered bodies are cached by
 * Astro's content store under a digest of the file; the loader mixes this into
 * the digest, so bump it whenever the output changes (the snapshot test in
 * article-html.snapshot.test.ts fails until you do), or old HTML would be served.
 */
export const RENDER_VERSION = 5;

/** HTML elements an article body may use, written as MDX JSX. */
const ELEMENTS = new Set([
  'p', 'div', 'span', 'br', 'hr', 'blockquote', 'figure', 'figcaption',
  'em', 'strong', 'b', 'i', 'u', 's', 'small', 'mark', 'sup', 'sub',
  'abbr', 'cite', 'q', 'ruby', 'rt', 'rp',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
]); // prettier-ignore

/** Attributes those elements may carry; `class` is how layouts style them. */
const ATTRIBUTES: Record<string, string> = {
  class: 'className',
  className: 'className',
  lang: 'lang',
  title: 'title',
  dir: 'dir',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
};

/** A construct of the body the archive does not render, with its line in the body. */
export class ArticleBodyError extends Error {
  readonly line: number;
  readonly reason: string;
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
}

/** Where and why a body failed to render: ours, or the MDX parser's message (which carries `line` and `reason`). */
export function describeBodyError(e: unknown): { line?: number; column?: number; reason: string } {
  const err = e as { line?: number; column?: number; reason?: string; message?: string };
  const reason = err.reason ?? err.message ?? String(e);
  // The MDX parser's messages carry their place only in the text: “… (6:1-6:16)”.
  const at = /\((\d+):(\d+)(?:-\d+:\d+)?\)\s*$/.exec(reason);
  const line = err.line ?? (at ? Number(at[1]) : undefined);
  const column = err.column ?? (at ? Number(at[2]) : undefined);
  return {
    ...(line ? { line } : {}),
    ...(column ? { column } : {}),
    reason: at ? reason.slice(0, at.index).trimEnd() : reason,
  };
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
  data?: Record<string, unknown>;
}

/**
 * A paragraph holding nothing but JSX elements (`<p class="signature">…</p>`
 * on a line of its own) is those elements, not a paragraph around them: the
 * same unravelling @mdx-js/mdx does, so the HTML is not `<p><p …>`.
 */
function unravel(node: MdxNode): MdxNode[] {
  const kids = node.children ?? [];
  const onlyJsx =
    node.type === 'paragraph' &&
    kids.some((c) => c.type === 'mdxJsxTextElement') &&
    kids.every(
      (c) =>
        c.type === 'mdxJsxTextElement' ||
        (c.type === 'text' && !String((c as { value?: string }).value).trim()),
    );
  if (!onlyJsx) return [node];
  return kids
    .filter((c) => c.type === 'mdxJsxTextElement')
    .map((c) => ({ ...c, type: 'mdxJsxFlowElement' }));
}

/** Turns the MDX JSX elements of a body into plain HTML elements, or refuses them. */
function remarkHtmlElements() {
  return (tree: MdastRoot) => {
    const visit = (node: MdxNode) => {
      if (node.children) node.children = node.children.flatMap(unravel);
      const line = node.position?.start.line ?? 1;
      switch (node.type) {
        case 'mdxjsEsm':
          throw new ArticleBodyError(line, '`import`/`export` is not allowed in an article');
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          throw new ArticleBodyError(
            line,
            '`{…}` is read as an MDX expression; write \\{ and \\} for braces in the text',
          );
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = node.name ?? '';
          if (!ELEMENTS.has(name))
            throw new ArticleBodyError(
              line,
              name
                ? `<${name}> is not an HTML element an article may use (${[...ELEMENTS].join(', ')}); write \\< for a literal “<”`
                : 'fragments <>…</> are not allowed in an article',
            );
          const properties: Record<string, string | boolean> = {};
          for (const a of node.attributes ?? []) {
            const prop = a.type === 'mdxJsxAttribute' && a.name ? ATTRIBUTES[a.name] : undefined;
            if (!prop || (a.value !== null && typeof a.value !== 'string'))
              throw new ArticleBodyError(
                line,
                `<${name}>: only plain ${Object.keys(ATTRIBUTES).join(', ')} attributes with quoted values are allowed`,
              );
            properties[prop] = a.value === null ? true : (a.value as string);
          }
          node.data = { ...node.data, hName: name, hProperties: properties };
        }
      }
      for (const c of node.children ?? []) visit(c);
    };
    visit(tree as unknown as MdxNode);
  };
}

const toHtml = unified()
  .use(remarkHtmlElements)
  .use(remarkRehype)
  .use(rehypeSafeUrls)
  .use(rehypeParagraphIds)
  // Full-width punctuation in Chinese context, in the HTML only (src/lib/cjk-punctuation.ts).
  .use(rehypeCjkPunctuation)
  .use(rehypeStringify);

/**
 * An article body's HTML and plain text, from one parse. Throws
 * {@link ArticleBodyError} (or the MDX parser's own message, which carries
 * `line`) when the body cannot be rendered.
 */
export function renderArticleBody(body: string): { html: string; text: string } {
  const tree = bodyParser.parse(body);
  // The plain text first: rendering rewrites the tree.
  const text = plainTextOfTree(tree);
  return { html: toHtml.stringify(toHtml.runSync(tree)), text };
}

/** The HTML of an article body (see {@link renderArticleBody}). */
export function articleBodyToHtml(body: string): string {
  return renderArticleBody(body).html;
}
