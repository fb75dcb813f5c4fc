/**
 * The seed's text came through an extraction that turned most of the printed
 * full-width punctuation into ASCII (3,147 `,` against 190 `，`), so Chinese
 * lines read cramped. These functions put the full-width forms back at render
 * time only: the MDX source, the plain text and the search index keep what
 * was imported, so a search for either form still finds the text.
 *
 * Which neighbours count (GB/T 15834 uses full-width marks in Chinese text):
 * - Chinese context: Han characters, CJK and full-width punctuation, and the
 *   curly quotes “ ” ‘ ’ (in this archive they are always Chinese quotes).
 * - Everything else — Latin letters, digits, `%`, text edges — is neutral.
 * A mark becomes full-width when a neighbour (past spaces) is Chinese: a
 * comma after “APP” or “99%” before a Han character ends a Chinese clause
 * (“通过APP，创客”). Marks with no Chinese neighbour stay as they are: “1,000”,
 * “10:30”, “ETC: foo”, “Hello, world!”. Spaces next to a converted mark are
 * dropped: the full-width mark carries its own.
 */

const HAN = /\p{Script=Han}/u;
/** CJK symbols and punctuation, full-width forms, curly quotes, the ellipsis and the middle dot. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/u;

const MARKS = /[,;:?!()]/;
const FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Whether a character makes its neighbourhood Chinese. */
export function isChineseContext(ch: string | undefined): boolean {
  return !!ch && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

/** Text around the string being converted (neighbouring text nodes of the same block). */
export interface PunctuationContext {
  /** The text just before, e.g. the previous text node's last character. */
  before?: string;
  /** The text just after. */
  after?: string;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** The nearest character that is not a space, looking from `i` in direction `step`; `undefined` at the edge. */
function neighbour(s: string, i: number, step: 1 | -1): { ch: string | undefined; at: number } {
  let j = i + step;
  while (j >= 0 && j < s.length && isSpace(s[j])) j += step;
  return { ch: j >= 0 && j < s.length ? s[j] : undefined, at: j };
}

/** Where the `(` at `open` is closed in `s`, or -1. */
function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Half-width `, ; : ? ! ( )` in Chinese context → `，；：？！（）`, leaving
 * Latin and number contexts alone (see the module comment for the rule).
 * A pair of parentheses is converted as a pair when its content has a Han
 * character or Chinese touches it outside: `(综合《解放日报》等)` →
 * `（综合《解放日报》等）`, `CTF(夺旗赛)` → `CTF（夺旗赛）`, `f(x)` untouched.
 */
export function fullWidthPunctuation(text: string, context: PunctuationContext = {}): string {
  // Most text nodes have no mark at all: every body is rendered on each content load.
  if (!MARKS.test(text)) return text;
  const before = context.before ?? '';
  const after = context.after ?? '';
  // Work on the text with its context attached so neighbours across node edges count.
  const s = before + text + after;
  const start = before.length;
  const end = start + text.length;
  const out = s.split('');
  const drop = new Set<number>();
  const convert = (i: number, prev: { at: number }, next: { at: number }) => {
    out[i] = FULL[s[i]!]!;
    for (let j = prev.at + 1; j < i; j++) if (j >= start) drop.add(j);
    for (let j = i + 1; j < next.at && j < s.length; j++) if (j < end) drop.add(j);
  };
  // Parentheses go as pairs: both halves full-width, or neither.
  const paired = new Set<number>();
  for (let i = start; i < end; i++) {
    if (s[i] !== '(' || paired.has(i)) continue;
    const close = matchParen(s, i);
    if (close < 0) continue;
    paired.add(i).add(close);
    const prev = neighbour(s, i, -1);
    const next = neighbour(s, close, 1);
    const han =
      HAN.test(s.slice(i + 1, close)) || isChineseContext(prev.ch) || isChineseContext(next.ch);
    if (!han) continue;
    // Spaces outside a converted pair go; spaces inside are the author's.
    out[i] = '（';
    if (isChineseContext(prev.ch))
      for (let j = Math.max(start, prev.at + 1); j < i; j++) drop.add(j);
    if (close < end) {
      out[close] = '）';
      if (isChineseContext(next.ch))
        for (let j = close + 1; j < Math.min(end, next.at); j++) drop.add(j);
    }
  }
  for (let i = start; i < end; i++) {
    const ch = s[i]!;
    if (!(ch in FULL) || paired.has(i)) continue;
    const prev = neighbour(s, i, -1);
    const next = neighbour(s, i, 1);
    if (!isChineseContext(prev.ch) && !isChineseContext(next.ch)) continue;
    convert(i, prev, next);
  }
  return out
    .slice(start, end)
    .filter((_, k) => !drop.has(k + start))
    .join('');
}
