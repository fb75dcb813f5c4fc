/**
 * The search page in the browser: reads the query and filters from the URL,
 * runs the search (src/lib/search/client.ts), shows results with excerpts.
 * Everything from the URL or the index is put in the page as text, never as HTML.
 */
import {
  excerptOf,
  runSearch,
  type FilterCounts,
  type Hit,
  type PagefindApi,
} from '../lib/search/client.ts';
import { searchTextUrl } from '../lib/search/record.ts';

const PAGE = 20;
const FACETS = ['city', 'type', 'section', 'issue'] as const;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

async function loadPagefind(): Promise<PagefindApi> {
  const path = '/pagefind/pagefind.js';
  const pf = (await import(/* @vite-ignore */ path)) as PagefindApi & {
    init?: () => Promise<void>;
  };
  await pf.init?.();
  await pf.filters?.();
  return pf;
}

export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const count = document.querySelector<HTMLElement>('[data-search-count]')!;
  const message = document.querySelector<HTMLElement>('[data-search-message]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = Object.fromEntries(
    FACETS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]),
  );

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const f of FACETS) selects[f]!.value = params.get(f) ?? '';

  // Changing a filter submits the form: the URL always holds the search, so it can be shared.
  for (const f of FACETS) selects[f]!.addEventListener('change', () => form.requestSubmit());

  const filters: Record<string, string[]> = {};
  for (const f of FACETS) {
    const option = selects[f]!.selectedOptions[0];
    if (option?.value) filters[f] = [option.dataset.label ?? option.value];
  }
  const q = input.value.trim();
  if (!q && !Object.keys(filters).length) {
    list.dataset.searchState = 'done';
    message.textContent = '输入检索词，或选择筛选条件浏览。';
    return;
  }
  list.dataset.searchState = 'loading';
  message.textContent = '检索中……';
  try {
    const [pf, t2s] = await Promise.all([
      loadPagefind(),
      fetch('/search/t2s.json').then((r) => r.json() as Promise<Record<string, string>>),
    ]);
    const { terms, hits, counts } = await runSearch(pf, { q, filters }, t2s);
    count.textContent = `共 ${hits.length} 篇`;
    message.textContent = terms.length ? `包含“${terms.join('”和“')}”` : '';
    if (counts) showCounts(selects, counts);
    empty.hidden = hits.length > 0;
    let shown = 0;
    const showMore = async () => {
      const slice = hits.slice(shown, shown + PAGE);
      shown += slice.length;
      const items = await Promise.all(slice.map((h) => renderHit(h, terms[0] ?? '', q)));
      list.append(...items);
      more.hidden = shown >= hits.length;
    };
    more.addEventListener('click', () => void showMore());
    await showMore();
    list.dataset.searchState = 'done';
  } catch (e) {
    message.textContent = '检索暂时不可用，请稍后再试。';
    list.dataset.searchState = 'done';
    console.warn(e);
  }
}

function showCounts(selects: Record<string, HTMLSelectElement>, counts: FilterCounts): void {
  for (const [facet, select] of Object.entries(selects)) {
    for (const option of select.options) {
      const label = option.dataset.label;
      if (!label) continue;
      const n = counts[facet]?.[label] ?? 0;
      option.textContent = `${label}（${n}）`;
    }
  }
}

async function renderHit(h: Hit, term: string, q: string): Promise<HTMLLIElement> {
  const data = await h.data();
  const path = new URL(data.url, location.href).pathname;
  const li = el('li', undefined, 'search-result');
  li.dataset.searchResult = '';
  const doc = term
    ? await fetch(searchTextUrl(path)).then(
        (r) => r.json() as Promise<{ text: string; po: number[] }>,
      )
    : undefined;
  const excerpt = doc ? excerptOf(data, doc, h, term) : undefined;
  // Land on the paragraph, with the phrase highlighted there (see SearchHighlight.astro).
  const target = `${path}${q ? `?hl=${encodeURIComponent(q)}` : ''}${excerpt?.paragraph ? `#p-${excerpt.paragraph}` : ''}`;
  const h3 = el('h3');
  const a = el('a', data.meta.title ?? path);
  a.href = target;
  h3.append(a);
  li.append(h3);
  const meta = [
    data.meta.org,
    data.meta.place,
    data.meta.type,
    data.meta.issue && `《浙江工运》${data.meta.issue}`,
    data.meta.page && `第 ${data.meta.page} 页`,
  ]
    .filter(Boolean)
    .join(' · ');
  li.append(el('p', meta, 'muted'));
  if (excerpt) {
    const p = el('p', undefined, 'excerpt');
    p.append(excerpt.before, el('mark', excerpt.match), excerpt.after);
    li.append(p);
  }
  return li;
}
