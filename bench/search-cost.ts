/**
 * Search cost over the project's query set, against a built site served on
 * loopback: bytes a browser transfers (gzip for text, as-is for Pagefind's
 * compressed files) and wall time, for the first query (the index opened fresh)
 * and later ones, showing the first 10 results; plus precision and recall
 * against substring truth. `ours` is the project's search (src/lib/search);
 * `default` is plain Pagefind on the HTML pages (`pagefind-default/`).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleRecord } from '../src/lib/records.ts';
import { docUrl, runSearch, type Hit, type PagefindApi } from '../src/lib/search/client.ts';
import { EMPTY_FOLD, touchesFold, type FoldTable } from '../src/lib/search/fold.ts';
import { urls } from '../src/lib/urls.ts';
import type { SearchDoc, SearchMap } from '../src/lib/search/record.ts';
import { loadPagefind, openServedIndex } from '../tests/support/pagefind-node.ts';
import { serveDist, type DistServer } from '../tests/support/serve-dist.ts';
import { truthFor } from '../tests/support/search-truth.ts';

export interface Cost {
  /** bytes*: including the search page itself (`pageBytes`: its HTML, CSS and scripts, gzip). */
  first: {
    bytesMedian: number;
    bytesP95: number;
    msMedian: number;
    loadMsMedian: number;
    pageBytes: number;
  };
  later: { bytesMedian: number; bytesP95: number; msMedian: number; msP95: number };
  /** null: not measured (plain Pagefind beyond 20,000 pages). */
  precision: number | null;
  recall: number | null;
  heaviestFirst: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

/**
 * What a cold visit to the search page fetches before the search itself:
 * the HTML, its stylesheets and scripts, and the modules those import
 * statically, gzip-compressed as a static host serves them.
 */
export function coldPageBytes(dist: string, page = '/search/'): number {
  const html = readFileSync(join(dist, page, 'index.html'));
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    if (path.endsWith('.js'))
      for (const m of text.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g))
        visit(join(path, '..', m[1]!));
  };
  for (const m of html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g))
    visit(m[1]!);
  return [...seen].reduce(
    (n, p) => n + gzipSync(readFileSync(join(dist, p))).length,
    gzipSync(html).length,
  );
}

