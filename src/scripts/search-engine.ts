/**
 * The search in the browser, loaded once per page: Pagefind (its JS and
 * WASM), the archive map and the fold table are fetched on the first search
 * and kept; every later query reuses them. Result files are cached too.
 */
import { json } from './fetch-json.ts';
import {
  docUrl,
  runSearch,
  type Hit,
  type SearchOutcome,
  type SearchRequest,
} from '../lib/search/client.ts';
import type { FoldTable } from '../lib/search/fold.ts';
import type { SearchDoc, SearchMap } from '../lib/search/record.ts';
import type { PagefindApi } from '../lib/search/client.ts';
import { urls } from '../lib/urls.ts';

export interface Engine {
  pf: PagefindApi;
  map: SearchMap;
  fold: FoldTable;
}

let engine: Promise<Engine> | undefined;

async function loadPagefind(): Promise<PagefindApi> {
  const path = `${urls.pagefind()}pagefind.js`;
  const pf = (await import(/* @vite-ignore */ path)) as PagefindApi & {
    init?: () => Promise<void>;
  };
  await pf.init?.();
  return pf;
}


/** Pagefind, the map and the fold table: fetched on first use, then kept. */
export function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([
    loadPagefind(),
    json<SearchMap>(urls.searchMap()),
    json<FoldTable>(urls.searchFold()),
  ]).then(([pf, map, fold]) => ({ pf, map, fold }));
  // A failed load (offline) may be retried by the next query.
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Runs one search with the loaded engine. */
export async function search(req: SearchRequest): Promise<SearchOutcome & { engine: Engine }> {
  const e = await loadEngine();
  return { ...(await runSearch(e.pf, e.map, req, e.fold)), engine: e };
}

const docs = new Map<string, Promise<SearchDoc>>();

/** The result files of some hits, all requested at once and cached. */
export function loadDocs(e: Engine, hits: Hit[]): Promise<SearchDoc[]> {
  return Promise.all(
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
}
