/**
 * Related reports for an article: other pilot reports that share its
 * practices (src/data/practices.yaml), its type or its city — the questions a
 * cadre asks next ("who else did 工资集体协商?"). Scored once per build.
 */
import type { Archive, Article } from './content.ts';
import { findPractices } from './practices.ts';

export interface Related {
  article: Article;
  shared: string[];
  sameType: boolean;
  sameCity: boolean;
}

/** The practices an article describes, by name (frontmatter or text: src/lib/practices.ts). */
export function practicesIn(a: Article): string[] {
  return findPractices(a).map((p) => p.name);
}

/**
 * Per build: for each practice, type and city, the pilot reports that have it,
 * in archive order; and each report's position. Candidates for an article are
 * then taken from a window around its position in each of its lists, so the
 * work per article is bounded whatever the archive's size (a scan of every
 * pilot for every article grows as the square: 75 million pairs at 100 issues).
 */
interface RelatedIndex {
  lists: Map<string, number[]>;
  position: Map<string, number>;
}

const indexes = new WeakMap<Archive, RelatedIndex>();
const WINDOW = 40;

function buildRelatedIndex(archive: Archive): RelatedIndex {
  let idx = indexes.get(archive);
  if (!idx) {
    const lists = new Map<string, number[]>();
    const add = (key: string, i: number) => {
      const list = lists.get(key);
      if (list) list.push(i);
      else lists.set(key, [i]);
    };
    archive.pilots.forEach((b, i) => {
      for (const p of practicesIn(b)) add(`p:${p}`, i);
      if (b.data.type) add(`t:${b.data.type}`, i);
      if (b.data.city) add(`c:${b.data.city}`, i);
    });
    idx = { lists, position: new Map(archive.pilots.map((b, i) => [b.id, i])) };
    indexes.set(archive, idx);
  }
  return idx;
}

/** The entries of a sorted list within `WINDOW` places of where `at` stands in it. */
function around(list: number[], at: number): number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - WINDOW), lo + WINDOW + 1);
}

/** Up to `limit` related pilot reports, best first; ties nearest in archive order. */
export function relatedTo(archive: Archive, a: Article, limit = 5): Related[] {
  if (a.data.kind !== 'pilot') return [];
  const idx = buildRelatedIndex(archive);
  const at = idx.position.get(a.id) ?? 0;
  const mine = new Set(practicesIn(a));
  const keys = [...[...mine].map((p) => `p:${p}`), `t:${a.data.type}`, `c:${a.data.city}`];
  const candidates = new Set(keys.flatMap((k) => around(idx.lists.get(k) ?? [], at)));
  candidates.delete(at);
  const scored = [...candidates].map((i) => {
    const b = archive.pilots[i]!;
    const shared = practicesIn(b).filter((x) => mine.has(x));
    const sameType = b.data.type === a.data.type;
    const sameCity = b.data.city === a.data.city;
    return {
      article: b,
      shared,
      sameType,
      sameCity,
      score: shared.length * 2 + (sameType ? 1.5 : 0) + (sameCity ? 1 : 0),
      distance: Math.abs(i - at),
      i,
    };
  });
  return scored
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score || x.distance - y.distance || x.i - y.i)
    .slice(0, limit)
    .map(({ article, shared, sameType, sameCity }) => ({ article, shared, sameType, sameCity }));
}
