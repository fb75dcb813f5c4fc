/** Small pure helpers over Chinese text used across the import pipeline. */

const HAN = /\p{Script=Han}/u;

/** True for a Han (CJK ideograph) character. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** The Han characters of a string, in order: what the fidelity check compares. */
export function keepHan(s: string): string {
  let out = '';
  for (const ch of s) if (isHan(ch)) out += ch;
  return out;
}

/** Number of Han characters in a string. */
export function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (isHan(ch)) n++;
  return n;
}

/**
 * A comparison key: NFKC, Han and ASCII letters/digits only, lower case.
 * Used to match TOC entries against body headings, which differ in spacing,
 * brackets and quotes (`中国(杭州)` vs `中国杭州`).
 */
export function matchKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]/gu, '');
}

/** Length of the longest common subsequence of two strings (by code point). */
export function lcsLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      cur[j] = cx === y[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** Length of the longest common substring of two strings (by code point). */
export function longestCommonRun(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (cx === y[j - 1]) {
        const v = (prev[j - 1] ?? 0) + 1;
        cur[j] = v;
        if (v > best) best = v;
      }
    }
    prev = cur;
  }
  return best;
}

/** Visual width in half-width units: CJK and full-width forms count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c === 0x201c ||
      c === 0x201d ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 0x2014 ||
      c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

export { endsSentence } from '../core/patterns.ts';

/** True when the string holds a full stop (or ！？；) before its end: text, not a heading. */
export function hasInnerSentenceEnd(s: string): boolean {
  return /[。！？；][^。！？；]/u.test(s);
}

/** Whether brackets and quotes opened in `s` are left open (a line cut mid-phrase). */
export function hasOpenBracket(s: string): boolean {
  const pairs: [string, string][] = [
    ['(', ')'],
    ['（', '）'],
    ['“', '”'],
    ['《', '》'],
    ['‘', '’'],
  ];
  return pairs.some(([o, c]) => s.split(o).length > s.split(c).length);
}

/** Removes spaces that PDF extraction put between Han characters (`基层工会 改革`). */
export function closeHanSpaces(s: string): string {
  return s.replace(/(\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu, '$1');
}
