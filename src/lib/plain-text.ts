import { toString } from 'mdast-util-to-string';
import { bodyParser } from './article-html.ts';

/**
 * The plain text of an MDX body: what a reader sees, without Markdown or
 * JSX syntax, one block per line. Parsed, not pattern-matched, so hand-made
 * corrections in any MDX syntax come out right too. Used for `/data/` exports,
 * search truth and the fidelity checks.
 */
export function mdxToPlainText(body: string): string {
  const tree = bodyParser.parse(body);
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
