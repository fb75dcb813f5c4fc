/**
 * The search page in the browser: reads the query and filters from the URL,
 * runs the search (src/lib/search/client.ts), shows results with excerpts.
 * Everything from the URL or the index is put in the page as text, never as HTML.
 */
import {
  docUrl,
  excerptOf,
  FILTERS,
  runSearch,
  type FilterCounts,
  type FilterName,
  type Hit,
  type PagefindApi,
} from '../lib/search/client.ts';
import type { FoldTable } from '../lib/search/fold.ts';
import type { SearchDoc, SearchMap } from '../lib/search/record.ts';
import { urls } from '../lib/urls.ts';

const PAGE = 20;

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
  const path = `${urls.pagefind()}pagefind.js`;
  const pf = (await import(/* @vite-ignore */ path)) as PagefindApi & {
    init?: () => Promise<void>;
  };
  await pf.init?.();
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
    FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!]),
  ) as Record<FilterName, HTMLSelectElement>;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const f of FILTERS) selects[f].value = params.get(f) ?? '';

  // Changing a filter submits the form: the URL always holds the search, so it can be shared.
  for (const f of FILTERS) selects[f].addEventListener('change', () => form.requestSubmit());

  const filters: Partial<Record<FilterName, string[]>> = {};
  for (const f of FILTERS) {
    const option = selects[f].selectedOptions[0];
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
    const [pf, map, fold] = await Promise.all([
      loadPagefind(),
      fetch(urls.searchMap()).then((r) => r.json() as Promise<SearchMap>),
      fetch(urls.searchFold()).then((r) => r.json() as Promise<FoldTable>),
    ]);
    const { terms, forms, hits, counts } = await runSearch(pf, map, { q, filters }, fold);
    count.textContent = `共 ${hits.length} 篇`;
    message.textContent = terms.length ? `包含“${terms.join('”和“')}”` : '';
    showCounts(selects, counts);
    empty.hidden = hits.length > 0;
    let shown = 0;
    const showMore = async () => {
      const slice = hits.slice(shown, shown + PAGE);
      shown += slice.length;
      const items = await Promise.all(slice.map((h) => renderHit(map, h, forms[0] ?? [], fold, q)));
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

function showCounts(selects: Record<FilterName, HTMLSelectElement>, counts: FilterCounts): void {
  for (const f of FILTERS) {
    for (const option of selects[f].options) {
      const label = option.dataset.label;
      if (!label) continue;
      const n = counts[f][label] ?? 0;
      option.textContent = `${label}（${n}）`;
    }
  }
}

async function renderHit(
  map: SearchMap,
  h: Hit,
  forms: string[],
  fold: FoldTable,
  q: string,
): Promise<HTMLLIElement> {
  const doc = (await fetch(docUrl(map, h)).then((r) => r.json())) as SearchDoc;
  const li = el('li', undefined, 'search-result');
  li.dataset.searchResult = '';
  const excerpt = forms.length ? excerptOf(doc, h, forms, fold) : undefined;
  // Land on the paragraph, with the phrase highlighted there (see SearchHighlight.astro).
  const target = urls.searchHit(doc.url, q, excerpt?.paragraph);
  const h3 = el('h3');
  const a = el('a', doc.title);
  a.href = target;
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
    p.append(excerpt.before, el('mark', excerpt.match), excerpt.after);
    li.append(p);
  }
  return li;
}
