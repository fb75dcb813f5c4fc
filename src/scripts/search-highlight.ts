/**
 * On an article reached from a search result (`?hl=…#p-3`): marks every
 * match of the query (highlight.ts: traditional forms and matches across
 * paragraphs included) and brings the first one in the target paragraph into
 * view. Loaded only when the URL has `hl`.
 */
import { EMPTY_FOLD, type FoldTable } from '../lib/search/fold.ts';
import { json } from './fetch-json.ts';
import { matchRanges } from '../lib/search/highlight.ts';
import { urls } from '../lib/urls.ts';

export async function highlight(q: string): Promise<void> {
  const root = document.querySelector('[data-pagefind-body]');
  if (!root) return;
  // Without the fold table, the query's own characters are still marked.
  const fold = await json<FoldTable>(urls.searchFold()).catch(() => EMPTY_FOLD);
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  // Per text node, the pieces of matches inside it; marked from the end so offsets hold.
  const pieces = new Map<number, [number, number][]>();
  let n = 0;
  for (const [a, b] of matchRanges(text, q, fold)) {
    while (n + 1 < nodes.length && starts[n + 1]! <= a) n++;
    for (let k = n; k < nodes.length && starts[k]! < b; k++) {
      const s = Math.max(a, starts[k]!) - starts[k]!;
      const e = Math.min(b, starts[k]! + nodes[k]!.data.length) - starts[k]!;
      if (e > s && nodes[k]!.data.slice(s, e).trim())
        pieces.set(k, [...(pieces.get(k) ?? []), [s, e]]);
    }
  }
  const marks: HTMLElement[] = [];
  for (const [k, list] of [...pieces].sort((x, y) => y[0] - x[0])) {
    const node = nodes[k]!;
    for (const [s, e] of list.sort((x, y) => y[0] - x[0])) {
      const hit = node.splitText(s);
      hit.splitText(e - s);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.unshift(mark);
    }
  }
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  const first = marks.find((m) => target?.contains(m)) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
  first?.setAttribute('tabindex', '-1');
  first?.focus({ preventScroll: true });
}
