/**
 * The search dialog, opened from any page's header box, `/` or Ctrl/⌘+K
 * (SearchBox.astro loads this module on demand): results as you type, arrow
 * keys through them, Enter on a result opens it, Enter in the box opens the
 * search page with filters. The index and the search data load once, on opening.
 */
import { latestOnly } from './latest-only.ts';
import '../styles/search.css';
import { urls } from '../lib/urls.ts';
import { loadDocs, loadEngine, search } from './search-engine.ts';
import { bindArrowKeys, el, renderHit } from './search-view.ts';

const SHOWN = 10;

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const d = el('dialog', undefined, 'search-dialog');
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.dataset.searchDialog = '';
  const title = el('h2', '检索全部期刊', 'visually-hidden');
  title.id = 'search-dialog-title';
  const form = el('form');
  form.action = urls.search();
  form.method = 'get';
  form.setAttribute('role', 'search');
  const label = el('label', '检索词', 'visually-hidden');
  label.htmlFor = 'search-dialog-q';
  const input = el('input');
  input.id = 'search-dialog-q';
  input.type = 'search';
  input.name = 'q';
  input.autocomplete = 'off';
  input.placeholder = '输入即检索；↓ 选择结果，Enter 打开';
  const close = el('button', '关闭');
  close.type = 'button';
  close.addEventListener('click', () => d.close());
  form.append(label, input, close);
  const status = el('p', '', 'search-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.dataset.searchCount = '';
  const list = el('ol', undefined, 'search-results');
  list.dataset.searchResults = '';
  list.dataset.searchState = 'idle';
  const all = el('a', '在检索页查看全部结果与筛选');
  all.dataset.searchAll = '';
  all.href = urls.search();
  const foot = el('p');
  foot.append(all);
  d.append(title, form, status, list, foot);

  // Runs one at a time (latestOnly below), so a result is never overtaken by an older one.
  const update = async () => {
    const q = input.value;
    all.href = urls.search({ q: q.trim() });
    if (!q.trim()) {
      list.replaceChildren();
      status.textContent = '';
      list.dataset.searchState = 'done';
      return;
    }
    list.dataset.searchState = 'loading';
    try {
      const { hits, forms, engine } = await search({ q });
      const slice = hits.slice(0, SHOWN);
      const docs = await loadDocs(engine, slice);
      list.replaceChildren(
        ...slice.map((h, i) => renderHit(docs[i]!, h, forms[0] ?? [], engine.fold, q)),
      );
      status.textContent = hits.length
        ? `共 ${hits.length} 篇`
        : '没有找到包含这些文字的文章，可在检索页查看建议。';
    } catch (e) {
      status.textContent = '检索暂时不可用，请稍后再试。';
      console.warn(e);
    }
    list.dataset.searchState = 'done';
  };
  const schedule = latestOnly(update);
  input.addEventListener('input', schedule);
  bindArrowKeys(d, input, list);
  // Escape closes at once (a search field would otherwise use the first one to clear itself).
  d.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      d.close();
    }
  });
  d.addEventListener('click', (ev) => ev.target === d && d.close());
  document.body.append(d);
  return d;
}

/** Opens the dialog with a query already typed (from the header box), and runs it. */
export function openSearchDialog(q = ''): void {
  dialog ??= build();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  if (!dialog.open) dialog.showModal();
  if (q) input.value = q;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  input.dispatchEvent(new Event('input'));
  void loadEngine().catch(() => undefined);
}
