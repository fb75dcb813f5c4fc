/**
 * The search in the browser, loaded once per page: the archive map and the
 * index's meta file are fetched on the first search and kept; every later
 * query reuses them, and each index chunk once it is needed. The fold table (traditional and variant forms) is
 * fetched only once a query, or a result's text, has a character it folds.
 * Result files are cached too.
 */
import { bytes, json } from './fetch-json.ts';
import {
  docUrl,
  runSearch,
  type Hit,
  type PagefindApi,
  type SearchOutcome,
  type SearchRequest,
} from '../lib/search/client.ts';
import { EMPTY_FOLD, touchesFold, type FoldTable } from '../lib/search/fold.ts';
import type { SearchDoc, SearchMap } from '../lib/search/record.ts';
import { openIndex } from '../lib/search/pagefind-index.ts';
import { urls } from '../lib/urls.ts';

export interface Engine {
  pf: PagefindApi;
  map: SearchMap;
  /** Empty until a text needs it ({@link ensureFold}). */
  fold: FoldTable;
  /** Characters that need the fold table: in a result's text, and in a query. */
  foldText: ReadonlySet<string>;
  foldQuery: ReadonlySet<string>;
  foldLoad?: Promise<void> | undefined;
}

let engine: Promise<Engine> | undefined;

/**
 * The map, then the index it names (read by pagefind-index.ts, not Pagefind's
 * runtime): fetched on first use, then kept. The map is revalidated with the
 * host rather than taken from the cache unasked: after a deploy, an old map
 * would name an index that is gone.
 */
export function loadEngine(): Promise<Engine> {
  engine ??= json<SearchMap>(urls.searchMap(), { cache: 'no-cache' }).then(
    async (map): Promise<Engine> => ({
      pf: await openIndex(urls.pagefind(), map.index, bytes),
      map,
      fold: EMPTY_FOLD,
      foldText: new Set(map.foldChars.text),
      foldQuery: new Set(map.foldChars.text + map.foldChars.query),
    }),
  );
  // A failed load (offline) may be retried by the next query.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** The fold table, fetched the first time one of these texts has one of these characters. */
async function ensureFold(e: Engine, texts: string[], chars: ReadonlySet<string>): Promise<void> {
  if (e.fold !== EMPTY_FOLD || !texts.some((t) => touchesFold(t, chars))) return;
  if (!e.foldLoad) {
    e.foldLoad = json<FoldTable>(urls.searchFold()).then((f) => {
      e.fold = f;
    });
    // Offline: the next query may try again.
    e.foldLoad.catch(() => (e.foldLoad = undefined));
  }
  await e.foldLoad;
}

/** Runs one search with the loaded engine. */
export async function search(req: SearchRequest): Promise<SearchOutcome & { engine: Engine }> {
  const e = await loadEngine();
  await ensureFold(e, [req.q], e.foldQuery);
  return { ...(await runSearch(e.pf, e.map, req, e.fold)), engine: e };
}

const docs = new Map<string, Promise<SearchDoc>>();

/**
 * The result files of some hits, all requested at once and cached; with the
 * fold table if their text needs it, to find a query in text printed in
 * traditional characters.
 */
export async function loadDocs(e: Engine, hits: Hit[]): Promise<SearchDoc[]> {
  const loaded = await Promise.all(
    hits.map((h) => {
      const url = docUrl(e.map, h);
      let d = docs.get(url);
      if (!d) {
        d = json<SearchDoc>(url);
        d.catch(() => docs.delete(url));
        docs.set(url, d);
      }
      return d;
    }),
  );
  await ensureFold(
    e,
    loaded.map((d) => d.text),
    e.foldText,
  );
  return loaded;
}
