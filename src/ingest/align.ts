import type { SourceLine, TocEntry } from './types.ts';
import {
  endsSentence,
  hasInnerSentenceEnd,
  lcsLength,
  longestCommonRun,
  matchKey,
} from './text.ts';

/** A line that could open an article: short, not a sentence. */
export interface HeadingCandidate {
  /** Index into the line array. */
  index: number;
  line: SourceLine;
  text: string;
  /** The next heading-like line below it (a second heading line), if any. */
  next?: string;
  /** Blank lines just above it: page and article breaks leave runs of two or more. */
  blanksAbove: number;
}

const MAX_HEADING_CHARS = 60;

/** Whether a line can be (part of) a heading: short, and not a sentence. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    [...t].length <= MAX_HEADING_CHARS &&
    !endsSentence(t) &&
    !hasInnerSentenceEnd(t) &&
    !/[，,]\s*$/u.test(t)
  );
}

/** Collects heading candidates from the lines of the article regions. */
export function collectCandidates(lines: SourceLine[], indices: number[]): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  const inRegion = new Set(indices);
  for (const i of indices) {
    const line = lines[i];
    if (!line || !isHeadingLike(line.text)) continue;
    let blanksAbove = 0;
    for (let j = i - 1; j >= 0 && (lines[j]?.text.trim() ?? '') === ''; j--) blanksAbove++;
    let next: string | undefined;
    for (let j = i + 1; j < lines.length && inRegion.has(j); j++) {
      const t = lines[j]?.text.trim() ?? '';
      if (!t) continue;
      if (isHeadingLike(t)) next = t;
      break;
    }
    out.push({ index: i, line, text: line.text.trim(), ...(next ? { next } : {}), blanksAbove });
  }
  return out;
}

/**
 * How well a body heading matches a TOC entry, 0…1. Body headings differ from
 * the TOC: they add the city and the organisation's suffix (西湖区云栖小镇 →
 * 杭州市西湖区云栖小镇总工会 …), or name it differently (东冠高新园区 →
 * 东冠高新区楼宇工会联合会). So the score is the share of the entry's
 * characters found in order in the heading, blended with the longest run
 * they share; entries with a second TOC line are also tried against the
 * heading and the line below it.
 */
export function scoreHeading(
  entry: TocEntry,
  c: HeadingCandidate,
  firstOfSection: boolean,
): number {
  const line = matchKey(c.text);
  if (firstOfSection && line === matchKey(entry.section.name)) return 1;
  const full = matchKey(entry.text + (entry.subtitle ?? ''));
  const tries = [matchKey(entry.text), full].filter((k) => k.length > 0);
  let best = 0;
  for (const key of tries) {
    for (const cand of [line, c.next ? line + matchKey(c.next) : line]) {
      if (!cand) continue;
      const n = [...key].length;
      const s = (0.7 * lcsLength(key, cand)) / n + (0.3 * longestCommonRun(key, cand)) / n;
      // A heading much longer than the entry is more likely a sentence that mentions it.
      const excess = Math.max(0, [...cand].length - 3 * n) / [...cand].length;
      best = Math.max(best, s - 0.3 * excess);
    }
  }
  return best + (c.blanksAbove >= 2 ? 0.03 : 0);
}

export const MIN_SCORE = 0.55;

/**
 * Assigns each TOC entry to at most one candidate, in order (articles appear
 * in the body in TOC order), maximising the total score: an alignment by
 * dynamic programming, so that one weak match cannot pull every later entry
 * out of place. Returns, per entry, the index of its candidate or -1.
 */
export function alignEntries(
  entries: TocEntry[],
  candidates: HeadingCandidate[],
): { match: number[]; scores: number[] } {
  const E = entries.length;
  const C = candidates.length;
  const firsts = new Set<number>();
  entries.forEach((e, i) => {
    if (i === 0 || entries[i - 1]?.section !== e.section) firsts.add(i);
  });
  const score: number[][] = entries.map((e, i) =>
    candidates.map((c) => scoreHeading(e, c, firsts.has(i))),
  );
  // f[i][j]: best total for entries[0..i) within candidates[0..j)
  const f: number[][] = Array.from({ length: E + 1 }, () => new Array<number>(C + 1).fill(0));
  for (let i = 1; i <= E; i++) {
    const row = f[i]!;
    const up = f[i - 1]!;
    for (let j = 1; j <= C; j++) {
      const s = score[i - 1]![j - 1]!;
      row[j] = Math.max(row[j - 1]!, up[j]!, s >= MIN_SCORE ? up[j - 1]! + s : -Infinity);
    }
  }
  const match = new Array<number>(E).fill(-1);
  const scores = new Array<number>(E).fill(0);
  let i = E;
  let j = C;
  while (i > 0 && j > 0) {
    const s = score[i - 1]![j - 1]!;
    if (f[i]![j] === f[i]![j - 1]) j--;
    else if (f[i]![j] === f[i - 1]![j]) i--;
    else if (s >= MIN_SCORE && f[i]![j] === f[i - 1]![j - 1]! + s) {
      match[i - 1] = j - 1;
      scores[i - 1] = s;
      i--;
      j--;
    } else j--;
  }
  return { match, scores };
}
