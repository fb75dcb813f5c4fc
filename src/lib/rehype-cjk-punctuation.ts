/**
 * Applies {@link fullWidthPunctuation} to the text of an article body's HTML,
 * one block at a time, so a mark at the edge of `<strong>` or `<em>` sees the
 * characters beside it in the neighbouring text. Code is left alone.
 */
import { fullWidthPunctuation } from './cjk-punctuation.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/** Elements whose text runs on into the next: marks at their edges see across them. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'del',
]); // prettier-ignore
const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);
/** How much of a neighbouring text node to show as context (enough to look past spaces). */
const REACH = 8;

/** Text nodes of one block, in order, with inline elements flattened. */
function collectRuns(node: HastNode, runs: HastNode[][], current: HastNode[]): HastNode[] {
  for (const c of node.children ?? []) {
    if (c.type === 'text') current.push(c);
    else if (c.type === 'element' && c.tagName && !SKIP.has(c.tagName)) {
      if (INLINE.has(c.tagName)) collectRuns(c, runs, current);
      else {
        // A block ends the run before it and starts its own.
        if (current.length) runs.push(current);
        current = [];
        const inner = collectRuns(c, runs, []);
        if (inner.length) runs.push(inner);
      }
    } else if (c.type === 'element' && c.tagName && SKIP.has(c.tagName)) {
      if (current.length) runs.push(current);
      current = [];
    }
  }
  return current;
}

export default function rehypeCjkPunctuation(): (tree: unknown) => void {
  return (root: unknown) => {
    const runs: HastNode[][] = [];
    const last = collectRuns(root as HastNode, runs, []);
    if (last.length) runs.push(last);
    for (const run of runs) {
      const original = run.map((t) => t.value ?? '');
      // The neighbours' edges: two nodes either side reach far enough.
      const edge = (from: number, to: number) => original.slice(Math.max(0, from), to).join('');
      run.forEach((t, i) => {
        t.value = fullWidthPunctuation(original[i]!, {
          before: edge(i - 2, i).slice(-REACH),
          after: edge(i + 1, i + 3).slice(0, REACH),
        });
      });
    }
  };
}
