/**
 * Search through Pagefind's JS API in Node, against the built index served on
 * loopback: for every query of the query set, the articles returned are
 * exactly those whose text contains it (recall 1.0, precision 1.0).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docUrl, excerptOf, runSearch, type Hit } from '../../src/lib/search/client.ts';
import type { SearchDoc, SearchMap } from '../../src/lib/search/record.ts';
import { loadPagefind, type PagefindModule } from '../support/pagefind-node.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { truthFor } from '../support/search-truth.ts';
import { articles, readDist } from './helpers.ts';

const records = articles();
const queries = (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(
  String,
);
const t2s = JSON.parse(readDist('search/t2s.json')) as Record<string, string>;
const map = JSON.parse(readDist('search/archive.json')) as SearchMap;
let server: DistServer;
let pf: PagefindModule;
const docOf = (h: Hit) => JSON.parse(readDist(docUrl(map, h).slice(1))) as SearchDoc;
const urlOf = (h: Hit) => docOf(h).url;

beforeAll(async () => {
  server = await serveDist();
  pf = await loadPagefind(server.url);
});
afterAll(async () => server?.close());

describe('search: Ctrl+F semantics', () => {
  it('has a query set of at least 60 phrases', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
  });

  it('returns exactly the articles that contain each query (recall and precision 1.0)', async () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const q of queries) {
      const truth = truthFor(records, q, t2s);
      const { hits } = await runSearch(pf, map, { q }, t2s);
      const got = new Set(hits.map(urlOf));
      const falsePos = [...got].filter((u) => !truth.has(u));
      const falseNeg = [...truth].filter((u) => !got.has(u));
      tp += got.size - falsePos.length;
      fp += falsePos.length;
      fn += falseNeg.length;
      if (falsePos.length || falseNeg.length)
        wrong.push(`${q}: +${falsePos.length} −${falseNeg.length}`);
    }
    expect(wrong).toEqual([]);
    expect({ recall: tp / (tp + fn), precision: tp / (tp + fp) }).toEqual({
      recall: 1,
      precision: 1,
    });
  });

  it('finds simplified text from traditional characters', async () => {
    const trad = await runSearch(pf, map, { q: '工資集體協商' }, t2s);
    const simp = await runSearch(pf, map, { q: '工资集体协商' }, t2s);
    expect(trad.hits.length).toBeGreaterThan(0);
    expect(trad.hits.map((h) => h.n)).toEqual(simp.hits.map((h) => h.n));
  });

  it('ranks title and organisation hits first, then by occurrences', async () => {
    const { hits } = await runSearch(pf, map, { q: '梦想小镇' }, t2s);
    expect(urlOf(hits[0]!)).toBe('/issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/');
    const counts = hits.filter((h) => !h.inTitle).map((h) => h.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('filters, alone or with a query', async () => {
    const byCity = await runSearch(pf, map, { q: '', filters: { city: ['温州市'] } }, t2s);
    expect(byCity.hits).toHaveLength(records.filter((r) => r.city === '温州市').length);
    const both = await runSearch(
      pf,
      map,
      { q: '工会', filters: { type: ['特色小镇'], city: ['杭州市'] } },
      t2s,
    );
    const truth = [...truthFor(records, '工会')].filter((u) =>
      records.find((r) => r.url === u && r.type === '特色小镇' && r.city === '杭州市'),
    );
    expect(new Set(both.hits.map(urlOf))).toEqual(new Set(truth));
    // Each value's count is what choosing it would give, the other filters kept:
    // for every city, the towns in it that mention 工会.
    expect(truth.length).toBeGreaterThan(0);
    const towns = [...truthFor(records, '工会')]
      .map((u) => records.find((r) => r.url === u)!)
      .filter((r) => r.type === '特色小镇');
    const townsByCity = Object.fromEntries(
      [...Map.groupBy(towns, (r) => String(r.city))].map(([c, rs]) => [c, rs.length]),
    );
    expect(Object.keys(townsByCity).length).toBeGreaterThan(1);
    expect(both.counts.city).toEqual(townsByCity);
  });

  it('cuts an excerpt around the exact phrase and names its paragraph', async () => {
    const { hits, terms } = await runSearch(pf, map, { q: '工资集体协商' }, t2s);
    for (const h of hits.slice(0, 5)) {
      const e = excerptOf(docOf(h), h, terms[0]!);
      expect(e.match).toBe('工资集体协商');
      expect(e.paragraph).toBeGreaterThan(0);
    }
  });
});

describe('landing on a paragraph', () => {
  it('gives every block of every article the id its search text counts', () => {
    for (const r of records) {
      const html = readDist(`${String(r.url).slice(1)}index.html`);
      const blocks = String(r.text)
        .split('\n')
        .filter((l) => l.trim()).length;
      const ids = (html.match(/ id="p-\d+"/g) ?? []).length;
      expect(ids, String(r.url)).toBe(blocks);
    }
  });
});
