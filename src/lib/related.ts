/**
 * Related reports for an article: other pilot reports that share its
 * practices (src/data/practices.yaml), its type or its city — the questions a
 * cadre asks next ("who else did 工资集体协商?"). Scored once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DATA_DIR } from '../ingest/load-data.ts';
import { plainTextOf, type Archive, type Article } from './content.ts';

export interface Related {
  article: Article;
  shared: string[];
  sameType: boolean;
  sameCity: boolean;
}

let practices: string[] | undefined;
const practicesOf = new Map<string, string[]>();

function practiceList(): string[] {
  practices ??= parseYaml(readFileSync(join(DATA_DIR, 'practices.yaml'), 'utf8')) as string[];
  return practices;
}

/** The practices an article's text names. */
export function practicesIn(a: Article): string[] {
  let p = practicesOf.get(a.id);
  if (!p) {
    const text = `${a.data.title}${a.data.org ?? ''}${plainTextOf(a)}`;
    p = practiceList().filter((x) => text.includes(x));
    practicesOf.set(a.id, p);
  }
  return p;
}

/** Up to `limit` related pilot reports, best first; ties in archive order. */
export function relatedTo(archive: Archive, a: Article, limit = 5): Related[] {
  if (a.data.kind !== 'pilot') return [];
  const mine = new Set(practicesIn(a));
  const scored = archive.pilots
    .filter((b) => b.id !== a.id)
    .map((b, i) => {
      const shared = practicesIn(b).filter((x) => mine.has(x));
      const sameType = b.data.type === a.data.type;
      const sameCity = b.data.city === a.data.city;
      return { article: b, shared, sameType, sameCity, score: shared.length * 2 + (sameType ? 1.5 : 0) + (sameCity ? 1 : 0), i };
    })
    .filter((r) => r.score > 0)
    .sort((x, y) => y.score - x.score || x.i - y.i);
  return scored.slice(0, limit).map(({ article, shared, sameType, sameCity }) => ({ article, shared, sameType, sameCity }));
}
