/**
 * The reading site as built: every article reachable from its issue's 目录,
 * its city page and its type page; every internal link resolves; the sitemap
 * lists every page; each article carries its citation metadata; counts match.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCities } from '../../src/lib/places.ts';
import { listPilotTypes } from '../../src/lib/taxonomy.ts';
import { articles, DIST, readDist, readPage } from './helpers.ts';

const records = articles();
const pilots = records.filter((r) => r.kind === 'pilot');
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : n.endsWith('.html') ? [p] : [];
  });
}

describe('navigation', () => {
  it('reaches every article from its issue page', () => {
    const links = new Set(hrefs(readPage('/issues/2018-5-6/')));
    for (const r of records.filter((x) => x.kind !== 'news'))
      expect(links, String(r.url)).toContain(r.url);
  });
  it('reaches every pilot report from its city page and its type page', () => {
    const cities = new Map(listCities().map((c) => [c.name, c.slug]));
    const types = new Map(listPilotTypes().map((t) => [t.name, t.slug]));
    for (const r of pilots) {
      expect(hrefs(readPage(`/cities/${cities.get(String(r.city))}/`))).toContain(r.url);
      expect(hrefs(readPage(`/types/${types.get(String(r.type))}/`))).toContain(r.url);
    }
  });
  it('has no broken internal link on any page', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      for (const h of hrefs(readDist(file.slice(DIST.length + 1)))) {
        if (!h.startsWith('/') || h.startsWith('//')) continue;
        const path = decodeURIComponent(h.split(/[?#]/)[0]!);
        const target = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${file}: ${h}`);
      }
    }
    expect(broken).toEqual([]);
  });
  it('lists every page in the sitemap', () => {
    const sitemap = readDist('sitemap-0.xml');
    const pages = htmlFiles()
      .map((f) => f.slice(DIST.length).replace(/index\.html$/, ''))
      .filter((p) => p !== '/404.html');
    expect(pages.length).toBeGreaterThan(200);
    for (const p of pages) expect(sitemap, p).toContain(`${p}</loc>`);
  });
  it('publishes robots.txt pointing at the sitemap, and a feed', () => {
    expect(readDist('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
    const feed = readDist('feed.xml');
    expect((feed.match(/<item>/g) ?? []).length).toBe(records.length + 1);
  });
});

describe('article metadata', () => {
  it('has canonical URL, OpenGraph, Scholar tags and JSON-LD on every article', () => {
    for (const r of records) {
      const html = readPage(String(r.url));
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${r.url}"`));
      expect(html).toContain('<meta property="og:type" content="article"');
      expect(html).toContain('<meta name="citation_journal_title" content="浙江工运"');
      expect(html).toContain('<meta name="citation_issue" content="5-6"');
      expect(html).toContain('<meta name="citation_publication_date" content="2018/12/10"');
      expect(html).toContain('<meta name="citation_language" content="zh"');
      if (r.page !== null)
        expect(html).toContain(`<meta name="citation_firstpage" content="${r.page}"`);
      const ld = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
      );
      expect(ld).toMatchObject({
        '@type': 'ScholarlyArticle',
        isPartOf: {
          '@type': 'PublicationIssue',
          isPartOf: { '@type': 'Periodical', name: '浙江工运' },
        },
      });
    }
  });
  it('names persons as citation authors only when the byline names one', () => {
    const html = readPage('/issues/2018-5-6/longyouxian-hongmu-xiaozhen/');
    expect(html).toContain('<meta name="citation_author" content="王艳"');
    expect(html).toContain('<meta name="citation_author" content="潘仙德"');
    expect(readPage('/issues/2018-5-6/xihuqu-yunqi-xiaozhen/')).not.toContain('citation_author');
  });
  it('offers GB/T 7714, BibTeX and RIS', () => {
    const html = readPage('/issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/');
    expect(html).toContain(
      '杜坚强. 争当创新改革的先行军——杭州市余杭区梦想小镇工会工作纪实[J/OL]. 浙江工运, 2018(5-6): 6[',
    );
    expect(readDist('issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/cite.bib')).toContain(
      'journal = {浙江工运}',
    );
    expect(readDist('issues/2018-5-6/yuhangqu-mengxiang-xiaozhen/cite.ris')).toContain(
      'AU  - 杜坚强',
    );
  });
});

describe('counts', () => {
  it('city and type pages count what the content has', () => {
    const cities = readPage('/cities/');
    // Pilots (from the pilot registry) and reports (articles) are counted apart.
    const registry = JSON.parse(readDist('data/pilots.json')) as { city: string | null }[];
    for (const c of listCities()) {
      const p = registry.filter((x) => x.city === c.name).length;
      const n = pilots.filter((r) => r.city === c.name).length;
      expect(cities, c.name).toMatch(
        new RegExp(`${c.name}(?:</a>)?</th>\\s*<td>${p}</td>\\s*<td>${n}</td>`),
      );
    }
    const types = readPage('/types/');
    for (const [t, n] of [
      ['特色小镇', 36],
      ['楼宇商圈', 20],
      ['工业文创园区', 22],
      ['其他', 5],
    ] as const) {
      expect(types).toContain(`${t}</a>（${n} 个试点，${n} 篇报道）`);
    }
  });
  it('draws all 11 cities on the map, with their counts in text', () => {
    const html = readPage('/cities/');
    expect((html.match(/<path d="M/g) ?? []).length).toBe(11);
    expect(html).toContain('<title>温州市：23 个试点</title>');
  });
});

describe('social cards', () => {
  it('names the issue’s 1200×630 PNG card in og:image on the issue page and every article', () => {
    const issuePages = [...new Set(records.map((r) => `/issues/${String(r.issue)}/`))];
    for (const url of [...issuePages, ...records.map((r) => String(r.url))]) {
      const html = readPage(url);
      const m = /<meta property="og:image" content="https?:\/\/[^/]+([^"]+)"/.exec(html);
      const issue = /^\/issues\/[^/]+\//.exec(url)![0];
      expect(m?.[1], url).toBe(`${issue}card.png`);
      expect(html, url).toMatch(/<meta property="og:image:alt" content="《浙江工运》[^"]+">/);
      const png = readFileSync(join(DIST, m![1]!));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(existsSync(join(DIST, String(records[0]!.url), 'card.png'))).toBe(false);
  });
});
