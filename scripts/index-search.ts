/**
 * After `astro build`: the search index. Reads the built `/data/articles.json`
 * and writes a Pagefind index of one custom record per issue
 * (src/lib/search/record.ts) to `dist/pagefind/`, the archive map
 * `dist/search/archive.json`, one result file per article under
 * `dist/search/doc/`, and `dist/search/fold.json`: OpenCC's traditional and
 * variant forms for the characters the archive uses (src/lib/search/fold.ts),
 * applied to the indexed text here and to queries in the client.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import {
  commonThreshold,
  countCommon,
  FIELD_END,
  RUN_UNIT,
  denseKeys,
  LIST_SLOTS,
  listKeys,
  type Lexicon,
} from '../src/lib/search/grams.ts';
import {
  articleRun,
  facetCodes,
  indexedText,
  FACETS,
  type FacetCode,
  headFields,
  pageRecord,
  RECORD_WORDS,
  type ArticleForIndex,
  type SearchMap,
} from '../src/lib/search/record.ts';
import { issueLabelOf } from '../src/core/issue-label.ts';
import { INDEX_LANGUAGE, metaFile, PAGEFIND_FORMAT } from '../src/lib/search/pagefind-index.ts';
import { buildFoldTable } from '../src/lib/search/fold-table.ts';
import { foldChars } from '../src/lib/search/fold.ts';
import { buildSearchWords } from '../src/lib/search/search-words.ts';
import { normalize } from '../src/lib/search/tokens.ts';
import { urls } from '../src/lib/urls.ts';

const dist = process.argv[2] ?? 'dist';
const started = Date.now();
const articles = (
  JSON.parse(readFileSync(join(dist, 'data', 'articles.json'), 'utf8')) as (ArticleForIndex & {
    practices: string | null;
  })[]
).map(({ practices, ...a }): ArticleForIndex => ({
  ...a,
  practice: practices ? practices.split('|') : [],
}));

/** ≈ 2·√(occurrences), within 2,000 and Pagefind's default 20,000; each character is about 1.7 occurrences (forward and backward grams, article lists). */
function chunkSize(chars: number): number {
  const occurrences = 1.7 * chars;
  return Math.round(Math.min(20000, Math.max(2000, 2 * Math.sqrt(occurrences))));
}

// Every character the archive's searchable text uses, normalised: the fold table keeps to these.
const used = new Set<string>();
for (const a of articles) {
  const { title, rest } = headFields(a);
  for (const ch of [...title, ...rest, normalize(a.text)].join('')) used.add(ch);
}
const fold = buildFoldTable(used);

// The archive's order (articles.json lists issues in order, each issue's articles in order).
const byIssue = Map.groupBy(articles, (a) => a.issue);

// The common grams of the whole archive, counted over the text as indexed.
// Each article's indexed text once: as a string (kept small for 37,000 articles) and its title part's length.
const indexed = articles.map((a) => {
  const t = indexedText(a, fold);
  return { text: t.chars.join(''), titleChars: t.titleChars };
});
const texts = indexed.map((t) => t.text);
// Characters of text, not the field ends that pad titles: the threshold of commonness depends on it.
const textLength = texts.reduce((n, t) => n + t.length - t.split(FIELD_END).length + 1, 0);
const common = countCommon(texts, commonThreshold(textLength));
const commonSet = new Set(common);
// How many articles have each list key: those more than half have are listed the other way round.
const keyCounts = {
  u: new Map<string, number>(),
  d: new Map<string, number>(),
  h: new Map<string, number>(),
};
indexed.forEach(({ text, titleChars }) => {
  const keys = listKeys([...text], titleChars, commonSet);
  for (const slot of LIST_SLOTS)
    for (const k of keys[slot]) keyCounts[slot].set(k, (keyCounts[slot].get(k) ?? 0) + 1);
});
texts.length = 0;
indexed.length = 0;
const dense = denseKeys(keyCounts, articles.length);
const lex: Lexicon = {
  common: commonSet,
  dense: { u: new Set(dense.u), d: new Set(dense.d), h: new Set(dense.h) },
};

