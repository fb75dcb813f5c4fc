/**
 * After `astro build`: the search index. Reads the built `/data/articles.json`
 * and writes a Pagefind index of custom records (src/lib/search/record.ts) to
 * `dist/pagefind/`, and `dist/search/t2s.json`: traditional → simplified for
 * the characters the archive uses (so 工資集體協商 finds 工资集体协商 without
 * shipping a whole conversion table).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as pagefind from 'pagefind';
import {
  searchRecord,
  searchText,
  searchTextUrl,
  type ArticleForIndex,
} from '../src/lib/search/record.ts';

const dist = process.argv[2] ?? 'dist';
const started = Date.now();
const articles = JSON.parse(
  readFileSync(join(dist, 'data', 'articles.json'), 'utf8'),
) as ArticleForIndex[];

// Small index chunks: a phrase's bigram tokens fall in different chunks, so a
// query loads a few; Pagefind's default (~20,000 occurrences) makes each heavy.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '2000';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
for (const [rank, a] of articles.entries()) {
  const r = await index.addCustomRecord(searchRecord(a, rank));
  if (r.errors.length) throw new Error(`pagefind: ${a.url}: ${r.errors.join('; ')}`);
  const file = join(dist, searchTextUrl(a.url));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(searchText(a)));
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

// Every simplified character of the archive and its traditional forms (mainland → Taiwan and Hong Kong standards).
const chars = new Set<string>();
for (const a of articles)
  for (const ch of `${a.title}${a.org ?? ''}${a.text}`)
    if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const t2s: Record<string, string> = {};
for (const ch of chars) {
  for (const t of new Set([toTw(ch), toHk(ch)]))
    if (t !== ch && [...t].length === 1 && !chars.has(t)) t2s[t] = ch;
}
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, 'search', 't2s.json'), JSON.stringify(t2s));
process.stdout.write(
  `search: indexed ${articles.length} articles, ${Object.keys(t2s).length} traditional forms, in ${Date.now() - started} ms\n`,
);
