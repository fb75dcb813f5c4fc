/**
 * “Every pilot that did X”: each practice of src/data/practices.yaml has a
 * page reachable from /practices/ and from the site's navigation, listing
 * exactly the pilot reports whose text contains the practice's name or an
 * alias — counted here from the exported plain text, independently of the
 * site's matcher — unless the archivist listed the article's practices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articles, readPage } from './helpers.ts';
import { hrefsIn, textOf } from './html-text.ts';

interface Entry {
  name: string;
  slug: string;
  aliases?: string[];
}
const vocabulary = parseYaml(readFileSync('src/data/practices.yaml', 'utf8')) as Entry[];
const records = articles();
const pilots = records.filter((r) => r.kind === 'pilot');

/** Frontmatter `practices:` lists, by article id, where an archivist set one. */
function overrides(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const root = 'content/issues';
  for (const issue of readdirSync(root))
    for (const f of readdirSync(join(root, issue, 'articles')).filter((n) => n.endsWith('.mdx'))) {
      const fm = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, issue, 'articles', f), 'utf8'))?.[1];
      const data = fm ? (parseYaml(fm) as { practices?: string[] }) : {};
      if (data.practices) out.set(`${issue}/${f.replace(/\.mdx$/, '')}`, data.practices);
    }
  return out;
}
const listed = overrides();

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
function describes(r: (typeof records)[number], p: Entry): boolean {
  const own = listed.get(String(r.id));
  if (own) return own.includes(p.name) || own.includes(p.slug);
  const text = fold([r.title, r.org, r.subtitle, r.text].filter(Boolean).join('\n'));
  return [p.name, ...(p.aliases ?? [])].some((x) => text.includes(fold(x)));
}

describe('practice pages', () => {
  it('are reachable from the navigation and from /practices/', () => {
    expect(hrefsIn(readPage('/'))).toContain('/practices/');
    const index = hrefsIn(readPage('/practices/'));
    expect(vocabulary).toHaveLength(30);
    for (const p of vocabulary) expect(index).toContain(`/practices/${p.slug}/`);
  });

  it('list exactly the pilot reports whose text describes the practice, with their count', () => {
    let total = 0;
    for (const p of vocabulary) {
      const html = readPage(`/practices/${p.slug}/`);
      const expected = pilots.filter((r) => describes(r, p)).map((r) => String(r.url));
      const listedHere = [...html.matchAll(/<section class="practice-reports"[^>]*>([\s\S]*?)<\/section>/g)]
        .flatMap((m) => hrefsIn(m[1]!))
        .filter((h) => h.startsWith('/issues/'));
      expect(listedHere.sort(), p.name).toEqual([...expected].sort());
      expect(html, p.name).toContain(`data-report-count="${expected.length}"`);
      expect(textOf(html), p.name).toContain(`${expected.length} 篇报道`);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('count reports by city in the city × practice table as the text does', () => {
    const html = readPage('/practices/');
    const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(html)![1]!;
    const cities = [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].slice(1).map((m) => textOf(m[1]!));
    const rows = [...html.matchAll(/<tr[^>]*>\s*<th scope="row"[^>]*>([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(vocabulary.length);
    for (const row of rows) {
      const p = vocabulary.find((v) => v.name === textOf(row[1]!))!;
      const cells = [...row[2]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => Number(textOf(m[1]!).replace('·', '')));
      const expected = cities.map(
        (c) => pilots.filter((r) => String(r.city).startsWith(c) && describes(r, p)).length,
      );
      expect(cells, p.name).toEqual(expected);
    }
  });
});
