/**
 * Headings split over two (or three) lines: the extraction of a printed page
 * may cut a heading anywhere — before the union's suffix (桐乡市濮院镇 /
 * 总工会 …), inside a bracket (淳安县乐水小镇(姜家 / 镇)总工会), in the middle
 * of a name (杭州市萧山区 / 瓜沥镇总工会), or between the organisation and the
 * title. A heading that does not yet complete the name its 目录 entry leads
 * us to expect is joined with the next piece, before the head is read, so
 * that the organisation keeps its suffix, the title its words, and the byline
 * below is found where the head expects it.
 */
import { hasUnionSuffix, startsWithUnionSuffix } from '../core/union-suffix.ts';
import { isHeadingLike } from './align.ts';
import type { Piece } from './body.ts';
import { joinText } from './body.ts';
import { parseByline } from './head.ts';
import { hasOpenBracket, lcsLength, matchKey } from './text.ts';
import type { TocEntry } from './types.ts';

export interface SplitHeadingOptions {
  kind: string;
  entry?: TocEntry;
  kickerPieces: number;
  anchoredOnSection: boolean;
  /** Organisation-first entries print `org title` as one heading (重点报道, 速写). */
  orgFirst: boolean;
}

export interface SplitHeadingResult {
  pieces: Piece[];
  /** Lines joined into the heading (or subtitle), for the report. */
  joined: number[];
}

const MAX_PARTS = 3;

/** The organisation part of a heading: its text up to the first space. */
function firstWord(t: string): string {
  return t.trim().split(/[ \u3000]/u)[0] ?? '';
}

/**
 * Whether `next` continues the heading `cur`: an open bracket; an
 * organisation still without its union suffix that the next line ends
 * (`总工会 …`, `镇总工会`, `乡联合工会`); or a name that the next line
 * carries further toward the text expected (the 目录 entry's).
 */
export function continuesHeading(
  cur: string,
  next: string,
  expected: string,
  o: { pilot: boolean; author?: string | undefined },
): boolean {
  if (!isHeadingLike(next) || /^编者按/u.test(next) || parseByline(next, o.author)) return false;
  if (/^\d{1,2}月\d{1,2}日$|^\d{4}年\d{1,2}月\d{1,2}日$/u.test(next.trim())) return false;
  if (o.pilot && hasOpenBracket(cur)) return true;
  // `…镇工会` / `联合会`: a suffix cut inside (工会联合会, 工会委员会).
  if (
    o.pilot &&
    /工会$/u.test(cur.trim()) &&
    /^(?:联合会|联合委员会|委员会|小组)/u.test(next.trim())
  )
    return true;
  const org = firstWord(cur);
  const nextOrg = firstWord(next);
  if (
    o.pilot &&
    !hasUnionSuffix(org) &&
    !cur.trim().includes(' ') &&
    (startsWithUnionSuffix(next) || ([...nextOrg].length <= 12 && hasUnionSuffix(nextOrg)))
  )
    return true;
  const key = matchKey(expected);
  if (!key) return false;
  const n = [...key].length;
  const before = lcsLength(key, matchKey(cur));
  if (before >= n) return false;
  const after = lcsLength(key, matchKey(cur + next));
  // Most of the next line must be the expected text: a subheading that shares a word is not.
  const gain = after - before;
  if (gain * 2 < [...matchKey(next)].length) return false;
  return gain >= 2 || (gain > 0 && after >= n);
}

/** Whether the expected text prints a space where the line broke (`小镇大舞台 职工新家园`). */
function spacedIn(expected: string, a: string, b: string): boolean {
  const last = [...a.trim()].at(-1);
  const first = [...b.trim()][0];
  return !!last && !!first && expected.includes(`${last} ${first}`);
}

function joinPieces(a: Piece, b: Piece, sep: string): Piece {
  return {
    text: sep ? `${a.text}${sep}${b.text}` : joinText(a.text, b.text),
    lines: [...a.lines, ...b.lines],
    parts: [...a.parts, ...b.parts],
    blanksBefore: a.blanksBefore,
  };
}

/** Joins the heading piece (and a title-first pilot's subtitle) with the lines that complete it. */
export function joinSplitHeading(pieces: Piece[], o: SplitHeadingOptions): SplitHeadingResult {
  const entry = o.entry;
  if (!entry) return { pieces, joined: [] };
  const out = [...pieces];
  const joined: number[] = [];
  const pilot = o.kind === 'pilot';
  const author = entry.author;
  const grow = (at: number, expected: string) => {
    for (let k = 1; k < MAX_PARTS; k++) {
      const cur = out[at];
      const next = out[at + 1];
      if (!cur || !next || !continuesHeading(cur.text, next.text, expected, { pilot, author }))
        return;
      // An organisation already whole, then its title on the next line: keep the space the head splits on.
      const sep =
        (pilot &&
          o.orgFirst &&
          hasUnionSuffix(firstWord(cur.text)) &&
          !cur.text.includes(' ') &&
          !startsWithUnionSuffix(next.text)) ||
        spacedIn(expected, cur.text, next.text)
          ? ' '
          : '';
      joined.push(...next.lines);
      out.splice(at, 2, joinPieces(cur, next, sep));
    }
  };
  // Under a section's own name (卷首语, 后记) the title comes after it.
  const h = o.kickerPieces + (o.anchoredOnSection ? 1 : 0);
  const expected = pilot && o.orgFirst ? entry.text + (entry.subtitle ?? '') : entry.text;
  grow(h, expected);
  if (pilot && !o.orgFirst && entry.subtitle) grow(h + 1, entry.subtitle);
  return { pieces: out, joined };
}
