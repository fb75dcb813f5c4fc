/**
 * What the built site hands to browsers, reference managers and spreadsheets:
 * no link or image URL outside the allowed set, no citation field that breaks
 * its record, no CSV cell a spreadsheet would run; and the pages the site
 * lists for redirect checks are exactly the pages it built.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINK_SCHEMES, normaliseUrl, readScheme } from '../../src/core/safe-url.ts';
import { listBuiltPages } from '../../src/lib/redirect-guard.ts';
import { listSitePaths } from '../../src/lib/site-paths.ts';
import { readSiteData } from '../support/site-data.ts';
import { DIST, readDist } from './helpers.ts';

function files(ext: string, dir = DIST): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory()
      ? files(ext, p)
      : n.endsWith(ext)
        ? [p.slice(DIST.length + 1)]
        : [];
  });
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
const site = new URL(/^Sitemap: (\S+)$/m.exec(readDist('robots.txt'))![1]!).origin;

describe('URLs in the built pages', () => {
  const pages = files('.html');
  it('has pages to look at', () => expect(pages.length).toBeGreaterThan(200));

  it('links only to https:, http:, mailto:, paths of the site and fragments', () => {
    const bad: string[] = [];
    for (const page of pages)
      for (const m of readDist(page).matchAll(
        /\s(href|action|formaction|cite)\s*=\s*"([^"]*)"/gi,
      )) {
        const url = normaliseUrl(decode(m[2]!));
        const scheme = readScheme(url);
        if ((scheme && !LINK_SCHEMES.includes(scheme)) || /^[/\\]{2}/.test(url))
          bad.push(`${page}: ${m[1]}="${m[2]}"`);
      }
    expect(bad).toEqual([]);
  });

  it('loads images, scripts and frames only from the site itself', () => {
    const bad: string[] = [];
    for (const page of pages)
      for (const m of readDist(page).matchAll(/\s(src|srcset|poster|data)\s*=\s*"([^"]*)"/gi)) {
        for (const part of decode(m[2]!).split(',')) {
          const url = normaliseUrl(part.trim().split(/\s+/)[0] ?? '');
          const scheme = readScheme(url);
          const own = scheme
            ? ['http', 'https'].includes(scheme) && new URL(url).origin === site
            : !/^[/\\]{2}/.test(url);
          if (!own) bad.push(`${page}: ${m[1]}="${m[2]}"`);
        }
      }
    expect(bad).toEqual([]);
  });
});

describe('citation files', () => {
  const ris = files('cite.ris');
  const bib = files('cite.bib');
  it('one per article', () => {
    expect(ris.length).toBeGreaterThan(80);
    expect(bib).toHaveLength(ris.length);
  });
  it('RIS: one record, one field per line, no control characters inside a field', () => {
    for (const f of ris) {
      const lines = readDist(f).split('\r\n');
      expect(
        lines.filter((l) => l.startsWith('TY  - ')),
        f,
      ).toHaveLength(1);
      expect(
        lines.filter((l) => l.startsWith('ER  - ')),
        f,
      ).toHaveLength(1);
      for (const l of lines.filter(Boolean)) {
        expect(l, f).toMatch(/^[A-Z][A-Z0-9] {2}- /);
        expect(l, f).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }
    }
  });
  it('BibTeX: one entry, each field on its line with balanced braces', () => {
    for (const f of bib) {
      const text = readDist(f);
      expect(
        text.split('\n').filter((l) => l.startsWith('@')),
        f,
      ).toHaveLength(1);
      expect(text, f).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      for (const l of text.split('\n').filter((x) => x.includes(' = {'))) {
        const bare = l.replace(/\\[{}]/g, '');
        expect(bare.split('{').length, `${f}: ${l}`).toBe(bare.split('}').length);
      }
    }
  });
});

describe('CSV exports', () => {
  it.each(['data/articles.csv', 'data/pilots.csv'])('%s: no cell a spreadsheet would run', (f) => {
    const csv = readDist(f);
    const cells = [...csv.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe('the pages the site lists are the pages it built', () => {
  it('listSitePaths equals the HTML pages of dist/, less 404 and redirect pages', () => {
    const data = readSiteData();
    const redirects = new Set(data.redirectsFrom);
    const built = listBuiltPages(DIST).filter((p) => p !== '/404.html' && !redirects.has(p));
    // A page in one list and not the other: add the new route to ROUTES in src/lib/site-paths.ts.
    expect(listSitePaths(data)).toEqual(built);
  });
});