export function loadQueries(): string[] {
  return (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(String);
}

/**
 * One query as the search page runs it: search, then show the first 10
 * results (fragments, or for ours the result files). Returns how to list every
 * result's URL, outside the measurement — or undefined where that would mean
 * fetching tens of thousands of fragments (plain Pagefind on a large archive).
 */
async function shown(
  mode: 'ours' | 'default',
  pf: PagefindApi,
  server: DistServer,
  q: string,
  fold: FoldTable,
  map: SearchMap | undefined,
  urlOf: (map: SearchMap, h: Hit) => string,
  listAll: boolean,
  /** Fetches the fold table, once, if one of these texts needs it (as the page does). */
  foldFor: (texts: string[], isQuery: boolean) => Promise<void> = async () => {},
): Promise<(() => Promise<string[]>) | undefined> {
  const path = (d: { url: string }) => new URL(d.url, server.url).pathname;
  if (mode === 'default') {
    const r = await pf.search(q);
    const results = (r?.results ?? []) as unknown as { data: () => Promise<{ url: string }> }[];
    await Promise.all(results.slice(0, 10).map((x) => x.data()));
    return listAll
      ? async () => (await Promise.all(results.map((x) => x.data()))).map(path)
      : undefined;
  }
  await foldFor([q], true);
  const { hits } = await runSearch(pf, map!, { q }, fold);
  const docs = await Promise.all(
    hits
      .slice(0, 10)
      .map(
        async (h) =>
          (await (await fetch(new URL(docUrl(map!, h), server.url))).json()) as SearchDoc,
      ),
  );
  await foldFor(
    docs.map((d) => d.text),
    false,
  );
  return async () => hits.map((h) => urlOf(map!, h));
}

export async function searchCost(dist: string, mode: 'ours' | 'default'): Promise<Cost> {
  const queries = loadQueries();
  const records = JSON.parse(
    readFileSync(join(dist, 'data', 'articles.json'), 'utf8'),
  ) as ArticleRecord[];
  const fold =
    mode === 'ours'
      ? (JSON.parse(readFileSync(join(dist, urls.searchFold()), 'utf8')) as FoldTable)
      : EMPTY_FOLD;
  // Every hit's URL without fetching its file: the map lists issues, and each issue's articles, in the order of articles.json.
  const byIssue = Map.groupBy(records, (r) => String(r.issue));
  const urlOf = (map: SearchMap, h: Hit) => String(byIssue.get(map.issues[h.issue]!.id)![h.k]!.url);
  // Precision of plain Pagefind needs every result's fragment: measured up to 20,000 pages.
  const listAll = mode === 'ours' || records.length <= 20000;
  // Ours reads the index files itself (pagefind-index.ts); plain Pagefind runs its JS and WASM.
  const open = (map: SearchMap | undefined) =>
    mode === 'ours'
      ? openServedIndex(server.url, map)
      : loadPagefind(server.url, 'pagefind-default');
  const server = await serveDist(dist);
  // The map is fetched on the first query, as the page does, and the
  // traditional → simplified table once a query or a result's text needs it;
  // later queries reuse them.
  const fetchMap = async () => {
    if (mode !== 'ours') return undefined;
    return (await (await fetch(`${server.url}${urls.searchMap()}`)).json()) as SearchMap;
  };
  const foldOnce = (map: SearchMap | undefined) => {
    let fetched = false;
    const text = new Set(map?.foldChars.text ?? '');
    const query = new Set((map?.foldChars.text ?? '') + (map?.foldChars.query ?? ''));
    return async (texts: string[], isQuery: boolean) => {
      if (fetched || !texts.some((t) => touchesFold(t, isQuery ? query : text))) return;
      fetched = true;
      await (await fetch(`${server.url}${urls.searchFold()}`)).text();
    };
  };
  const first: { q: string; bytes: number; ms: number; loadMs: number }[] = [];
  // The search page itself, counted for both: the page a search runs in is the same.
  const pageBytes = coldPageBytes(dist);
  for (const q of queries) {
    const b0 = server.bytesSent() - pageBytes;
    const t0 = performance.now();
    // "Once loaded": the index is open (ours: the map and the meta file it names; plain Pagefind: its
    // entry and meta files, JS and WASM); the query fetches the rest.
    const map = await fetchMap();
    const pf = await open(map);
    const t1 = performance.now();
    await shown(mode, pf, server, q, fold, map, urlOf, listAll, foldOnce(map));
    first.push({
      q,
      bytes: server.bytesSent() - b0,
      ms: performance.now() - t1,
      loadMs: t1 - t0,
    });
  }
  const map = await fetchMap();
  const pf = await open(map);
  const laterFold = foldOnce(map);
  await pf.search(mode === 'ours' ? 'b0' : '工会');
  const later: { bytes: number; ms: number }[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const q of queries) {
    const b0 = server.bytesSent();
    const t0 = performance.now();
    const all = await shown(mode, pf, server, q, fold, map, urlOf, listAll, laterFold);
    later.push({ bytes: server.bytesSent() - b0, ms: performance.now() - t0 });
    // Outside the measurement: every result's URL, for precision and recall.
    if (!all) continue;
    const got = new Set(await all());
    const truth = truthFor(records, q);
    for (const u of got)
      if (truth.has(u)) tp++;
      else fp++;
    for (const u of truth) if (!got.has(u)) fn++;
  }
  await server.close();
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    first: {
      bytesMedian: median(first.map((x) => x.bytes)),
      bytesP95: p95(first.map((x) => x.bytes)),
      msMedian: Math.round(median(first.map((x) => x.ms))),
      loadMsMedian: Math.round(median(first.map((x) => x.loadMs))),
      pageBytes,
    },
    later: {
      bytesMedian: median(later.map((x) => x.bytes)),
      bytesP95: p95(later.map((x) => x.bytes)),
      msMedian: Math.round(median(later.map((x) => x.ms))),
      msP95: Math.round(p95(later.map((x) => x.ms))),
    },
    precision: listAll ? r3(tp / Math.max(1, tp + fp)) : null,
    recall: listAll ? r3(tp / Math.max(1, tp + fn)) : null,
    heaviestFirst: [...first]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3)
      .map((x) => `${x.q} ${x.bytes}`),
  };
}
