/**
 * The search page in the browser: results as you type (coalesced: one search
 * running, the latest text waiting), facets
 * with counts, removable chips, the URL following the search (replaceState
 * once typing pauses, pushState on Enter or a filter), and Back/Forward restoring
 * what the URL says — the number of results shown ("more") and the scroll
 * position are kept in the history entry. Without JavaScript the form is a
 * plain GET form.
 */
import { latestOnly } from './latest-only.ts';
import { whenQuiet } from './when-quiet.ts';
import type { FilterCounts, FilterName } from '../lib/search/client.ts';
import {
  filterLabels,
  isEmptyState,
  readState,
  writeState,
  type FacetDef,
  type SearchState,
} from '../lib/search/url-state.ts';
import { loadDocs, search } from './search-engine.ts';
import { showSuggestions } from './search-suggest-view.ts';
import { bindArrowKeys, el, renderHit } from './search-view.ts';

/**
 * The facets as the form lists them, read from its boxes rather than sent a
 * second time as data (at 400 issues the issue facet alone has 400 values).
 */
function facetsOf(form: HTMLFormElement): FacetDef[] {
  return [...form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].map((d) => ({
    name: d.dataset.facet as FilterName,
    label: d.querySelector('summary')?.textContent?.trim() ?? '',
    options: [...d.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => ({
      slug: b.value,
      label: b.parentElement?.querySelector('[data-label]')?.textContent ?? b.value,
    })),
  }));
}

/** Results per page: each needs its result file (the excerpt), so a page costs this many small requests. */
const PAGE = 10;

