/**
 * Result lines, shared by the search page and the search dialog. Everything
 * from the URL or the index goes into the page as text, never as HTML.
 */
import { makeExcerpt, type Hit } from '../lib/search/client.ts';
import type { FoldTable } from '../lib/search/fold.ts';
import type { SearchDoc } from '../lib/search/record.ts';
import { urls } from '../lib/urls.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** One result: title linking to the paragraph of the first match (with `hl`), place and issue, excerpt. */
export function renderHit(
  doc: SearchDoc,
  h: Hit,
  forms: string[],
  fold: FoldTable,
  q: string,
): HTMLLIElement {
  const li = el('li', undefined, 'search-result');
  li.dataset.searchResult = '';
  const excerpt = forms.length ? makeExcerpt(doc, h, forms, fold) : undefined;
  const h3 = el('h3');
  const a = el('a', doc.title);
  // Land on the paragraph, with the query highlighted there (SearchHighlight.astro).
  a.href = urls.searchHit(doc.url, q.trim(), excerpt?.paragraph);
  h3.append(a);
  li.append(h3);
  const meta = [
    doc.org,
    doc.place,
    doc.type,
    `《浙江工运》${doc.issue}`,
    doc.page !== undefined && `第 ${doc.page} 页`,
  ]
    .filter(Boolean)
    .join(' · ');
  li.append(el('p', meta, 'muted'));
  if (excerpt) {
    const p = el('p', undefined, 'excerpt');
    p.append(excerpt.before);
    if (excerpt.match) p.append(el('mark', excerpt.match));
    p.append(excerpt.after);
    li.append(p);
  }
  return li;
}

/**
 * Arrow keys between the search input and the result links: ↓ from the input
 * to the first result, ↑/↓ between results, ↑ from the first back to the input.
 * Enter follows the focused link, as links do.
 */
export function bindArrowKeys(root: HTMLElement, input: HTMLInputElement, list: HTMLElement): void {
  root.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result] h3 a')];
    const stops: HTMLElement[] = [input, ...links];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0 || links.length === 0) return;
    const next = ev.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    ev.preventDefault();
    stops[next]!.focus();
  });
}
