import { BYLINE, FULL_DATE_LINE, LEADING_UNION_NAME, MONTH_DAY_LINE, SOURCE_NOTE } from '../core/patterns.ts';
import type { Byline, TocEntry } from './types.ts';
import { isHeadingLike } from './align.ts';
import type { Piece } from './body.ts';
import { lcsLength, matchKey } from './text.ts';

/** What the lines above an article's body say: kicker, title, subtitle, byline … */
export interface Head {
  kicker?: string;
  /** The heading line as printed (for pilots: organisation, a space, then the title). */
  heading?: string;
  title?: string;
  org?: string;
  subtitle?: string;
  byline?: Byline;
  source?: string;
  date?: string;
  /** Pieces consumed by the head. */
  used: number;
  /** The pieces after the head: the body. */
  rest: Piece[];
  /** Text taken from the seed, with its lines, in order: for the fidelity check. */
  segments: { text: string; lines: number[] }[];
}


/** Reads a byline: `特约记者 王艳 潘仙德`, or an office and the TOC's author name. */
export function parseByline(text: string, author?: string): Byline | undefined {
  const t = text.trim();
  const m = BYLINE.exec(t);
  if (m) return { role: m[1] ?? '', names: (m[2] ?? '').split(/[\s、]+/u).filter(Boolean), raw: t };
  if (author) {
    const names = author.split(/\s+/u).filter(Boolean);
    const last = names.at(-1);
    if (last && t.endsWith(last) && t.length > author.length) {
      const role = t.slice(0, t.length - author.length).trim();
      if (role && t.slice(role.length).trim().replace(/\s+/gu, ' ') === names.join(' '))
        return { role, names, raw: t };
      return { role: t.slice(0, t.length - last.length).trim(), names: [last], raw: t };
    }
  }
  return undefined;
}

function similar(a: string, b: string): number {
  const x = matchKey(a);
  const y = matchKey(b);
  return x && y ? lcsLength(x, y) / Math.max(1, [...x].length) : 0;
}

export interface HeadOptions {
  kind: string;
  entry?: TocEntry;
  /** The first piece is a kicker pulled back from above the heading (省总工会 over 大事记). */
  kickerPieces: number;
  /** The matched heading is the section's own name (卷首语, 后记): a kicker, not a title. */
  anchoredOnSection: boolean;
  /** Organisation-first TOC entries (重点报道, 速写) print `org title` on one line. */
  orgFirst: boolean;
}

/**
 * Parses an article's head from its first pieces. Stops at the first piece
 * that is not head-like (a paragraph), an editor's note, or a chronicle date.
 */
export function parseHead(input: Piece[], o: HeadOptions): Head {
  // A news item prints its source and date on consecutive lines under the title: read them one by one.
  const pieces = o.kind === 'news' ? splitDateLines(input) : input;
  const h: Head = { used: 0, rest: [], segments: [] };
  const take = (p: Piece) => {
    h.segments.push({ text: p.text, lines: p.lines });
    h.used++;
  };
  const kickers: string[] = [];
  for (let i = 0; i < o.kickerPieces + (o.anchoredOnSection ? 1 : 0); i++) {
    const p = pieces[h.used];
    if (!p) break;
    kickers.push(p.text);
    take(p);
  }
  if (kickers.length) h.kicker = kickers.join(' ');

  const entry = o.entry;
  const first = pieces[h.used];
  if (
    first &&
    isHeadingLike(first.text) &&
    (!o.anchoredOnSection || !entry || similar(entry.text, first.text) >= 0.6)
  ) {
    take(first);
    h.heading = first.text;
    if (o.kind === 'pilot' && o.orgFirst) {
      const sp = first.text.search(/[ \u3000]/u);
      h.org = sp > 0 ? first.text.slice(0, sp) : first.text;
      h.title = sp > 0 ? first.text.slice(sp).trim() : h.org;
    } else if (o.kind === 'news') {
      h.title = first.text;
    } else {
      h.title = first.text;
    }
  }
  if (!h.title && entry) h.title = entry.text;

  for (let n = 0; n < 4; n++) {
    const p = pieces[h.used];
    if (!p) break;
    const t = p.text;
    if (!isHeadingLike(t) || MONTH_DAY_LINE.test(t) || /^编者按/u.test(t)) break;
    const byline = !h.byline ? parseByline(t, entry?.author) : undefined;
    const newsDate = FULL_DATE_LINE.exec(t);
    if (byline) h.byline = byline;
    else if (SOURCE_NOTE.test(t) && !h.source) h.source = t;
    else if (newsDate && o.kind === 'news' && !h.date) {
      h.date = `${newsDate[1]}-${newsDate[2]?.padStart(2, '0')}-${newsDate[3]?.padStart(2, '0')}`;
    } else if (o.kind === 'news' && !h.source) h.source = t;
    else if (
      !h.subtitle &&
      o.kind !== 'news' &&
      (o.kind !== 'pilot' || (entry?.subtitle && !o.orgFirst && similar(entry.subtitle, t) >= 0.6))
    ) {
      h.subtitle = t;
      if (o.kind === 'pilot' && !h.org) h.org = orgFromName(t);
    } else break;
    take(p);
  }
  if (o.kind === 'pilot' && !h.org && h.title) h.org = h.title;
  h.rest = pieces.slice(h.used);
  return h;
}

function splitDateLines(pieces: Piece[]): Piece[] {
  return pieces.flatMap((p) => {
    const i = p.parts.findIndex((t, k) => k > 0 && FULL_DATE_LINE.test(t));
    if (i <= 0) return [p];
    const head = p.parts.slice(0, i);
    const tail = p.parts.slice(i);
    return [
      {
        text: head.join(''),
        lines: p.lines.slice(0, i),
        parts: head,
        blanksBefore: p.blanksBefore,
      },
      { text: tail.join(''), lines: p.lines.slice(i), parts: tail, blanksBefore: 0 },
    ];
  });
}


/** `杭州市余杭区梦想小镇工会工作纪实` → `杭州市余杭区梦想小镇工会`. */
export function orgFromName(s: string): string {
  const m = LEADING_UNION_NAME.exec(s);
  return m?.[1] ?? s;
}
