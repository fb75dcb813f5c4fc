/**
 * Which words the search index holds for a text, and which of them a phrase
 * is looked up by: character n-grams whose length adapts to how common they
 * are, so that no lookup has to read the positions of a very common string.
 *
 * A plain bigram index answers a phrase from the positions of its bigrams; at
 * 400 issues 工会 alone has about a million, and every phrase that starts or
 * ends with it reads them all (1.3 s). Here a gram is *common* when it occurs
 * at least once in {@link COMMON_SHARE} positions of the archive, and only
 * uncommon grams are looked up by position:
 *
 * - at each position, the *forward* gram (slot `b`): the shortest uncommon
 *   gram starting there (the bigram, unless the bigram is common);
 * - where the bigram ending at a position is common, the *backward* gram
 *   (slot `k`): the shortest uncommon gram ending there;
 * - a gram still common at {@link MAX_GRAM} characters is used as it is.
 *
 * A phrase that is not common itself is covered by forward and backward grams
 * lying inside it (`planTerm`; the comment there says why a cover exists), and
 * occurs exactly where they all stand at their offsets. A phrase that is
 * common (of at most {@link MAX_GRAM} characters) is found by article instead
 * (slot `d`: each article lists the common grams it contains, once each; `h`
 * the same for its title and organisation), and a single character by `u`
 * (the article's distinct characters); a key more than half the articles
 * have is listed by the articles without it ({@link Lexicon}). Every lookup
 * thus reads either fewer than one position in {@link COMMON_SHARE} of the
 * archive, or at most one entry for half the articles.
 *
 * The common grams and dense keys are counted at index time over the whole
 * archive and shipped with the map (record.ts), so the client plans exactly
 * the words the index holds.
 */
import { charCode } from './tokens.ts';

/** Grams are counted up to this length; one still common here is used as it is. */
export const MAX_GRAM = 8;
/** A gram is common when it occurs at least once in this many positions (≈ 8,000 occurrences at 400 issues). */
export const COMMON_SHARE = 4000;
/** Below this count nothing is common (a small archive is a plain bigram index). */
export const MIN_COMMON = 16;
/** Marks where a field ends inside an article's text: no gram crosses it. */
export const FIELD_END = '\u0002';
/** Takes a position in Pagefind without being indexed (Pagefind drops words without letters or digits). */
export const FILLER = '.';
/**
 * An article's run of words is padded with fillers to a multiple of this, so
 * that the map gives its length in these units: small numbers, a few
 * kilobytes less for every first query at 400 issues. Fillers cost Pagefind
 * nothing but the content it never serves.
 */
export const RUN_UNIT = 256;

/** The common grams, as a set of strings. */
export type Common = ReadonlySet<string>;

const code = (chars: readonly string[], from: number, to: number): string => {
  let s = '';
  for (let i = from; i < to; i++) s += charCode(chars[i]!);
  return s;
};

/**
 * The common grams of an archive: every gram of 2 to {@link MAX_GRAM}
 * characters occurring at least `threshold` times. Counted level by level: a
 * gram can only be common if the two grams one shorter inside it are, so only
 * those positions are counted at the next length.
 */
export function countCommon(texts: readonly string[], threshold: number): string[] {
  const common: string[] = [];
  // Per text, the positions whose gram of the current length is counted
  // (none yet: every position, at length 2). Texts are kept as strings and
  // split into characters pass by pass, which at 400 issues saves gigabytes.
  let starts: (Int32Array | undefined)[] = texts.map(() => undefined);
  for (let len = 2; len <= MAX_GRAM; len++) {
    const counts = new Map<string, number>();
    const each = (x: number, f: (chars: string[], i: number, g: string) => void) => {
      const chars = [...texts[x]!];
      const at = starts[x];
      const n = at ? at.length : chars.length - 1;
      for (let k = 0; k < n; k++) {
        const i = at ? at[k]! : k;
        let g = '';
        for (let j = i; j < i + len; j++) g += chars[j]!;
        if (!at && g.includes(FIELD_END)) continue;
        f(chars, i, g);
      }
    };
    for (let x = 0; x < texts.length; x++)
      each(x, (_, __, g) => counts.set(g, (counts.get(g) ?? 0) + 1));
    const level = new Set<string>();
    for (const [g, n] of counts) if (n >= threshold) level.add(g);
    if (!level.size) break;
    common.push(...level);
    // Next length: positions where this gram and the one after it are both common.
    starts = texts.map((_, x) => {
      const here = new Set<number>();
      let chars: string[] = [];
      each(x, (c, i, g) => {
        chars = c;
        if (level.has(g)) here.add(i);
      });
      const next: number[] = [];
      for (const i of here)
        if (here.has(i + 1) && i + len < chars.length && chars[i + len] !== FIELD_END) next.push(i);
      return Int32Array.from(next);
    });
  }
  return common.sort();
}

