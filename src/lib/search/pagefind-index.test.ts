import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  chunkFor,
  openIndex,
  parseMeta,
  unpack,
  wordPositions,
  type IndexMeta,
} from './pagefind-index.ts';

/** A CBOR encoder for the shapes Pagefind writes (integers, text, arrays): the test's own, independent of the reader. */
type Item = number | string | Item[];
function cbor(x: Item): number[] {
  const head = (major: number, n: number): number[] =>
    n < 24
      ? [(major << 5) | n]
      : n < 256
        ? [(major << 5) | 24, n]
        : n < 65536
          ? [(major << 5) | 25, n >> 8, n & 255]
          : [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  if (typeof x === 'number') return x >= 0 ? head(0, x) : head(1, -1 - x);
  if (typeof x === 'string') {
    const b = [...new TextEncoder().encode(x)];
    return [...head(3, b.length), ...b];
  }
  return [...head(4, x.length), ...x.flatMap(cbor)];
}
const signed = (x: Item) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(cbor(x))]);
const file = (x: Item) => new Uint8Array(gzipSync(signed(x)));

describe('the Pagefind index reader', () => {
  it('unpacks a file and refuses one without the signature', async () => {
    expect([...(await unpack(file([1, 'a']), 'f'))]).toEqual(cbor([1, 'a']));
    await expect(
      unpack(new Uint8Array(gzipSync(Buffer.from('not an index'))), 'x.pf_index'),
    ).rejects.toThrow(/x\.pf_index: not a Pagefind index file/);
  });

  it('takes a file the host already inflated (served with Content-Encoding: gzip) as it is', async () => {
    expect([...(await unpack(new Uint8Array(signed([1, 'a'])), 'f'))]).toEqual(cbor([1, 'a']));
  });

  it('unpacks without DecompressionStream too (older browsers)', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      expect([...(await unpack(file([1, 'a']), 'f'))]).toEqual(cbor([1, 'a']));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(typeof DecompressionStream).toBe('function');
  });

  it('reads the pages and chunks of the meta file, skipping what it does not use', async () => {
    const meta = parseMeta(
      await unpack(
        file([
          '1.6.0',
          [
            ['zh-cn_a', 3000, ''],
            ['zh-cn_b', 70000, ''],
          ],
          [
            ['a', 'b1', 'zh-cn_1'],
            ['b2', 'c', 'zh-cn_2'],
          ],
          [],
          [],
          ['title'],
        ]),
        'meta',
      ),
    );
    expect(meta).toEqual({
      version: '1.6.0',
      pages: ['zh-cn_a', 'zh-cn_b'],
      chunks: [
        { from: 'a', to: 'b1', id: 'zh-cn_1' },
        { from: 'b2', to: 'c', id: 'zh-cn_2' },
      ],
    });
  });

  it('finds the chunk of a word longer than the shortened bounds', () => {
    // As Pagefind writes them: `to` is cut to the shortest prefix that tells it from the next `from`.
    const meta: IndexMeta = {
      version: '1.6.0',
      pages: [],
      chunks: [
        { from: 'b2011', to: 'b3gbig30i', id: 'one' },
        { from: 'b3gbig30k', to: 'b4', id: 'two' },
        { from: 'b6', to: 'l7', id: 'three' },
      ],
    };
    expect(chunkFor(meta, 'b3gbig30i3o')).toBe('one');
    expect(chunkFor(meta, 'b3gbig30k')).toBe('two');
    expect(chunkFor(meta, 'b5zzz')).toBe('two');
    expect(chunkFor(meta, 'z')).toBe('three');
    expect(chunkFor(meta, 'a')).toBeUndefined();
  });

  it('decodes a word’s pages and positions, both stored as differences, and only that word', async () => {
    const chunk = await unpack(
      file([
        [
          ['b2aa', [[0, [-25, 5, 3], []]], []],
          [
            'b2ab',
            [
              [1, [-25, 10, 100000, 2], []],
              [2, [-25, 7], []],
            ],
            [],
          ],
          ['b2ac', [[0, [-25, 1], []]], []],
        ],
      ]),
      'chunk',
    );
    expect(wordPositions(chunk, 'b2ab')).toEqual(
      new Map([
        [1, [10, 100010, 100012]],
        [3, [7]],
      ]),
    );
    expect(wordPositions(chunk, 'b2aa')).toEqual(new Map([[0, [5, 8]]]));
    // Exact words only: a prefix of a word is not that word.
    expect(wordPositions(chunk, 'b2a')).toEqual(new Map());
  });

  it('opens an index by its meta file, looks words up, and tries a failed chunk again', async () => {
    const files: Record<string, Uint8Array> = {
      '/pf/pagefind.x.pf_meta': file([
        '1.6.0',
        [
          ['zh-cn_r0', 10, ''],
          ['zh-cn_r1', 10, ''],
        ],
        [
          ['b2aa', 'b2b', 'c1'],
          ['b2c', 'b2d', 'c2'],
        ],
        [],
        [],
        [],
      ]),
      '/pf/index/c1.pf_index': file([[['b2ab', [[1, [-25, 4], []]], []]]]),
      '/pf/index/c2.pf_index': file([[['b2cc', [[0, [-25, 2, 2], []]], []]]]),
    };
    let offline = true;
    const reads: string[] = [];
    const pf = await openIndex('/pf/', 'pagefind.x.pf_meta', async (path) => {
      reads.push(path);
      if (offline && path.endsWith('c2.pf_index')) throw new Error('offline');
      return files[path]!;
    });
    expect((await pf.search('b2ab'))?.results).toEqual([{ id: 'zh-cn_r1', words: [4] }]);
    // Before the first chunk, or missing from its chunk: found nowhere, without an error.
    expect((await pf.search('a'))?.results).toEqual([]);
    expect((await pf.search('b2az'))?.results).toEqual([]);
    await expect(pf.search('b2cc')).rejects.toThrow('offline');
    offline = false;
    expect((await pf.search('b2cc'))?.results).toEqual([{ id: 'zh-cn_r0', words: [2, 4] }]);
    // Each chunk is read once it has loaded.
    await pf.search('b2ab');
    expect(reads.filter((r) => r.endsWith('c1.pf_index'))).toHaveLength(1);
  });
});
