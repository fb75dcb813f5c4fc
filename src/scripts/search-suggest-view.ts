/**
 * The empty result, made useful (suggest.ts): "did you mean" words of the
 * archive, and each term or filter that, left out, gives results — with how
 * many. Every suggestion is a link to that search, so it can be opened or shared.
 */
import { json } from './fetch-json.ts';
import type { SearchRequest } from '../lib/search/client.ts';
import { nearWords, pinyinWord, relaxations, type SearchWords } from '../lib/search/suggest.ts';
import { parseQuery } from '../lib/search/tokens.ts';
import { writeState, type FacetDef, type SearchState } from '../lib/search/url-state.ts';
import { urls } from '../lib/urls.ts';
import { search } from './search-engine.ts';
import { el } from './search-view.ts';

let words: Promise<SearchWords | undefined> | undefined;

/** The search's URL for a request given in labels. */
function buildHref(req: SearchRequest, facets: readonly FacetDef[]): string {
  const filters: SearchState['filters'] = {};
  for (const f of facets) {
    const labels = req.filters?.[f.name] ?? [];
    const slugs = f.options.filter((o) => labels.includes(o.label)).map((o) => o.slug);
    if (slugs.length) filters[f.name] = slugs;
  }
  return writeState({ q: req.q, filters }, facets);
}

async function countResults(req: SearchRequest): Promise<number> {
  return (await search(req)).hits.length;
}

function item(text: string, href: string, n: number): HTMLLIElement {
  const li = el('li');
  const a = el('a', text);
  a.href = href;
  li.append(a, `（${n} 篇）`);
  return li;
}

/** Fills the empty-result box for a request that found nothing; `stale()` tells when a newer search has started. */
export async function showSuggestions(
  box: HTMLElement,
  req: SearchRequest,
  facets: readonly FacetDef[],
  stale: () => boolean,
): Promise<void> {
  const list = box.querySelector<HTMLElement>('[data-search-suggestions]')!;
  list.replaceChildren();
  const items: HTMLLIElement[] = [];
  // Did you mean: words of the archive one character off, or spelt in pinyin.
  words ??= json<SearchWords>(urls.searchWords()).catch(() => {
    words = undefined; // try again next time
    return undefined;
  });
  const w = await words;
  if (w) {
    const terms = req.q.split(/\s+/u).filter(Boolean);
    const tries: { q: string; shown: string }[] = [];
    const py = pinyinWord(req.q, w);
    if (py) tries.push({ q: py, shown: py });
    terms.forEach((t, i) => {
      for (const near of nearWords(t, w.words))
        tries.push({
          q: terms.map((x, j) => (j === i ? near : x)).join(' '),
          shown: near,
        });
    });
    const seen = new Set<string>();
    for (const t of tries) {
      if (seen.has(t.q) || seen.size >= 5) continue;
      seen.add(t.q);
      const r = { ...req, q: t.q };
      const n = await countResults(r);
      if (stale()) return;
      if (n > 0) items.push(item(`您是不是要找“${t.shown}”`, buildHref(r, facets), n));
    }
  }
  // What to leave out: each term, each filter.
  for (const r of relaxations(req)) {
    const n = await countResults(r.req);
    if (stale()) return;
    if (n > 0) {
      const what =
        r.kind === 'term'
          ? `去掉检索词“${parseQuery(r.label)[0] ?? r.label}”`
          : `去掉筛选“${r.label}”`;
      items.push(item(what, buildHref(r.req, facets), n));
    }
  }
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}