// Index chunk size, in occurrences. A first query loads the list of all chunks
// (its length ∝ occurrences / size) and a few chunks (each ∝ size): their sum
// is least when the size grows as the square root of the occurrences — 2,000
// for one issue, ≈ 13,000 for 400 (where 2,000 made the list 177 KB).
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(chunkSize(textLength));
const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const { values, codeOf } = facetCodes();
const issues: (Omit<SearchMap['issues'][number], 'page'> & { url: string })[] = [];
// Consecutive issues share one Pagefind record (record.ts, RECORD_WORDS): the
// record's URL is its first issue's, and each issue's runs follow the last's.
let group: { url: string; words: string[][]; count: number } | undefined;
const flush = async () => {
  if (!group) return;
  const r = await index.addCustomRecord(pageRecord(group.url, group.words));
  if (r.errors.length) throw new Error(`pagefind: ${group.url}: ${r.errors.join('; ')}`);
  group = undefined;
};
for (const [id, list] of byIssue) {
  const runs = list.map((a) => articleRun(a, fold, lex));
  runs.forEach((r, k) => {
    const file = join(dist, urls.searchDoc(id, k));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(r.doc));
  });
  group ??= { url: urls.issue(id), words: [], count: 0 };
  for (const r of runs) {
    group.words.push(r.words);
    group.count += r.words.length;
  }
  issues.push({
    id,
    label: issueLabelOf(id),
    url: group.url,
    spans: runs.map((r) => r.words.length / RUN_UNIT),
    ...(Object.fromEntries(FACETS.map((f) => [f, list.map((a) => codeOf(a, f))])) as Record<
      (typeof FACETS)[number],
      FacetCode[]
    >),
  });
  if (group.count >= RECORD_WORDS) await flush();
}
await flush();
const outputPath = join(dist, urls.pagefind());
// Pagefind adds to the folder: an earlier index's files would stay (and be published).
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

// The page reads the index files itself (pagefind-index.ts), in the format of one Pagefind version;
// the map names the index's meta file, so a page never pairs a map with another build's index.
const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
  version: string;
  languages: Record<string, { hash: string }>;
};
if (entry.version !== PAGEFIND_FORMAT)
  throw new Error(
    `pagefind ${entry.version} wrote the index; the page's reader (src/lib/search/pagefind-index.ts) knows the format of ${PAGEFIND_FORMAT}: pin pagefind to ${PAGEFIND_FORMAT}, or check the format and update the reader`,
  );
const language = entry.languages[INDEX_LANGUAGE];
if (!language) throw new Error(`pagefind wrote no index for ${INDEX_LANGUAGE}`);

// Pagefind names a result by its fragment file; the map needs each issue's.
// A fragment holds its record's whole text (megabytes unpacked); its URL is the
// first field, so only the first few kilobytes are inflated (2.8 s → 0.07 s at 400 issues).
const pageOf = new Map<string, string>();
for (const f of readdirSync(join(outputPath, 'fragment'))) {
  const head = gunzipSync(readFileSync(join(outputPath, 'fragment', f)).subarray(0, 4096), {
    finishFlush: zlibConstants.Z_SYNC_FLUSH,
  }).toString('utf8');
  const url = /^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")/.exec(head)?.[1];
  if (!url) throw new Error(`pagefind: ${f}: no URL at the start of the fragment`);
  pageOf.set(JSON.parse(url) as string, f.replace(/\.pf_fragment$/, ''));
}
const map: SearchMap = {
  index: metaFile(language.hash),
  facets: values,
  grams: common,
  dense,
  foldChars: foldChars(fold, (ch) => keyCounts.u.get(ch) ?? 0),
  issues: issues.map(({ url, ...i }) => {
    const page = pageOf.get(url);
    if (!page) throw new Error(`pagefind wrote no fragment for ${url}`);
    return { ...i, page };
  }),
};
mkdirSync(join(dist, 'search'), { recursive: true });
writeFileSync(join(dist, urls.searchMap()), JSON.stringify(map));
writeFileSync(join(dist, urls.searchFold()), JSON.stringify(fold));
writeFileSync(join(dist, urls.searchWords()), JSON.stringify(buildSearchWords(articles)));
process.stdout.write(
  `search: indexed ${articles.length} articles, ${common.length} common grams, ${Object.keys(fold.c).length} traditional and variant forms, in ${Date.now() - started} ms\n`,
);
