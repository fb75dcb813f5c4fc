import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../../src/lib/records.ts';

export const DIST = 'dist';

/** A built file's text; fails with a clear message when the site was not built. */
export function readDist(path: string): string {
  const p = join(DIST, path);
  if (!existsSync(p))
    throw new Error(`${p} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(p, 'utf8');
}

/** The page at a site URL (`/issues/x/`), from dist. */
export function readPage(url: string): string {
  return readDist(join(url, url.endsWith('/') ? 'index.html' : ''));
}

export function articles(): ArticleRecord[] {
  return JSON.parse(readDist('data/articles.json')) as ArticleRecord[];
}
