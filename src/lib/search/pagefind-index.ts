/**
 * Reads the Pagefind index that scripts/index-search.ts writes, without
 * Pagefind's runtime. Pagefind builds the index (its Node API) and its files
 * are what the site serves; the question the search asks of them is only
 * "where does this exact word stand, in which record" (grams.ts). Pagefind's
 * runtime answers it by scoring every position and passing each one through
 * JSON — about 2 µs a position, and a lookup of a common key returns up to
 * half the archive's articles — and its JS and WebAssembly are ≈ 70 KB of
 * every first query. Here a lookup reads the positions straight from the
 * chunk: microseconds, and no code to fetch beyond this module.
 *
 * The format (Pagefind 1.6; every file gzip, then the signature
 * `pagefind_dcd`, then CBOR):
 * - `pagefind-entry.json`: the index of each language, by hash (read at build:
 *   the map names the meta file, `SearchMap.index`);
 * - `pagefind.<hash>.pf_meta`: [version, pages [[page id, words, …]],
 *   chunks [[first word, last word (both shortened), chunk id]], …];
 * - `index/<chunk id>.pf_index`: [[[word, pages, variants]]], the words in
 *   order; each page [page number − the previous one's, [−(weight + 1),
 *   position − the previous one's, …], metadata positions]. Variants (forms
 *   with diacritics) and metadata positions are skipped: our words are ASCII
 *   and our records have no metadata fields.
 * Pagefind looks a word up by prefix; our words carry their length (grams.ts)
 * so that no word is another's prefix, and an exact lookup finds what
 * Pagefind's would. tests/build/pagefind-index.test.ts checks a sample of
 * every chunk's words (its first, its last and every 7th) against Pagefind's
 * own search on the built index, and the build refuses an index written by
 * another Pagefind version, so an upgrade that changes the format fails there,
 * not on the site.
 */
import type { PagefindApi } from './client.ts';

/** The Pagefind version whose format this reader was checked against (scripts/index-search.ts refuses another). */
export const PAGEFIND_FORMAT = '1.6.0';

/** The language the index is built for (Pagefind's `forceLanguage`): one index for the archive. */
export const INDEX_LANGUAGE = 'zh-cn';

/** The name of an index's meta file, from the hash `pagefind-entry.json` gives. */
export const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;

export interface IndexMeta {
  version: string;
  /** Page (our record) ids, by Pagefind's page number. */
  pages: string[];
  /** The index chunks, in word order, with their bounds as Pagefind shortens them ({@link chunkFor}). */
  chunks: { from: string; to: string; id: string }[];
}

const SIGNATURE = 'pagefind_dcd';
const utf8 = new TextDecoder();

/**
 * Undoes gzip with the browser's own `DecompressionStream` (Chrome 80, Firefox 113,
 * Safari 16.4); where a browser lacks it (an older iPhone, an old WebView), with
 * fflate, fetched only then.
 */
