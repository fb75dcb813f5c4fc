import { describe, expect, it } from 'vitest';
import { runSearch, type PagefindApi } from './client.ts';
import {
  articleWords,
  countCommon,
  denseKeys,
  FIELD_END,
  FILLER,
  LIST_SLOTS,
  listKeys,
  MAX_GRAM,
  planTerm,
  RUN_UNIT,
  type Lexicon,
} from './grams.ts';
import { TITLE_SLOT } from './record.ts';
import type { SearchMap } from './record.ts';
import { charCode } from './tokens.ts';

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pagefind's search, in memory: each issue's words in order, a filler taking
 * a position and nothing else; a query word matches every indexed word it
 * starts, or, matching none, the longest indexed word that starts it
 * (Pagefind's prefix search and its fallback). The site looks words up
 * exactly (pagefind-index.ts); this looser lookup checks that the words stay
 * prefix-free, so that Pagefind's own search — the build test's reference for
 * the reader — finds what the site finds.
 */
function memoryIndex(issues: string[][]): PagefindApi {
  const byWord = new Map<string, Map<string, number[]>>();
  issues.forEach((words, x) =>
    words.forEach((w, pos) => {
      if (w === FILLER) return;
      const pages = byWord.get(w) ?? new Map<string, number[]>();
      byWord.set(w, pages);
      const list = pages.get(`p${x}`) ?? [];
      pages.set(`p${x}`, list);
      list.push(pos);
    }),
  );
  return {
    search: async (q) => {
      let words = [...byWord.keys()].filter((w) => w.startsWith(q));
      if (!words.length)
        words = [...byWord.keys()]
          .filter((w) => q.startsWith(w))
          .sort((a, b) => b.length - a.length)
          .slice(0, 1);
      const pages = new Map<string, number[]>();
      for (const w of words)
        for (const [id, pos] of byWord.get(w)!) pages.set(id, [...(pages.get(id) ?? []), ...pos].sort((a, b) => a - b));
      return { results: [...pages].map(([id, words]) => ({ id, words })) };
    },
  };
}

/**
 * A small archive in few letters, so that many grams are common at every
 * length up to and beyond MAX_GRAM: articles of a title, an organisation and
 * a body, with a long repeated string to make MAX_GRAM-long common grams.
 */
function archive(seed: number, oneRecord = false) {
  const rnd = random(seed);
  const letters = ['工', '会', '职', 'a', '+'];
  const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
  const long = '工会职工会职工会职工会';
  const articles = Array.from({ length: 24 }, () => {
    const title = word(2 + Math.floor(rnd() * 6));
    // Most organisations end in 工会, as in the archive: a dense key of the title lists.
    const org = `${word(1 + Math.floor(rnd() * 4))}${rnd() < 0.9 ? '工会' : ''}`;
    const body = Array.from({ length: 6 }, () => (rnd() < 0.4 ? long : word(1 + Math.floor(rnd() * 30)))).join('');
    // As record.ts lays it out: the title part padded to TITLE_SLOT with field ends.
    const pad = FIELD_END.repeat(Math.max(1, TITLE_SLOT - [...`${title}${FIELD_END}${org}`].length));
    return { title, org, body, text: `${title}${FIELD_END}${org}${pad}${body}` };
  });
  const common = countCommon(articles.map((a) => a.text), 6);
  const titleChars = (a: (typeof articles)[number]) => [...`${a.title}${FIELD_END}${a.org}`].length;
  // Dense keys as the indexer finds them: in more than half the articles.
  const counts = { u: new Map<string, number>(), d: new Map<string, number>(), h: new Map<string, number>() };
  for (const a of articles) {
    const keys = listKeys([...a.text], titleChars(a), new Set(common));
    for (const slot of LIST_SLOTS) for (const k of keys[slot]) counts[slot].set(k, (counts[slot].get(k) ?? 0) + 1);
  }
  const dense = denseKeys(counts, articles.length);
  const lex: Lexicon = {
    common: new Set(common),
    dense: { u: new Set(dense.u), d: new Set(dense.d), h: new Set(dense.h) },
  };
  const issues = [articles.slice(0, 10), articles.slice(10)];
  const runs = issues.map((list) => list.map((a) => articleWords([...a.text], titleChars(a), lex)));
  const map: SearchMap = {
    index: 'pagefind.memory.pf_meta',
    grams: common,
    dense,
    foldChars: { text: '', query: '' },
    facets: { city: [], county: [], type: [], practice: [], section: [] },
    issues: issues.map((list, x) => ({
      id: `i${x}`,
      label: `i${x}`,
      page: oneRecord ? 'p0' : `p${x}`,
      spans: runs[x]!.map((w) => w.length / RUN_UNIT),
      city: list.map(() => 0),
      county: list.map(() => 0),
      type: list.map(() => 0),
      practice: list.map(() => 0),
      section: list.map(() => 0),
    })),
  };
  // Issues in a record of their own each, or both in one record, one after the other.
  const records = oneRecord ? [runs.flat().flat()] : runs.map((r) => r.flat());
  return { articles, common, lex, map, pf: memoryIndex(records), word, rnd };
}

describe('common grams', () => {
  it('counts every gram that occurs at least the threshold, up to MAX_GRAM, never across a field end', () => {
    const common = countCommon(['abab', `ab${FIELD_END}ab`, 'abc'], 3);
    expect(common).toEqual(['ab']);
    const longer = countCommon(['abcabcabc', 'abcabc'], 4);
    expect(longer).toEqual(['ab', 'abc', 'bc']);
  });

  it('keeps counting up to MAX_GRAM and stops there', () => {
    const text = 'x'.repeat(40);
    const common = countCommon([text, text], 2);
    expect(common.map((g) => g.length).sort((a, b) => a - b).at(-1)).toBe(MAX_GRAM);
  });
});

describe('planning a term', () => {
  const common = new Set(['工会', '会工', '工会工', '职工']);
  const lex: Lexicon = { common, dense: { u: new Set(['工']), d: new Set(['职工']), h: new Set() } };
  it('finds one character by article, a common gram by article with its title list', () => {
    expect(planTerm('会', lex)).toEqual({ by: 'article', list: { token: `l1${charCode('会')}0`, absent: false } });
    // Its title is in the same list: articles whose title part has it are listed twice.
    expect(planTerm('工会', lex)).toEqual({
      by: 'article',
      list: { token: `l2${charCode('工')}${charCode('会')}0`, absent: false, twiceInTitle: true },
    });
  });
  it('looks a dense key up in the list of articles without it', () => {
    expect(planTerm('工', lex)).toEqual({ by: 'article', list: { token: `l1${charCode('工')}2`, absent: true } });
    expect(planTerm('职工', lex)).toMatchObject({ list: { token: `l2${charCode('职')}${charCode('工')}2`, absent: true } });
  });
  it('covers an uncommon term with grams inside it, backward ones for a common end', () => {
    const plan = planTerm('工会工作', lex);
    expect(plan.by).toBe('position');
    if (plan.by !== 'position') return;
    // 工会工作: forward from 0 is 工会工作 (工会工 is common), which covers it all.
    expect(plan.words).toEqual([
      { token: `b4${[...'工会工作'].map(charCode).join('')}`, offset: 0 },
    ]);
    const tail = planTerm('书记职工', lex);
    if (tail.by !== 'position') throw new Error('by position expected');
    // The last bigram 职工 is common: a backward gram ends the cover.
    expect(tail.words.at(-1)).toEqual({ token: `k3${[...'记职工'].map(charCode).join('')}`, offset: 2 * 3 + 1 });
  });
});

describe('search over grams (in memory)', () => {
  for (const [seed, oneRecord] of [
    [1, false],
    [2, false],
    [3, true],
  ] as const) {
    it(`returns exactly the articles whose fields contain the term (archive ${seed}${oneRecord ? ', issues sharing a record' : ''})`, async () => {
      const { articles, common, map, pf, word, rnd } = archive(seed, oneRecord);
      // Every path is taken: grams common up to MAX_GRAM, keys listed both ways round.
      expect(common.some((g) => [...g].length === MAX_GRAM)).toBe(true);
      for (const slot of LIST_SLOTS) expect(map.dense[slot].length, slot).toBeGreaterThan(0);
      expect(common.filter((g) => !map.dense.d.includes(g)).length).toBeGreaterThan(0);
      const texts = articles.map((a) => a.text);
      const queries: string[] = [];
      for (let i = 0; i < 150; i++) {
        const t = texts[Math.floor(rnd() * texts.length)]!;
        const len = 1 + Math.floor(rnd() * 14);
        const at = Math.floor(rnd() * Math.max(1, t.length - len));
        queries.push(t.slice(at, at + len).split(FIELD_END)[0]!);
        queries.push(word(1 + Math.floor(rnd() * 10)));
      }
      queries.push(...common);
      const wrong: string[] = [];
      for (const q of new Set(queries.filter(Boolean))) {
        const truth = articles.flatMap((a, n) => (a.text.split(FIELD_END).some((f) => f.includes(q)) ? [n] : []));
        const { hits } = await runSearch(pf, map, { q });
        const got = hits.map((h) => h.n).sort((a, b) => a - b);
        if (got.join() !== truth.join()) wrong.push(`${q}: ${got.length} for ${truth.length}`);
        for (const h of hits) {
          const a = articles[h.n]!;
          const inTitle = [a.title, a.org].some((f) => f.includes(q));
          // Title hits are known for grams and phrases; a single character is not ranked by title.
          if ([...q].length > 1) expect(h.inTitle, `${q} in ${h.n}`).toBe(inTitle);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('places the first occurrence of a phrase looked up by position at its character', async () => {
    const { articles, lex, map, pf } = archive(4);
    let checked = 0;
    for (const [n, a] of articles.entries()) {
      const q = a.body.slice(5, 15);
      if (planTerm(q, lex).by !== 'position') continue;
      const hit = (await runSearch(pf, map, { q })).hits.find((h) => h.n === n)!;
      expect(hit.firstChar).toBe(a.text.indexOf(q));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('index words', () => {
  it('takes two words per character, fillers where no gram stands, then article lists both ways round', () => {
    const lex: Lexicon = { common: new Set(['工会']), dense: { u: new Set(['职', '书']), d: new Set(), h: new Set() } };
    const words = articleWords([...`工会${FIELD_END}职工`], 2, lex);
    expect(words.slice(0, 10)).toEqual([
      FILLER,
      FILLER,
      FILLER,
      FILLER,
      FILLER,
      FILLER,
      `b2${charCode('职')}${charCode('工')}`,
      FILLER,
      FILLER,
      FILLER,
    ]);
    // 工会 is in the title part too: listed twice.
    expect(words.filter((w) => w === `l2${charCode('工')}${charCode('会')}0`)).toHaveLength(2);
    // A dense character it has is not listed; one it lacks is, among the absent.
    expect(words).toContain(`l1${charCode('工')}0`);
    expect(words).not.toContain(`l1${charCode('职')}0`);
    expect(words).toContain(`l1${charCode('书')}2`);
  });
});
