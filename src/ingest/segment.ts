/**
 * Segmentation: where each article of an issue starts. TOC entries are
 * aligned with heading lines of the body (`align.ts`); a kicker line above a
 * heading (省总工会 over 大事记) joins its article; untitled blocks between
 * the cover and the first TOC article are news items; what lies between the
 * TOC and the first article is the colophon.
 */
import { alignEntries, collectCandidates, isHeadingLike, MIN_SCORE } from './align.ts';
import { hanCount } from './text.ts';
import type { Problem } from '../core/problem.ts';
import type { SourceLine, Toc, TocEntry } from './types.ts';

export interface ArticleStart {
  /** Index (0-based) of the article's first line. */
  index: number;
  entry?: TocEntry;
  /** Lines above the heading taken as its kicker. */
  kickerPieces: number;
  /** The heading matched is the section's own name (卷首语, 大事记). */
  anchored: boolean;
  /** Index where the article's region ends (the 目录, or the end of the file). */
  regionEnd: number;
}

export interface Segmentation {
  starts: ArticleStart[];
  unmatched: { line: number; text: string; section: string }[];
  colophonLines: number[];
  /** The colophon's entries (编辑出版, 地址 …), read from those lines. */
  colophon: { label: string; value: string }[];
  /** Lines between the TOC and the first article that do not look like a colophon. */
  unassigned: { line: number; text: string }[];
  /** Line indices of the article regions: before the 目录 (after the cover) and after it. */
  pre: number[];
  post: number[];
  issues: Problem[];
}

export function segmentIssue(
  lines: SourceLine[],
  toc: Toc,
  coverEnd: number,
  file: string,
): Segmentation {
  const issues: Problem[] = [];
  const idxOf = (no: number) => no - 1;
  const tocStart = idxOf(toc.start);
  const tocEnd = idxOf(toc.end);
  const pre = range(coverEnd, tocStart);
  const post = range(tocEnd + 1, lines.length);
  const candidates = collectCandidates(lines, [...pre, ...post]);
  const { match, scores } = alignEntries(toc.entries, candidates);

  const unmatched: Segmentation['unmatched'] = [];
  const starts: ArticleStart[] = [];
  const matchedIdx = new Set(match.filter((m) => m >= 0).map((m) => candidates[m]!.index));
  toc.entries.forEach((entry, i) => {
    const m = match[i] ?? -1;
    if (m < 0) {
      unmatched.push({ line: entry.line, text: entry.text, section: entry.section.name });
      issues.push({
        level: 'warning',
        file,
        line: entry.line,
        message: `TOC entry “${entry.text}” (${entry.section.name}) has no article in the body`,
        hint: 'find its heading in the body: if it differs too much from the TOC, correct the TOC line in the seed and import again',
      });
      return;
    }
    const c = candidates[m]!;
    const anchored = c.text.replace(/\s/gu, '') === entry.section.name.replace(/\s/gu, '');
    let index = c.index;
    let kickerPieces = 0;
    // A short line just above the heading, set off from what precedes it, is its kicker (省总工会 over 大事记).
    const above = previousNonBlank(lines, index);
    if (above !== undefined && !matchedIdx.has(above) && index - above <= 2) {
      const t = lines[above]!.text.trim();
      const beforeAbove = previousNonBlank(lines, above);
      if (
        isHeadingLike(t) &&
        hanCount(t) <= 12 &&
        !/^[(（]/u.test(t) &&
        (beforeAbove === undefined || above - beforeAbove >= 3)
      ) {
        index = above;
        kickerPieces = 1;
      }
    }
    const regionEnd = index < tocStart ? tocStart : lines.length;
    starts.push({ index, entry, kickerPieces, anchored, regionEnd });
    if ((scores[i] ?? 0) < MIN_SCORE + 0.1) {
      issues.push({
        level: 'warning',
        file,
        line: lines[c.index]!.no,
        message: `weak match: TOC “${entry.text}” ↔ heading “${c.text}” (score ${(scores[i] ?? 0).toFixed(2)})`,
        hint: 'check that this heading starts that article',
      });
    }
  });
  starts.sort((a, b) => a.index - b.index);

  // News items: the blocks between the cover and the first TOC article, before the 目录.
  const firstPre = starts.find((s) => s.index < tocStart)?.index ?? tocStart;
  for (const block of findBlockStarts(lines, coverEnd, firstPre)) {
    starts.push({ index: block, kickerPieces: 0, anchored: false, regionEnd: tocStart });
  }
  starts.sort((a, b) => a.index - b.index);

  // The colophon: after the TOC, up to the first article in the body.
  const firstPost = starts.find((s) => s.index > tocEnd)?.index ?? lines.length;
  const colophonLines: number[] = [];
  const colophon: Segmentation['colophon'] = [];
  const unassigned: Segmentation['unassigned'] = [];
  for (let i = tocEnd + 1; i < firstPost; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    if (hanCount(t) <= 30 && !/[。；]/u.test(t)) {
      colophonLines.push(lines[i]!.no);
      const kv = /^(\S+)\s+(.+)$/u.exec(t);
      const last = colophon.at(-1);
      if (kv) colophon.push({ label: kv[1]!, value: kv[2]! });
      else if (last?.value) colophon[colophon.length - 1] = { ...last, value: `${last.value} ${t}` };
    } else {
      unassigned.push({ line: lines[i]!.no, text: t });
    }
  }

  return { starts, unmatched, colophonLines, colophon, unassigned, pre, post, issues };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function previousNonBlank(lines: SourceLine[], index: number): number | undefined {
  for (let j = index - 1; j >= 0; j--) if (lines[j]!.text.trim()) return j;
  return undefined;
}

/** Start indices of line blocks separated by two or more blank lines, in [from, to). */
function findBlockStarts(lines: SourceLine[], from: number, to: number): number[] {
  const out: number[] = [];
  let blanks = 2;
  for (let i = from; i < to; i++) {
    if (!lines[i]!.text.trim()) {
      blanks++;
      continue;
    }
    if (blanks >= 2) out.push(i);
    blanks = 0;
  }
  return out;
}