/** The count from which a gram is common, for an archive of this many characters. */
export function commonThreshold(chars: number): number {
  return Math.max(MIN_COMMON, Math.ceil(chars / COMMON_SHARE));
}

/**
 * Length of the forward gram at `i`: the shortest uncommon gram starting
 * there, or {@link MAX_GRAM} if all are common; 0 if it would run past `end`.
 */
function forwardLength(chars: readonly string[], i: number, end: number, common: Common): number {
  let g = chars[i]!;
  for (let len = 2; len <= MAX_GRAM; len++) {
    if (i + len > end) return 0;
    g += chars[i + len - 1]!;
    if (!common.has(g) || len === MAX_GRAM) return len;
  }
  return 0;
}

/**
 * Length of the backward gram ending at `e` (only where the bigram ending
 * there is common: otherwise the forward gram one before is that bigram), or
 * 0: none, or it would start before `start`.
 */
function backwardLength(chars: readonly string[], e: number, start: number, common: Common): number {
  if (e - 1 < start || !common.has(chars[e - 1]! + chars[e]!)) return 0;
  let g = chars[e - 1]! + chars[e]!;
  for (let len = 3; len <= MAX_GRAM; len++) {
    if (e - len + 1 < start) return 0;
    g = chars[e - len + 1]! + g;
    if (!common.has(g) || len === MAX_GRAM) return len;
  }
  return 0;
}

/** The slots of the index: forward and backward grams by position; article lists (all written in slot `l`). */
export type Slot = 'b' | 'k' | 'l';
/** Article lists: distinct characters, common grams, common grams of the title part. */
export type ListSlot = 'u' | 'd' | 'h';
export const LIST_SLOTS: readonly ListSlot[] = ['u', 'd', 'h'];

/**
 * What the client must know of the index to plan a term: the common grams,
 * and per article list the *dense* keys — those more than half the articles
 * have. A dense key is written the other way round: each article *without*
 * it lists it ({@link listToken}), so a lookup reads at most
 * half the articles (工 and 工会, in nearly every report, read the few
 * without them).
 */
export interface Lexicon {
  common: Common;
  dense: Record<ListSlot, ReadonlySet<string>>;
}

/**
 * A gram's word: slot, length, then each character's code. Pagefind matches a
 * word by prefix (and falls back to an indexed prefix of it), so no word may
 * be a prefix of another: with the length written first, two words of one
 * slot are either the same length, or differ at their second character.
 */
export const gramToken = (slot: Slot, chars: readonly string[], from: number, to: number) =>
  `${slot}${to - from}${code(chars, from, to)}`;

/**
 * The word of a key in an article list (`absent`: in the list of articles
 * without it). All lists share one slot, `l`, and differ in a last digit —
 * 0 the article has the key, 1 its title part has it, 2 and 3 the same
 * lacking it — so the words for one key sort next to each other and a term
 * and its title list load from one index chunk.
 */
export const listToken = (slot: ListSlot, key: string, absent = false) => {
  const chars = [...key];
  return `${gramToken('l', chars, 0, chars.length)}${(slot === 'h' ? 1 : 0) + (absent ? 2 : 0)}`;
};

/** An article's list keys: its distinct characters, common grams, and common grams of its title part. */
export function listKeys(
  text: readonly string[],
  titleChars: number,
  common: Common,
): Record<ListSlot, Set<string>> {
  const keys = { u: new Set<string>(), d: new Set<string>(), h: new Set<string>() };
  forEachField(text, (start, end) => {
    for (let i = start; i < end; i++) {
      keys.u.add(text[i]!);
      let g = text[i]!;
      for (let len = 2; len <= MAX_GRAM && i + len <= end; len++) {
        g += text[i + len - 1]!;
        if (!common.has(g)) break;
        keys.d.add(g);
        if (i + len <= titleChars) keys.h.add(g);
      }
    }
  });
  return keys;
}

/** Each field of a text, as [start, end): grams never cross a field's end. */
function forEachField(text: readonly string[], f: (start: number, end: number) => void): void {
  for (let start = 0; start <= text.length; ) {
    let end = start;
    while (end < text.length && text[end] !== FIELD_END) end++;
    f(start, end);
    start = end + 1;
  }
}

/**
 * The words of one article's run. The text (title and organisation first,
 * then the other head fields and the body, fields separated by
 * {@link FIELD_END}) takes two words per character: its forward gram, then
 * its backward gram, or {@link FILLER} — so a gram's word position tells its
 * character. Then its list words, which have no position: for each list, the
 * keys it has, and the dense keys it lacks ({@link Lexicon}); then fillers up
 * to a multiple of {@link RUN_UNIT}.
 */
