/**
 * The search reads Pagefind's index files itself (src/lib/search/pagefind-index.ts),
 * not through Pagefind's runtime. This checks the reader against that runtime
 * on the built index: for the words of every chunk, the same records and the
 * same positions. A Pagefind upgrade that changes the format fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkWords, PAGEFIND_FORMAT, unpack } from '../../src/lib/search/pagefind-index.ts';
import type { PagefindApi } from '../../src/lib/search/client.ts';
import { urls } from '../../src/lib/urls.ts';
import { loadPagefind, openServedIndex } from '../support/pagefind-node.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { DIST } from './helpers.ts';

const dir = join(DIST, urls.pagefind());
let server: DistServer;
let ours: PagefindApi;
let theirs: PagefindApi;

beforeAll(async () => {
  server = await serveDist();
  ours = await openServedIndex(server.url);
  theirs = await loadPagefind(server.url);
});
afterAll(async () => server?.close());

/** A lookup's answer in a form to compare: record → positions in order. */
async function positions(pf: PagefindApi, word: string): Promise<Record<string, number[]>> {
  const r = await pf.search(word);
  return Object.fromEntries(
    (r?.results ?? []).map((x) => [x.id, [...x.words].sort((a, b) => a - b)]),
  );
}

describe('the index reader and Pagefind', () => {
  it('reads an index written by the Pagefind version it knows', () => {
    const installed = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(PAGEFIND_FORMAT);
  });

  it('finds the words of the index where Pagefind’s own search finds them', async () => {
    // Each chunk's first and last words (where the chunk bounds matter) and every 7th word between:
    // the decoding is the same for every word, and Pagefind's search takes milliseconds a word.
    const words = (
      await Promise.all(
        readdirSync(join(dir, 'index')).map(async (f) =>
          chunkWords(await unpack(readFileSync(join(dir, 'index', f)), f)).filter(
            (_, i, all) => i % 7 === 0 || i === all.length - 1,
          ),
        ),
      )
    ).flat();
    expect(words.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    let found = 0;
    for (const w of words) {
      const [a, b] = await Promise.all([positions(ours, w), positions(theirs, w)]);
      if (Object.keys(a).length) found++;
      if (JSON.stringify(a) !== JSON.stringify(b)) wrong.push(w);
    }
    expect(wrong).toEqual([]);
    expect(found).toBe(words.length);
    // A word not in the index is found by neither.
    expect(await positions(ours, 'b9zzzzzzzzz')).toEqual({});
  }, 300_000);
});
