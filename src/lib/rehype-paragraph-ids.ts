/**
 * Gives each block of an article body an id, `p-1`, `p-2` …, in the order the
 * plain text lists them (src/lib/plain-text.ts: paragraphs, headings, list
 * items), so a search result can link to the paragraph its excerpt is from.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeParagraphIds(): (tree: unknown) => void {
  return (root: unknown) => {
    const tree = root as HastNode;
    let n = 0;
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName) {
        const tightItem =
          node.tagName === 'li' && !(node.children ?? []).some((c) => c.tagName === 'p');
        if (BLOCKS.has(node.tagName) || tightItem) {
          node.properties = { ...(node.properties ?? {}), id: `p-${++n}` };
          return;
        }
      }
      for (const c of node.children ?? []) visit(c);
    };
    visit(tree);
  };
}
