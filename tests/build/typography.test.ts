/**
 * Chinese punctuation on the built article pages (issue #14): the extraction's
 * half-width marks are shown full-width in Chinese context, nothing else in the
 * text changes, and the data exports and search keep the imported marks.
 */
import { describe, expect, it } from 'vitest';
import { articles, readPage } from './helpers.ts';

const records = articles().filter((r) => r.kind !== 'news');
const HALF = ',;:?!()';
const FULL = '，；：？！（）';
const toHalf = (s: string) => s.replace(/[，；：？！（）]/g, (c) => HALF[FULL.indexOf(c)]!);

/** The text of an article page's body, tags dropped, entities decoded. */
function proseText(html: string): string {
  const start = html.indexOf('<div class="prose">');
  const body = html.slice(start, html.indexOf('</div>', start));
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('article bodies', () => {
  it('show , ; : ? ! ( ) full-width between Han characters', () => {
    let seen = 0;
    for (const r of records) {
      const text = String(r.text);
      const page = proseText(readPage(String(r.url)));
      for (const m of text.matchAll(/(\p{Script=Han})([,;:?!])(\p{Script=Han})/gu)) {
        seen++;
        expect(page, String(r.url)).toContain(`${m[1]}${FULL[HALF.indexOf(m[2]!)]}${m[3]}`);
      }
      expect(page, String(r.url)).not.toMatch(/\p{Script=Han}[,;:?!]\p{Script=Han}/u);
    }
    expect(seen).toBeGreaterThan(3000);
  });
  it('show 2014年8月,在 as 2014年8月，在', () => {
    const hit = records.find((r) => String(r.text).includes('2014年8月,在'));
    expect(hit).toBeDefined();
    expect(proseText(readPage(String(hit!.url)))).toContain('2014年8月，在');
  });
  it('change nothing but the width of those marks (and the spaces beside them)', () => {
    for (const r of records) {
      const page = proseText(readPage(String(r.url)));
      const strip = (s: string) => toHalf(s).replace(/\s+/g, '');
      expect(strip(page), String(r.url)).toContain(strip(String(r.text)));
    }
  });
  it('keep half-width marks with no Chinese beside them', () => {
    // The text has such marks (`%,2` …): each is on the page unchanged.
    const latin = /[^\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’\s][,;:?!][^\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’\s]/gu;
    const kept = records.flatMap((r) =>
      [...String(r.text).matchAll(latin)].map((m) => ({ url: String(r.url), mark: m[0] })),
    );
    expect(kept.length).toBeGreaterThan(0);
    for (const k of kept) expect(proseText(readPage(k.url)), k.url).toContain(k.mark);
    for (const r of records) {
      const page = proseText(readPage(String(r.url)));
      for (const m of page.matchAll(/(.)\s*[,;:?!]\s*(.)/gu)) {
        const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;
        expect(chinese.test(m[1]!) || chinese.test(m[2]!), `${r.url}: ${m[0]}`).toBe(false);
      }
    }
  });
  it('leave the exported text (and so the search index) as imported', () => {
    const commas = records.reduce((n, r) => n + (String(r.text).match(/,/g) ?? []).length, 0);
    expect(commas).toBeGreaterThan(3000);
  });
});