async function gunzip(file: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') return (await import('fflate')).gunzipSync(file);
  const stream = new Blob([file as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A file's CBOR, after its signature. Pagefind's files are gzip; a host that
 * serves them with `Content-Encoding: gzip` has the browser undo it already,
 * so the signature is looked for first, as Pagefind's runtime does.
 */
export async function unpack(file: Uint8Array, name: string): Promise<Uint8Array> {
  const signed = (b: Uint8Array) => utf8.decode(b.subarray(0, SIGNATURE.length)) === SIGNATURE;
  const bytes = signed(file) ? file : await gunzip(file);
  if (!signed(bytes))
    throw new Error(`${name}: not a Pagefind index file (no ${SIGNATURE} signature)`);
  return bytes.subarray(SIGNATURE.length);
}

/**
 * Just enough CBOR (RFC 8949) for Pagefind's files: unsigned and negative
 * integers, text and byte strings, arrays and maps of known length. A
 * general decoder would build every word of a chunk as objects; this one
 * skips the words it is not asked for.
 */
class Cbor {
  at = 0;
  readonly b: Uint8Array;
  constructor(b: Uint8Array) {
    this.b = b;
  }

  /** The next head: its major type and argument (a length or a value). */
  head(): { major: number; arg: number } {
    const first = this.b[this.at++]!;
    const major = first >> 5;
    const info = first & 31;
    let arg: number;
    if (info < 24) arg = info;
    else if (info === 24) arg = this.b[this.at++]!;
    else if (info === 25) arg = (this.b[this.at++]! << 8) | this.b[this.at++]!;
    else if (info === 26) {
      arg =
        ((this.b[this.at]! << 24) >>> 0) +
        ((this.b[this.at + 1]! << 16) | (this.b[this.at + 2]! << 8) | this.b[this.at + 3]!);
      this.at += 4;
    } else throw new Error(`unsupported CBOR item (${first.toString(16)}) at byte ${this.at - 1}`);
    return { major, arg };
  }

  array(): number {
    const h = this.head();
    if (h.major !== 4) throw new Error(`expected a CBOR array at byte ${this.at}`);
    return h.arg;
  }

  int(): number {
    const h = this.head();
    if (h.major === 0) return h.arg;
    if (h.major === 1) return -1 - h.arg;
    throw new Error(`expected a CBOR integer at byte ${this.at}`);
  }

  /** A text string's bytes, not decoded. */
  textBytes(): Uint8Array {
    const h = this.head();
    if (h.major !== 3) throw new Error(`expected a CBOR text at byte ${this.at}`);
    this.at += h.arg;
    return this.b.subarray(this.at - h.arg, this.at);
  }

  text(): string {
    return utf8.decode(this.textBytes());
  }

  skip(): void {
    const h = this.head();
    if (h.major === 2 || h.major === 3) this.at += h.arg;
    else if (h.major === 4) for (let i = 0; i < h.arg; i++) this.skip();
    else if (h.major === 5) for (let i = 0; i < 2 * h.arg; i++) this.skip();
  }
}

/** The meta file's CBOR (after {@link unpack}): version, pages and chunks. */
export function parseMeta(cbor: Uint8Array): IndexMeta {
  const r = new Cbor(cbor);
  const fields = r.array();
  const version = r.text();
  const pages: string[] = [];
  for (let n = r.array(), i = 0; i < n; i++) {
    const parts = r.array();
    pages.push(r.text());
    for (let j = 1; j < parts; j++) r.skip();
  }
  const chunks: IndexMeta['chunks'] = [];
  for (let n = r.array(), i = 0; i < n; i++) {
    const parts = r.array();
    const chunk = { from: r.text(), to: r.text(), id: r.text() };
    for (let j = 3; j < parts; j++) r.skip();
    chunks.push(chunk);
  }
  for (let i = 3; i < fields; i++) r.skip();
  return { version, pages, chunks };
}

/**
 * The chunk that would hold a word: the last whose first word is not after
 * it. Pagefind shortens the bounds it writes to the shortest prefixes that
 * still tell two neighbouring chunks apart (a chunk's `to` may be a prefix of
 * its last word), so `to` says nothing exact; but a chunk's shortened `from`
 * still sorts after every word of the chunk before it. Words are compared as
 * Pagefind sorts them, by UTF-8 bytes; for our words (ASCII, grams.ts) that is
 * JavaScript's own order.
 */
export function chunkFor(meta: IndexMeta, word: string): string | undefined {
  let lo = 0;
  let hi = meta.chunks.length - 1;
  let found: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (meta.chunks[mid]!.from <= word) {
      found = meta.chunks[mid]!.id;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Where a word stands, per page number, from a chunk's CBOR (after
 * {@link unpack}); an empty map if the chunk does not have it. Positions come
 * in order within a weight (our records have one).
 */
export function wordPositions(cbor: Uint8Array, word: string): Map<number, number[]> {
  const target = new TextEncoder().encode(word);
  const r = new Cbor(cbor);
  r.array();
  const out = new Map<number, number[]>();
  for (let n = r.array(), i = 0; i < n; i++) {
    const parts = r.array();
    if (!sameBytes(r.textBytes(), target)) {
      for (let j = 1; j < parts; j++) r.skip();
      continue;
    }
    let page = 0;
    for (let pages = r.array(), p = 0; p < pages; p++) {
      const pageParts = r.array();
      page += r.int();
      const positions: number[] = [];
      let at = 0;
      for (let locs = r.array(), k = 0; k < locs; k++) {
        const v = r.int();
        // A negative number sets the weight of the positions after it, which start again from 0.
        if (v < 0) at = 0;
        else positions.push((at += v));
      }
      out.set(page, positions);
      // Positions in metadata fields: our records have none.
      for (let j = 2; j < pageParts; j++) r.skip();
    }
    return out;
  }
  return out;
}

/** Every word of a chunk, in order (for the test that checks the reader against Pagefind's own search). */
export function chunkWords(cbor: Uint8Array): string[] {
  const r = new Cbor(cbor);
  r.array();
  const words: string[] = [];
  for (let n = r.array(), i = 0; i < n; i++) {
    const parts = r.array();
    words.push(r.text());
    for (let j = 1; j < parts; j++) r.skip();
  }
  return words;
}

/** How the reader gets a file's bytes: fetch in the browser, a server or the disk in tests. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Keeps a lookup's result for the next keystrokes; beyond this many words, the oldest go. */
const KEPT_WORDS = 512;

/**
 * Opens the index under `base` (`/pagefind/`) by its meta file (the map's
 * `index`), then looks words up on demand, fetching each chunk once.
 * Implements the part of Pagefind's API the search uses ({@link PagefindApi}),
 * with exact words.
 */
export async function openIndex(base: string, meta: string, read: ReadFile): Promise<PagefindApi> {
  const metaPath = `${base}${meta}`;
  const m = parseMeta(await unpack(await read(metaPath), metaPath));
  if (m.version !== PAGEFIND_FORMAT)
    throw new Error(
      `${metaPath}: written by Pagefind ${m.version}; this reader knows the format of ${PAGEFIND_FORMAT} (src/lib/search/pagefind-index.ts)`,
    );
  const chunks = new Map<string, Promise<Uint8Array>>();
  const words = new Map<string, Promise<Map<number, number[]>>>();
  const lookUp = async (word: string) => {
    const id = chunkFor(m, word);
    if (!id) return new Map<number, number[]>();
    let chunk = chunks.get(id);
    if (!chunk) {
      const path = `${base}index/${id}.pf_index`;
      const loading = read(path).then((b) => unpack(b, path));
      // A failed fetch (offline) is tried again by the next lookup.
      loading.catch(() => chunks.get(id) === loading && chunks.delete(id));
      chunks.set(id, (chunk = loading));
    }
    return wordPositions(await chunk, word);
  };
  return {
    async search(word: string) {
      let found = words.get(word);
      if (!found) {
        const looking = lookUp(word);
        looking.catch(() => words.get(word) === looking && words.delete(word));
        words.set(word, (found = looking));
        if (words.size > KEPT_WORDS) words.delete(words.keys().next().value!);
      }
      const byPage = await found;
      return {
        results: [...byPage].map(([page, positions]) => ({ id: m.pages[page]!, words: positions })),
      };
    },
  };
}
