import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Parses an article body as MDX (GFM included): the tree both its plain text and its HTML (article-html.ts) come from. */
export const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * The plain text of an MDX body: what a reader sees, without Markdown or
 * JSX syntax, one block per line. Parsed, not pattern-matched, so hand-made
 * corrections in any MDX syntax come out right too. Used for `/data/` exports,
 * search truth and the fidelity checks.
 */
export function mdxToPlainText(body: string): string {
  return plainTextOfTree(bodyParser.parse(body));
}

/** The plain text of a parsed body (see {@link mdxToPlainText}); reads the tree, does not change it. */
export function plainTextOfTree(tree: unknown): string {
  const lines: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (['paragraph', 'heading', 'tableRow'].includes(node.type)) {
      lines.push(toString(node));
      return;
    }
    if (
      node.type === 'mdxJsxFlowElement' &&
      (node.children ?? []).every((c) => (c as { type: string }).type !== 'paragraph')
    ) {
      lines.push(toString(node));
      return;
    }
    for (const c of node.children ?? []) visit(c as { type: string; children?: unknown[] });
  };
  visit(tree as unknown as { type: string; children?: unknown[] });
  return lines
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
