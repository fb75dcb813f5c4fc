import type { Masthead, SourceLine, Toc, TocEntry, TocSection } from './types.ts';
import { readImprintLine } from './masthead.ts';
import type { SectionVocabulary } from './vocabulary.ts';

/** An entry line: an optional list dash, the page number, the text (`- 30 西湖区云栖小镇`). */
const ENTRY = /^(?:[-–•·]\s*)?(\d{1,3})\s+(.+)$/u;
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
  const opensGroup = (t: string | undefined) => t !== undefined && (ENTRY.test(t) || isCity(t));

  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const t = line.text.trim();
    if (!t) {
      prevWasEntry = false;
      continue;
    }
    const entry = ENTRY.exec(t);
    if (entry && section) {
      const [text, author] = splitAuthor(entry[2] ?? '');
      const names = section.kind === 'pilot' && !author ? text.split(/、/u) : [text];
      for (const name of names) {
        entries.push({
          section,
          ...(cityGroup ? { cityGroup } : {}),
          page: Number(entry[1]),
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
    if (prevWasEntry && lastEntryLine !== undefined) {
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
    if (section && isCity(t) && opensGroup(nextText(i))) {
      cityGroup = t;
      end = i;
      continue;
    }
    if (opensGroup(nextText(i))) {
      const [name, note] = t.split(/\s*[:：]\s*/u, 2);
      const known = vocab.byName(name ?? t);
      section = {
        name: name ?? t,
        ...(note ? { note } : {}),
        key: known?.key ?? 'other',
        kind: known?.kind ?? 'article',
        line: line.no,
      };
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
