/**
 * Search as the page runs it (client.ts over pagefind-index.ts), in Node,
 * against the built index served on loopback: for every query of the query set, the articles returned are
 * exactly those whose text contains it (recall 1.0, precision 1.0).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  docUrl,
  makeExcerpt,
  runSearch,
  type Hit,
  type PagefindApi,
} from '../../src/lib/search/client.ts';
import type { FoldTable } from '../../src/lib/search/fold.ts';
import type { SearchDoc, SearchMap } from '../../src/lib/search/record.ts';
import { urls } from '../../src/lib/urls.ts';
import { openServedIndex } from '../support/pagefind-node.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { truthFor } from '../support/search-truth.ts';
import { articles, readDist } from './helpers.ts';

const records = articles();
const queries = (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(
  String,
);
const fold = JSON.parse(readDist(urls.searchFold().slice(1))) as FoldTable;
const map = JSON.parse(readDist(urls.searchMap().slice(1))) as SearchMap;
let server: DistServer;
let pf: PagefindApi;
const docOf = (h: Hit) => JSON.parse(readDist(docUrl(map, h).slice(1))) as SearchDoc;
const urlOf = (h: Hit) => docOf(h).url;

beforeAll(async () => {
  server = await serveDist();
  pf = await openServedIndex(server.url);
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
      const truth = truthFor(records, q);
      const { hits } = await runSearch(pf, map, { q }, fold);
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

  it('matches Ctrl+F on random queries: substrings of every length, across paragraphs and articles, in any width and case, and strings found nowhere', async () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so a failure repeats.
    let seed = 20261126;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const cut = (t: string, max: number) => {
      const len = 1 + Math.floor(rnd() * max);
      const at = Math.floor(rnd() * Math.max(1, t.length - len));
      return t.slice(at, at + len);
    };
    const widen = (q: string) =>
      q.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const queries: string[] = [];
    for (let i = 0; i < 300; i++) {
      const r = pick(records);
      const kind = i % 6;
      if (kind === 0) queries.push(cut(String(r.text), 4));
      else if (kind === 1) queries.push(cut(String(r.text), 24));
      else if (kind === 2) {
        // Across a paragraph break.
        const at = String(r.text).indexOf('\n', Math.floor(rnd() * String(r.text).length));
        queries.push(at > 3 ? String(r.text).slice(at - 3, at + 4) : cut(String(r.text), 8));
      } else if (kind === 3) {
        // Across the end of one article and the start of the next.
        const next = records[(records.indexOf(r) + 1) % records.length]!;
        queries.push(String(r.text).slice(-3) + String(next.title).slice(0, 3));
      } else if (kind === 4)
        queries.push(
          widen(
            cut(String(pick([r.title, r.org, r.byline, r.subtitle].filter(Boolean))), 10),
          ).toUpperCase(),
        );
      else
        queries.push(
          [...cut(String(r.text), 8)].reverse().join('') +
            pick(['', ' ', '\u3000']) +
            cut(String(r.text), 3),
        );
    }
    const wrong: string[] = [];
    for (const q of queries) {
      const truth = truthFor(records, q);
      const got = new Set((await runSearch(pf, map, { q }, fold)).hits.map(urlOf));
      const extra = [...got].filter((u) => !truth.has(u)).length;
      const missed = [...truth].filter((u) => !got.has(u)).length;
      if (extra || missed) wrong.push(`${JSON.stringify(q)}: +${extra} −${missed}`);
    }
    expect(wrong).toEqual([]);
    // The set is not trivial: most queries find something, some find nothing.
    const found = (await Promise.all(queries.map((q) => truthFor(records, q).size))).filter(
      (n) => n > 0,
    ).length;
    expect(found).toBeGreaterThan(150);
    expect(found).toBeLessThan(queries.length);
  });

  it('finds the same articles from traditional, variant and simplified forms', async () => {
    const pairs = [
      ['工資集體協商', '工资集体协商'],
      ['聯繫', '联系'],
      ['關係', '关系'],
      ['簽訂', '签订'],
      ['傢', '家'],
      ['市級', '市级'],
      ['級', '级'],
      ['高級工', '高级工'],
      ['爲', '为'],
      ['眾', '众'],
      ['關於', '关于'],
    ];
    for (const [trad, simp] of pairs) {
      const t = await runSearch(pf, map, { q: trad! }, fold);
      const s = await runSearch(pf, map, { q: simp! }, fold);
      expect(t.hits.length, trad).toBeGreaterThan(0);
      expect(
        t.hits.map((h) => h.n),
        trad,
      ).toEqual(s.hits.map((h) => h.n));
    }
    // 着 is not 著: 着力 is in the archive, 著力 is not.
    expect((await runSearch(pf, map, { q: '着力' }, fold)).hits.length).toBeGreaterThan(0);
    expect((await runSearch(pf, map, { q: '著力' }, fold)).hits).toEqual([]);
  });

  it('finds what the article head shows: subtitle, byline, source, kicker', async () => {
    for (const [q, field] of [
      ['梦想小镇工会工作纪实', 'subtitle'],
      ['章慧芬', 'byline'],
      ['浙江新闻客户端', 'source'],
      ['卷首语', 'kicker'],
    ] as const) {
      const { hits } = await runSearch(pf, map, { q }, fold);
      const want = records.filter((r) => String(r[field] ?? '').includes(q)).map((r) => r.url);
      expect(want.length, q).toBeGreaterThan(0);
      expect(hits.map(urlOf), q).toEqual(expect.arrayContaining(want));
    }
  });

  it('ranks title and organisation hits first, then by occurrences', async () => {
    const { hits } = await runSearch(pf, map, { q: '梦想小镇' }, fold);
    expect(urlOf(hits[0]!)).toBe('/issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/');
    const counts = hits.filter((h) => !h.inTitle).map((h) => h.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('filters, alone or with a query', async () => {
    const byCity = await runSearch(pf, map, { q: '', filters: { city: ['温州市'] } }, fold);
    expect(byCity.hits).toHaveLength(records.filter((r) => r.city === '温州市').length);
    const both = await runSearch(
      pf,
      map,
      { q: '工会', filters: { type: ['特色小镇'], city: ['杭州市'] } },
      fold,
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
    const { hits, forms } = await runSearch(pf, map, { q: '工资集体协商' }, fold);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits.slice(0, 5)) {
      const e = makeExcerpt(docOf(h), h, forms[0]!, fold);
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
