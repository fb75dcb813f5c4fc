/**
 * `node scripts/search-cost.ts [dist]`: what searching costs a reader, over
 * the project's query set, against the built site served on loopback: bytes
 * transferred (gzip sizes of text files, as a static host serves them; the
 * sizes of Pagefind's already-compressed files) and
 * wall time for the first query (including loading Pagefind) and later
 * queries, with the first page of results (10 fragments) loaded.
 * Writes bench/results/search-cost.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { runSearch, type Hit } from '../src/lib/search/client.ts';
import { searchTextUrl } from '../src/lib/search/record.ts';
import { loadPagefind } from '../tests/support/pagefind-node.ts';
import { serveDist } from '../tests/support/serve-dist.ts';

const dist = process.argv[2] ?? 'dist';
const queries = (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(String);
const t2s = JSON.parse(readFileSync(`${dist}/search/t2s.json`, 'utf8')) as Record<string, string>;
const server = await serveDist(dist);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

/** What the search page loads to show a result: its fragment and the text its excerpt is cut from. */
async function showResult(h: Hit): Promise<void> {
  const data = await h.data();
  await (await fetch(new URL(searchTextUrl(new URL(data.url, server.url).pathname), server.url))).text();
}

// First query: a fresh Pagefind per query, so each pays for loading.
const first: { q: string; bytes: number; ms: number }[] = [];
for (const q of queries) {
  const b0 = server.bytesSent();
  const t0 = performance.now();
  const pf = await loadPagefind(server.url);
  const { hits } = await runSearch(pf, { q }, t2s);
  await Promise.all(hits.slice(0, 10).map((h) => showResult(h)));
  first.push({ q, bytes: server.bytesSent() - b0, ms: performance.now() - t0 });
}
// Later queries: one Pagefind, warmed by a first query.
const pf = await loadPagefind(server.url);
await runSearch(pf, { q: '工会' }, t2s);
const later: { q: string; bytes: number; ms: number }[] = [];
for (const q of queries) {
  const b0 = server.bytesSent();
  const t0 = performance.now();
  const { hits } = await runSearch(pf, { q }, t2s);
  await Promise.all(hits.slice(0, 10).map((h) => showResult(h)));
  later.push({ q, bytes: server.bytesSent() - b0, ms: performance.now() - t0 });
}
await server.close();
const summary = {
  queries: queries.length,
  first: { bytesMedian: median(first.map((x) => x.bytes)), bytesP95: p95(first.map((x) => x.bytes)), bytesMax: Math.max(...first.map((x) => x.bytes)), msMedian: Math.round(median(first.map((x) => x.ms))) },
  later: { bytesMedian: median(later.map((x) => x.bytes)), bytesP95: p95(later.map((x) => x.bytes)), msMedian: Math.round(median(later.map((x) => x.ms))), msP95: Math.round(p95(later.map((x) => x.ms))) },
  heaviestFirst: [...first].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((x) => `${x.q} ${x.bytes}`),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/search-cost.json', `${JSON.stringify({ summary, first, later }, null, 1)}\n`);
process.stdout.write(`${JSON.stringify(summary, null, 1)}\n`);