export function articleWords(text: readonly string[], titleChars: number, lex: Lexicon): string[] {
  const words: string[] = [];
  forEachField(text, (start, end) => {
    for (let i = start; i < end; i++) {
      const f = forwardLength(text, i, end, lex.common);
      const b = backwardLength(text, i, start, lex.common);
      words.push(f ? gramToken('b', text, i, i + f) : FILLER);
      words.push(b ? gramToken('k', text, i - b + 1, i + 1) : FILLER);
    }
    if (end < text.length) words.push(FILLER, FILLER);
  });
  const keys = listKeys(text, titleChars, lex.common);
  const { u, d, h } = lex.dense;
  for (const k of keys.u) if (!u.has(k)) words.push(listToken('u', k));
  for (const k of u) if (!keys.u.has(k)) words.push(listToken('u', k, true));
  // A common gram the article has is listed once, and once more if its title
  // part has it too: one lookup tells both. A dense one is listed by the
  // articles without it, and its title list is a list of its own.
  for (const k of keys.d) {
    if (d.has(k)) continue;
    words.push(listToken('d', k));
    if (keys.h.has(k)) words.push(listToken('d', k));
  }
  for (const k of d) {
    if (!keys.d.has(k)) words.push(listToken('d', k, true));
    if (h.has(k) ? !keys.h.has(k) : keys.h.has(k)) words.push(listToken('h', k, h.has(k)));
  }
  while (words.length % RUN_UNIT) words.push(FILLER);
  return words;
}

/** Keys more than half the articles have, per list, from each list's count of articles per key. */
export function denseKeys(
  counts: Record<ListSlot, Map<string, number>>,
  articles: number,
): Record<ListSlot, string[]> {
  const out = { u: [] as string[], d: [] as string[], h: [] as string[] };
  for (const slot of LIST_SLOTS)
    for (const [k, n] of counts[slot]) if (n * 2 > articles) out[slot].push(k);
  for (const slot of LIST_SLOTS) out[slot].sort();
  return out;
}

/** One word of a phrase plan, and where it stands relative to the phrase's first word. */
export interface PlannedWord {
  token: string;
  /** Word offset from the phrase's start: 2 × start for a forward gram, 2 × end + 1 for a backward one. */
  offset: number;
}

/** An article list looked up: the articles it names have the key, or (`absent`) lack it. */
export interface ListLookup {
  token: string;
  absent: boolean;
  /** Listed twice where the title part has it too (a common gram that is not dense). */
  twiceInTitle?: boolean;
}

export type TermPlan =
  | { by: 'position'; words: PlannedWord[] }
  | { by: 'article'; list: ListLookup; title?: ListLookup };

/**
 * How a normalised, folded term is looked up. One character: by the list of
 * articles with it (`u`, or of those without it if it is dense). A common
 * gram: by its list (`d`, and `h` for the title). Otherwise the fewest forward and backward grams inside the term
 * that together cover every character (greedy, leftmost first).
 *
 * Why such a cover exists when the term is not common: take the backward gram
 * ending at the last character — it fits unless every suffix is common, in
 * which case the term itself would be; if the last bigram is uncommon, the
 * forward gram before it is that bigram. Any character c left of it starts a
 * suffix that is not common (it holds that backward gram's uncommon
 * suffix), so the forward gram at c fits. A gram common at
 * {@link MAX_GRAM} is emitted at that length, and fits once the term is
 * longer.
 */
export function planTerm(term: string, lex: Lexicon): TermPlan {
  const { common } = lex;
  const chars = [...term];
  const n = chars.length;
  const list = (slot: ListSlot): ListLookup => {
    const absent = lex.dense[slot].has(term);
    return { token: listToken(slot, term, absent), absent };
  };
  if (n === 1) return { by: 'article', list: list('u') };
  if (n <= MAX_GRAM && common.has(term))
    return lex.dense.d.has(term)
      ? { by: 'article', list: list('d'), title: list('h') }
      : { by: 'article', list: { ...list('d'), twiceInTitle: true } };
  const spans: { from: number; to: number; word: PlannedWord }[] = [];
  for (let i = 0; i < n; i++) {
    const f = forwardLength(chars, i, n, common);
    if (f) spans.push({ from: i, to: i + f, word: { token: gramToken('b', chars, i, i + f), offset: 2 * i } });
    const b = backwardLength(chars, i, 0, common);
    if (b)
      spans.push({
        from: i - b + 1,
        to: i + 1,
        word: { token: gramToken('k', chars, i - b + 1, i + 1), offset: 2 * i + 1 },
      });
  }
  const words: PlannedWord[] = [];
  for (let covered = 0; covered < n; ) {
    let best: (typeof spans)[number] | undefined;
    for (const s of spans) if (s.from <= covered && (!best || s.to > best.to)) best = s;
    if (!best || best.to <= covered) throw new Error(`no cover for “${term}”`);
    words.push(best.word);
    covered = best.to;
  }
  return { by: 'position', words };
}