interface HistoryEntry {
  shown?: number;
  scrollY?: number;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]')!;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const count = root.querySelector<HTMLElement>('[data-search-count]')!;
  const message = root.querySelector<HTMLElement>('[data-search-message]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const chips = root.querySelector<HTMLElement>('[data-search-chips]')!;
  const facets = facetsOf(form);
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  // Each box's facet, value label and count element, looked up once: counts change on every keystroke.
  const boxCounts = boxes.map((b) => {
    const f = facets.find((x) => x.name === b.name)!;
    return {
      b,
      facet: f.name,
      label: f.options.find((o) => o.slug === b.value)!.label,
      out: b.parentElement!.querySelector<HTMLElement>('[data-count]')!,
    };
  });

  history.scrollRestoration = 'manual';
  let run = 0;
  let shown = 0;

  const stateOfForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const f of facets) {
      const slugs = boxes.filter((b) => b.name === f.name && b.checked).map((b) => b.value);
      if (slugs.length) filters[f.name] = slugs;
    }
    return { q: input.value, filters };
  };
  const applyState = (s: SearchState) => {
    input.value = s.q;
    for (const b of boxes) b.checked = !!s.filters[b.name as FilterName]?.includes(b.value);
  };
  const entry = (): HistoryEntry => (history.state as HistoryEntry | null) ?? {};
  // The URL follows the text once typing pauses (300 ms), not on every keystroke: a history update
  // per keystroke kept Chromium's browser process busy, holding up that keystroke's index fetch
  // (README, Performance). Anything that reads or writes the history entry, or leaves the box,
  // first writes the URL still waiting — the one of the text as typed, taken at the keystroke, so
  // that a filter chosen at once goes into the new entry and not into the one Back returns to.
  let typedUrl = '';
  const followUrl = whenQuiet(
    () => history.replaceState({ shown: PAGE, scrollY: 0 }, '', typedUrl),
    300,
  );
  const remember = (e: HistoryEntry) => {
    followUrl.flush();
    history.replaceState({ ...entry(), ...e }, '', location.href);
  };

  async function update(opts: { restore?: HistoryEntry } = {}): Promise<void> {
    const mine = ++run;
    const state = stateOfForm();
    renderChips(state);
    if (isEmptyState(state)) {
      list.replaceChildren();
      count.textContent = '';
      message.textContent = '输入检索词，或选择筛选条件浏览。';
      more.hidden = true;
      empty.hidden = true;
      showCounts(undefined);
      list.dataset.searchState = 'done';
      list.dataset.searchFor = '';
      return;
    }
    list.dataset.searchState = 'loading';
    try {
      const req = { q: state.q, filters: filterLabels(state, facets) };
      const outcome = await search(req);
      if (mine !== run) return;
      const { terms, forms, hits, counts, engine } = outcome;
      const want = Math.max(PAGE, opts.restore?.shown ?? PAGE);
      const slice = hits.slice(0, want);
      const docs = await loadDocs(engine, slice);
      if (mine !== run) return;
      list.replaceChildren(
        ...slice.map((h, i) => renderHit(docs[i]!, h, forms[0] ?? [], engine.fold, state.q)),
      );
      shown = slice.length;
      count.textContent = `共 ${hits.length} 篇`;
      message.textContent = terms.length ? `包含“${terms.join('”和“')}”` : '';
      showCounts(counts);
      more.hidden = shown >= hits.length;
      empty.hidden = hits.length > 0;
      // Not awaited: the next keystroke must not wait for suggestions (they check for staleness themselves).
      if (!hits.length) void showSuggestions(empty, req, facets, () => mine !== run);
      more.onclick = async () => {
        const next = hits.slice(shown, shown + PAGE);
        const nextDocs = await loadDocs(engine, next);
        list.append(
          ...next.map((h, i) => renderHit(nextDocs[i]!, h, forms[0] ?? [], engine.fold, state.q)),
        );
        shown += next.length;
        more.hidden = shown >= hits.length;
        remember({ shown });
      };
      if (opts.restore?.scrollY !== undefined) window.scrollTo(0, opts.restore.scrollY);
      list.dataset.searchState = 'done';
      // What the list now shows results for (the browser benchmark waits on it).
      list.dataset.searchFor = state.q.trim();
    } catch (e) {
      if (mine !== run) return;
      message.textContent = '检索暂时不可用，请稍后再试。';
      list.dataset.searchState = 'done';
      console.warn(e);
    }
  }

  function showCounts(counts: FilterCounts | undefined): void {
    // Only what changed is written: at 400 issues there are over 500 boxes, and a keystroke changes few.
    for (const { b, facet, label, out } of boxCounts) {
      const n = counts?.[facet][label] ?? 0;
      const text = counts ? String(n) : '';
      if (out.textContent !== text) out.textContent = text;
      // A value that would give nothing cannot be chosen, unless it is chosen (so it can be removed).
      const disabled = !!counts && n === 0 && !b.checked;
      if (b.disabled !== disabled) b.disabled = disabled;
    }
  }

  function renderChips(state: SearchState): void {
    const items: HTMLElement[] = [];
    for (const f of facets)
      for (const slug of state.filters[f.name] ?? []) {
        const label = f.options.find((o) => o.slug === slug)?.label ?? slug;
        const b = el('button', `${f.label}：${label} ×`, 'chip');
        b.type = 'button';
        b.setAttribute('aria-label', `移除筛选 ${f.label}：${label}`);
        b.addEventListener('click', () => {
          const box = boxes.find((x) => x.name === f.name && x.value === slug);
          if (box) box.checked = false;
          commit();
          input.focus();
        });
        const li = el('li');
        li.append(b);
        items.push(li);
      }
    if (items.length) {
      const clear = el('button', '清除全部筛选', 'chip chip-clear');
      clear.type = 'button';
      clear.addEventListener('click', () => {
        for (const b of boxes) b.checked = false;
        commit();
        input.focus();
      });
      const li = el('li');
      li.append(clear);
      items.push(li);
    }
    chips.replaceChildren(...items);
    chips.hidden = items.length === 0;
  }

  /** A committed search: a new history entry. */
  function commit(): void {
    // The entry being left keeps what was typed, so Back returns to it.
    followUrl.flush();
    history.pushState({ shown: PAGE, scrollY: 0 }, '', writeState(stateOfForm(), facets));
    void update();
  }

  // Typing: searches run latest-only; the URL follows with replaceState once typing pauses.
  const schedule = latestOnly(update);
  input.addEventListener('input', () => {
    typedUrl = writeState(stateOfForm(), facets);
    followUrl.schedule();
    schedule();
  });
  // Leaving the box (↓ to a result) or choosing a result: the URL is written before the page is left.
  input.addEventListener('blur', followUrl.flush);
  list.addEventListener('click', followUrl.flush, { capture: true });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    commit();
  });
  for (const b of boxes) b.addEventListener('change', commit);
  bindArrowKeys(root, input, list);

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => remember({ scrollY: Math.round(scrollY) }), 100);
  });
  // Leaving for a result: the entry keeps where the reader was.
  addEventListener('pagehide', () => remember({ shown, scrollY: Math.round(scrollY) }));
  addEventListener('popstate', () => {
    // The entry now shown says what to show; a URL still waiting from typing would overwrite it.
    followUrl.cancel();
    applyState(readState(location.search, facets));
    void update({ restore: entry() });
  });

  applyState(readState(location.search, facets));
  void update({ restore: entry() });
}
