import type { Masthead, SourceLine, Toc, TocEntry, TocSection } from './types.ts';
import { readImprintLine } from './masthead.ts';
import type { SectionVocabulary } from '../core/vocabulary.ts';

/** An entry line: an optional list dash, the page number, the text (`- 30 西湖区云栖小镇`). */
const NUMBERED = /^(?:[-–•·]\s*)?(\d{1,3})\s+(.+)$/u;
/** An entry of a TOC without page numbers: `- 西湖区云栖小镇` or the bare text. */
const BARE = /^(?:[-–•·]\s*)?()(.+)$/u;
/** The colophon after the TOC: `编辑出版 …`, `地址 …`. */
const COLOPHON = /^(?:编辑出版|编辑|出版|地址|邮编|电话|传真|电子邮箱|网址|印刷|发行范围|定价)\s/u;
/** A TOC heading line: `目录`, `目 录 Contents`. */
export const TOC_HEADING = /^目\s*录(?:\s+contents)?$/iu;

export interface TocParse {
  toc: Toc;
  /** Imprint and unrecognised lines inside the TOC block (not article text). */
  imprintLines: number[];
}

/**
 * Parses the 目录: the imprint printed beside it, the sections (with their
 * printed note such as `省级试点`), 速写's city groups, and the entries.
 * A 速写 line naming several pilots separated by `、` becomes one entry per
 * pilot, sharing the page number. Returns undefined when there is no 目录.
 */
export function parseToc(
  lines: SourceLine[],
  from: number,
  masthead: Masthead,
  vocab: SectionVocabulary,
  isCity: (s: string) => boolean,
): TocParse | undefined {
  const start = lines.findIndex((l, i) => i >= from && TOC_HEADING.test(l.text.trim()));
  if (start < 0) return undefined;
  const sections: TocSection[] = [];
  const entries: TocEntry[] = [];
  const imprintLines: number[] = [lines[start]?.no ?? 0];
  let section: TocSection | undefined;
  let cityGroup: string | undefined;
  let lastEntryLine: number | undefined;
  let prevWasEntry = false;
  let end = start;
  const nextText = (i: number): string | undefined => {
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]?.text.trim() ?? '';
      if (t) return t;
    }
    return undefined;
  };
  const opensGroup = (t: string | undefined) => t !== undefined && (NUMBERED.test(t) || isCity(t));

  // A TOC printed without page numbers lists entries as `- 名称` or bare
  // lines; sections are then known by name (the vocabulary or the issue file).
  const numbered =
    lines.slice(start + 1, start + 400).filter((l) => NUMBERED.test(l.text.trim())).length >= 3;
  const sectionOf = (t: string): TocSection | undefined => {
    const [name, note] = t.split(/\s*[:：]\s*/u, 2);
    const known = vocab.byName(name ?? t);
    if (!known && numbered === false) return undefined;
    return {
      name: known?.name ?? name ?? t,
      ...(note ? { note } : {}),
      key: known?.key ?? 'other',
      kind: known?.kind ?? 'article',
      line: 0,
    };
  };

  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const t = line.text.trim();
    if (!t) {
      prevWasEntry = false;
      continue;
    }
    if (section && COLOPHON.test(t)) break; // past the last entry: the colophon begins
    const numberedEntry = NUMBERED.exec(t);
    const bareEntry =
      !numbered && section && !isCity(t) && !vocab.byName(t.split(/\s*[:：]\s*/u)[0] ?? t)
        ? BARE.exec(t)
        : null;
    const isContinuation =
      prevWasEntry && lastEntryLine !== undefined && !numberedEntry && !/^[-–•·]/u.test(t);
    if (section && (numberedEntry || (bareEntry && !isContinuation))) {
      const m = (numberedEntry ?? bareEntry)!;
      const page = numberedEntry ? Number(m[1]) : undefined;
      const [text, author] = splitAuthor(m[2] ?? '');
      const names = section.kind === 'pilot' && !author ? text.split(/、/u) : [text];
      for (const name of names) {
        entries.push({
          section,
          ...(cityGroup ? { cityGroup } : {}),
          ...(page !== undefined ? { page } : {}),
          text: name.trim(),
          ...(author ? { author } : {}),
          line: line.no,
          index: entries.length,
        });
      }
      lastEntryLine = line.no;
      prevWasEntry = true;
      end = i;
      continue;
    }
    if (isContinuation) {
      // A continuation line printed right under its entry: the title (or
      // subtitle) and the author after a slash.
      const [subtitle, author] = splitAuthor(t);
      for (const e of entries.filter((x) => x.line === lastEntryLine)) {
        if (subtitle) e.subtitle = subtitle;
        if (author) e.author = author;
      }
      end = i;
      continue;
    }
    if (section && isCity(t) && (!numbered || opensGroup(nextText(i)))) {
      cityGroup = t;
      end = i;
      continue;
    }
    const named = sectionOf(t);
    if (named && (!numbered || opensGroup(nextText(i)))) {
      section = { ...named, line: line.no };
      sections.push(section);
      cityGroup = undefined;
      end = i;
      continue;
    }
    if (section) break; // past the last entry: the colophon begins
    readImprintLine(masthead, line.text);
    imprintLines.push(line.no);
  }
  return {
    toc: { sections, entries, start: lines[start]?.no ?? 0, end: lines[end]?.no ?? 0 },
    imprintLines,
  };
}

/** `新业态工会“动”起来 /章慧芬` → [title, author]. */
export function splitAuthor(s: string): [string, string | undefined] {
  const m = /^(.*?)\s*[/／]\s*([^/／]+)$/u.exec(s);
  if (m && m[2] && !/\d/.test(m[2])) return [(m[1] ?? '').trim(), m[2].trim()];
  return [s.trim(), undefined];
}
