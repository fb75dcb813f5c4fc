import { MONTH_DAY_LINE, SOURCE_NOTE } from '../core/patterns.ts';
import type { Block, SourceLine } from './types.ts';
import { isHeadingLike } from './align.ts';
import {
  displayWidth,
  endsSentence,
  hanCount,
  hasInnerSentenceEnd,
  hasOpenBracket,
  isHan,
} from './text.ts';

/** A run of non-blank lines with no blank line between them, joined. */
export interface Piece {
  text: string;
  lines: number[];
  /** The lines' own texts, before joining. */
  parts: string[];
  /** Blank lines before the piece. */
  blanksBefore: number;
}

/** Groups lines into pieces; consecutive lines are one paragraph split by the extraction. */
export function toPieces(lines: SourceLine[]): Piece[] {
  const out: Piece[] = [];
  let blanks = 0;
  let cur: Piece | undefined;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) {
      if (cur) out.push(cur);
      cur = undefined;
      blanks++;
      continue;
    }
    if (cur) {
      cur.text = joinText(cur.text, t);
      cur.lines.push(l.no);
      cur.parts.push(t);
    } else {
      cur = { text: t, lines: [l.no], parts: [t], blanksBefore: blanks };
    }
    blanks = 0;
  }
  if (cur) out.push(cur);
  return out;
}

/** Joins two parts of one paragraph: no space in Chinese, one between Latin words. */
export function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** Counts of adjacent Han pairs inside lines: which words the issue's own text uses. */
export type BigramCounts = Map<string, number>;

export function countBigrams(texts: string[]): BigramCounts {
  const m: BigramCounts = new Map();
  for (const t of texts) {
    const chars = [...t];
    for (let i = 1; i < chars.length; i++) {
      const a = chars[i - 1] ?? '';
      const b = chars[i] ?? '';
      if (isHan(a) && isHan(b)) m.set(a + b, (m.get(a + b) ?? 0) + 1);
    }
  }
  return m;
}

/** Characters and words a heading does not end with: a line ending so was cut. */
const DANGLING =
  /(?:的|了|和|与|及|在|对|把|将|从|为|被|向|以|由|于|或|并|且|而|之|是|其|通过|按照|根据|围绕|依托|结合|针对|关于|对于)$/u;

/**
 * Whether `next` continues the paragraph `prev`, cut by a column or page
 * break. A paragraph that does not end a sentence continues. A short line
 * is either a subheading (kept) or the first line of a paragraph set at the
 * foot of a column (joined): it is the latter when it holds a full stop,
 * leaves a bracket open, ends on a function word, or — as wide as a column's
 * first line — ends mid-word, judged by how often the two characters across
 * the break stand together elsewhere in the issue.
 */
export function continuesParagraph(
  prev: string,
  next: string,
  bigrams: BigramCounts,
  siblings: string[] = [],
): boolean {
  if (MONTH_DAY_LINE.test(next) || SOURCE_NOTE.test(next) || /^编者按/u.test(next)) return false;
  if (MONTH_DAY_LINE.test(prev) || SOURCE_NOTE.test(prev)) return false;
  if (endsSentence(prev)) return false;
  if (/[，,、]$/u.test(prev)) return true;
  // Subheadings in this magazine are at most about 16 characters wide; a wider line is running text.
  if (!isHeadingLike(prev) || hanCount(prev) > 24 || displayWidth(prev) > 36) return true;
  if (hasInnerSentenceEnd(prev) || hasOpenBracket(prev) || DANGLING.test(prev)) return true;
  // Subheadings come in parallel series (党建先锋引领,推动组织联建 / 先进文化引领,实现阵地共建):
  // a line shaped like another heading-like line of the same article is one of them.
  if (siblings.some((s) => s !== prev && sameShape(s, prev))) return false;
  const unquoted = prev.replace(/“[^”]*”/gu, '');
  const last = [...prev].at(-1) ?? '';
  const first = [...next][0] ?? '';
  return displayWidth(prev) >= 22 && !/\s/.test(unquoted) && (bigrams.get(last + first) ?? 0) >= 3;
}

