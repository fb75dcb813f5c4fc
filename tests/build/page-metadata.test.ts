/**
 * What the built pages promise beyond their text, checked where site-pages
 * leaves off: the citation title readers' tools index, the issue page's
 * JSON-LD, a feed link whose type matches the feed, and the article page's
 * weight budget (30 KB compressed, search assets excluded).
 */
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { articles, DIST, readDist, readPage } from './helpers.ts';

const records = articles();

/** An attribute value as the browser reads it (Astro escapes &, ", ' and <). */
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const meta = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map(
    (m) => unescape(m[1]!),
  );

describe('citation and sharing tags', () => {
  it('names every article by its own title for Scholar and OpenGraph', () => {
    for (const r of records) {
      const html = readPage(String(r.url));
      // Title and subtitle joined by a double dash, as in the GB/T 7714 reference.
      const full = r.subtitle ? `${r.title}——${r.subtitle}` : String(r.title);
      expect(meta(html, 'citation_title'), String(r.url)).toEqual([full]);
      const [og] = meta(html, 'og:title');
      expect(og?.startsWith(String(r.title)), `${r.url}: ${og}`).toBe(true);
      expect(meta(html, 'og:url')[0]).toMatch(new RegExp(`^https?://[^/]+${r.url}$`));
    }
  });
});

describe('issue pages', () => {
  const issues = readdirSync(`${DIST}/issues`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('carry PublicationIssue JSON-LD that names the issue and the periodical', () => {
    expect(issues.length).toBeGreaterThan(0);
    for (const id of issues) {
      const html = readPage(`/issues/${id}/`);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
      const ld = blocks
        .map((m) => JSON.parse(m[1]!))
        .find((x) => x['@type'] === 'PublicationIssue');
      expect(ld, id).toMatchObject({
        url: expect.stringMatching(new RegExp(`/issues/${id}/$`)),
        issueNumber: expect.any(String),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        isPartOf: { '@type': 'Periodical', name: '浙江工运' },
      });
    }
  });
});

describe('feed', () => {
  it('is announced with the media type of what it is', () => {
    const feed = readDist('feed.xml');
    const type = /<rss[\s>]/.test(feed)
      ? 'application/rss+xml'
      : /<feed[\s>]/.test(feed)
        ? 'application/atom+xml'
        : 'unknown';
    for (const url of ['/', String(records[0]!.url)])
      expect(readPage(url)).toContain(`<link rel="alternate" type="${type}"`);
  });
});

describe('article page weight', () => {
  /** Compressed bytes of the page and the styles and scripts it loads, Pagefind's excepted. */
  function weight(url: string): number {
    const html = readPage(url);
    const assets = [
      ...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g),
      ...html.matchAll(/<script[^>]* src="(\/[^"]+)"/g),
    ]
      .map((m) => m[1]!)
      .filter((src) => !src.startsWith('/pagefind/'));
    return [html, ...assets.map((a) => readDist(a.slice(1)))].reduce(
      (sum, text) => sum + gzipSync(text).length,
      0,
    );
  }

  it('stays under 30 KB compressed on every article', () => {
    const heavy = records
      .map((r) => ({ url: String(r.url), kb: weight(String(r.url)) / 1024 }))
      .filter((p) => p.kb >= 30);
    expect(heavy).toEqual([]);
  });
});
