/**
 * Search cost over the project's query set, against a built site served on
 * loopback: bytes a browser transfers (gzip for text, as-is for Pagefind's
 * compressed files) and wall time, for the first query (Pagefind loaded fresh)
 * and later ones, showing the first 10 results; plus precision and recall
 * against substring truth. `ours` is the project's search (src/lib/search);
 * `default` is plain Pagefind on the HTML pages (`pagefind-default/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ArticleRecord } from '../src/lib/records.ts';
import { runSearch } from '../src/lib/search/client.ts';
import { searchTextUrl } from '../src/lib/search/record.ts';
import { loadPagefind, type PagefindModule } from '../tests/support/pagefind-node.ts';
import { serveDist, type DistServer } from '../tests/support/serve-dist.ts';
import { truthFor } from '../tests/support/search-truth.ts';

export interface Cost {
  first: { bytesMedian: number; bytesP95: number; msMedian: number };
  later: { bytesMedian: number; bytesP95: number; msMedian: number; msP95: number };
  precision: number;
  recall: number;
  heaviestFirst: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

export function loadQueries(): string[] {
  return (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(String);
}

/** One query as the search page runs it: the result URLs, with the first 10 results shown. */
async function query(mode: 'ours' | 'default', pf: PagefindModule, server: DistServer, q: string, t2s: Record<string, string>): Promise<string[]> {
  const path = async (d: { url: string }) => new URL(d.url, server.url).pathname;
  if (mode === 'default') {
    const r = await pf.search(q);
    const all = await Promise.all((r?.results ?? []).map((x) => x.data()));
    return Promise.all(all.map(path));
  }
  const { hits } = await runSearch(pf, { q }, t2s);
  const shown = await Promise.all(hits.slice(0, 10).map((h) => h.data()));
  await Promise.all(shown.map(async (d) => (await fetch(new URL(searchTextUrl(await path(d)), server.url))).text()));
  // The rest are identified without loading anything; their URLs only serve the precision figures.
  const rest = await Promise.all(hits.slice(10).map((h) => h.data()));
  return Promise.all([...shown, ...rest].map(path));
}

export async function searchCost(dist: string, mode: 'ours' | 'default'): Promise<Cost> {
  const queries = loadQueries();
  const records = JSON.parse(readFileSync(join(dist, 'data', 'articles.json'), 'utf8')) as ArticleRecord[];
  const t2s = mode === 'ours' ? (JSON.parse(readFileSync(join(dist, 'search', 't2s.json'), 'utf8')) as Record<string, string>) : {};
  const bundle = mode === 'ours' ? 'pagefind' : 'pagefind-default';
  const server = await serveDist(dist);
  const first: { q: string; bytes: number; ms: number }[] = [];
  for (const q of queries) {
    const b0 = server.bytesSent();
    const t0 = performance.now();
    const pf = await loadPagefind(server.url, bundle);
    const r = await (mode === 'ours' ? runSearch(pf, { q }, t2s).then((x) => x.hits.slice(0, 10).map((h) => h.data())) : pf.search(q).then((x) => (x?.results ?? []).slice(0, 10).map((h) => h.data())));
    await Promise.all(r);
    first.push({ q, bytes: server.bytesSent() - b0, ms: performance.now() - t0 });
  }
  const pf = await loadPagefind(server.url, bundle);
  await pf.search(mode === 'ours' ? 'b0' : '工会');
  const later: { bytes: number; ms: number }[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const q of queries) {
    const b0 = server.bytesSent();
    const t0 = performance.now();
    const got = new Set(await query(mode, pf, server, q, t2s));
    later.push({ bytes: server.bytesSent() - b0, ms: performance.now() - t0 });
    const truth = truthFor(records, q, t2s);
    for (const u of got) if (truth.has(u)) tp++;
    else fp++;
    for (const u of truth) if (!got.has(u)) fn++;
  }
  await server.close();
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    first: { bytesMedian: median(first.map((x) => x.bytes)), bytesP95: p95(first.map((x) => x.bytes)), msMedian: Math.round(median(first.map((x) => x.ms))) },
    later: { bytesMedian: median(later.map((x) => x.bytes)), bytesP95: p95(later.map((x) => x.bytes)), msMedian: Math.round(median(later.map((x) => x.ms))), msP95: Math.round(p95(later.map((x) => x.ms))) },
    precision: r3(tp / Math.max(1, tp + fp)),
    recall: r3(tp / Math.max(1, tp + fn)),
    heaviestFirst: [...first].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((x) => `${x.q} ${x.bytes}`),
  };
}