export interface RepairLog {
  /** Lines where a paragraph was rejoined across a break. */
  joins: { line: number; text: string }[];
}

/** Rejoins paragraphs cut by the layout and classifies the article's body blocks. */
export function buildBlocks(pieces: Piece[], bigrams: BigramCounts, log?: RepairLog): Block[] {
  const siblings = pieces
    .map((p) => p.text)
    .filter((t) => isSubheading(t) && displayWidth(t) <= 36);
  const merged: Piece[] = [];
  for (const p of pieces) {
    const prev = merged.at(-1);
    if (prev && continuesParagraph(prev.text, p.text, bigrams, siblings)) {
      absorb(prev, p, log);
    } else merged.push({ ...p, lines: [...p.lines], parts: [...p.parts] });
  }
  // Subheadings come in series; a lone heading-like line followed by running
  // text is the first line of that paragraph, cut off at a column's foot.
  const headingLike = merged.map((p, i) => i < merged.length - 1 && isSubheading(p.text));
  if (headingLike.filter(Boolean).length === 1) {
    const i = headingLike.indexOf(true);
    const p = merged[i]!;
    const next = merged[i + 1]!;
    if (
      !isSubheading(next.text) &&
      !/\s/u.test(p.text.replace(/“[^”]*”/gu, '')) &&
      continuesLoosely(p.text, next.text)
    ) {
      absorb(p, next, log);
      merged.splice(i + 1, 1);
    }
  }
  const blocks: Block[] = [];
  for (let i = 0; i < merged.length; i++) {
    const p = merged[i]!;
    const t = p.text;
    const next = merged[i + 1];
    if (/^编者按/u.test(t)) blocks.push({ type: 'editor-note', text: t, lines: p.lines });
    else if (MONTH_DAY_LINE.test(t) && next && !MONTH_DAY_LINE.test(next.text)) {
      blocks.push({ type: 'dated', date: t, text: next.text, lines: [...p.lines, ...next.lines] });
      i++;
    } else if (SOURCE_NOTE.test(t)) blocks.push({ type: 'source-note', text: t, lines: p.lines });
    else if (isSubheading(t)) {
      blocks.push({
        type: i === merged.length - 1 ? 'signature' : 'heading',
        text: t,
        lines: p.lines,
      });
    } else blocks.push({ type: 'paragraph', text: t, lines: p.lines });
  }
  return blocks;
}

function isSubheading(t: string): boolean {
  return (
    isHeadingLike(t) &&
    hanCount(t) <= 30 &&
    !MONTH_DAY_LINE.test(t) &&
    !SOURCE_NOTE.test(t) &&
    !/^编者按/u.test(t)
  );
}

function continuesLoosely(prev: string, next: string): boolean {
  return !endsSentence(prev) && !MONTH_DAY_LINE.test(next) && !SOURCE_NOTE.test(next);
}

/**
 * Two heading-like lines have the same shape when their halves around a
 * comma (or, without one, their whole) have the same number of Han characters, ±1.
 */
export function sameShape(a: string, b: string): boolean {
  const halves = (t: string) => t.split(/[,，]/u).map(hanCount);
  const x = halves(a);
  const y = halves(b);
  return x.length === y.length && x.every((n, i) => Math.abs(n - (y[i] ?? -99)) <= 1);
}

/** Joins `next` onto the paragraph `into`, logging the seam for the import report. */
function absorb(into: Piece, next: Piece, log: RepairLog | undefined): void {
  log?.joins.push({
    line: next.lines[0] ?? 0,
    text: `${[...into.text].slice(-6).join('')}|${[...next.text].slice(0, 6).join('')}`,
  });
  into.text = joinText(into.text, next.text);
  into.lines.push(...next.lines);
  into.parts.push(...next.parts);
}
