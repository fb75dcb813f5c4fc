import { ProblemError } from '../core/problem.ts';
import type { Masthead, SourceLine } from './types.ts';
import { closeHanSpaces } from './text.ts';

/** `2018/5-6`, `2018/7`, `2018 / 5—6` … */
const LABEL = /^(\d{4})\s*[/／]\s*(\d{1,2})(?:\s*[-—–~]\s*(\d{1,2}))?$/u;
/** `总第407、408期`, `总第 400 期`. */
const TOTALS = /^总第\s*([\d、,，\s-]+?)\s*期$/u;
/** `2018 年 12 月 10 日出版`. */
const PUBLISHED = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*出版$/u;
const ROLE_LINE = /^(主办|承办|协办)\s*[:：]?\s*(.*)$/u;

/**
 * Parses the cover: title, issue label, running numbers, sponsors and the
 * volume title. The cover is the first group of lines, ending at the first
 * run of two or more blank lines.
 */
export function parseCover(lines: SourceLine[], file: string): { masthead: Masthead; end: number } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0) throw new ProblemError({ file, line: 1, message: 'the file has no text' });
  let end = first;
  let blanks = 0;
  for (let i = first; i < lines.length; i++) {
    if ((lines[i]?.text.trim() ?? '') === '') {
      blanks++;
      if (blanks >= 2) break;
    } else {
      blanks = 0;
      end = i;
    }
  }
  const cover = lines.slice(first, end + 1).filter((l) => l.text.trim() !== '');
  const m = emptyMasthead(
    cover[0]?.text.trim() ?? '',
    cover.map((l) => l.no),
  );
  const volume: string[] = [];
  let role: 'sponsors' | 'organizers' | undefined;
  for (const l of cover.slice(1)) {
    const t = l.text.trim();
    const label = LABEL.exec(t);
    const totals = TOTALS.exec(t);
    const roleLine = ROLE_LINE.exec(t);
    if (label) {
      applyLabel(m, label);
      role = undefined;
    } else if (totals) {
      m.totals = parseNumbers(totals[1] ?? '');
      role = undefined;
    } else if (/^[A-Z][A-Z .,'&-]+$/.test(t)) {
      m.englishTitle = t;
    } else if (roleLine) {
      role = roleLine[1] === '承办' ? 'organizers' : 'sponsors';
      if (roleLine[2]) m[role].push(roleLine[2].trim());
    } else if (role && /(会|社|部|局|厅|委|院|室|中心)$/u.test(t)) {
      m[role].push(t);
    } else {
      role = undefined;
      volume.push(t);
    }
  }
  if (!m.label) {
    throw new ProblemError({
      file,
      line: cover[0]?.no ?? 1,
      message: 'no issue label (like 2018/5-6) in the cover lines',
      hint: 'check that the file starts with the magazine cover, or give `label:` in the issue file beside the seed',
    });
  }
  if (volume.length) m.volumeTitle = formatVolumeTitle(volume);
  return { masthead: m, end: end + 1 };
}

/** A masthead with nothing read yet but its title. */
export function emptyMasthead(title = '', lines: number[] = []): Masthead {
  return {
    title,
    label: '',
    year: 0,
    numbers: [],
    totals: [],
    sponsors: [],
    organizers: [],
    board: [],
    editors: [],
    colophon: [],
    lines,
  };
}

/** Applies a label found in the cover or in the per-issue file. */
export function applyLabel(m: Masthead, match: RegExpExecArray): void {
  m.label = `${match[1]}/${match[2]}${match[3] ? `-${match[3]}` : ''}`;
  m.year = Number(match[1]);
  const from = Number(match[2]);
  const to = match[3] ? Number(match[3]) : from;
  m.numbers = [];
  for (let n = from; n <= to; n++) m.numbers.push(n);
}

export function parseLabel(s: string): RegExpExecArray | null {
  return LABEL.exec(s.trim());
}

/** `407、408` → [407, 408]; `400` → [400]. */
export function parseNumbers(s: string): number[] {
  return s
    .split(/[、,，\s-]+/u)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** `浙江省基层工会 改革试点实践实录` + `○ 新业态探索篇 ○` → `浙江省基层工会改革试点实践实录 · 新业态探索篇`. */
export function formatVolumeTitle(parts: string[]): string {
  return parts
    .map((p) => closeHanSpaces(p.replace(/[○●◎◇◆]/gu, '').trim()))
    .filter(Boolean)
    .join(' · ');
}

/**
 * Reads the imprint printed beside the TOC: sponsors, running numbers, the
 * publication date, editorial board and editors. Returns true when the line
 * was one of those.
 */
export function readImprintLine(m: Masthead, text: string): boolean {
  const t = text.trim();
  const published = PUBLISHED.exec(t);
  if (published) {
    const [, y, mo, d] = published;
    m.date = `${y}-${mo?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
    return true;
  }
  const totals = TOTALS.exec(t);
  if (totals) {
    if (!m.totals.length) m.totals = parseNumbers(totals[1] ?? '');
    return true;
  }
  if (
    /^(主办|承办|协办)\s/u.test(t) ||
    /^(编辑出版|地址|邮编|电话|电子邮箱|印刷|网址|传真)\s/u.test(t)
  )
    return true;
  const role =
    /^(编委会主任|编委会副主任|编委[^\s]*|主编[^\s]*|副主编|责任编辑|特约编辑|美编|美术编辑|审读|校对|发行)\s*(.*)$/u.exec(
      t,
    );
  if (role) {
    const names = (role[2] ?? '').split(/[\s\t]+/u).filter(Boolean);
    const target = /^编委/u.test(role[1] ?? '') ? m.board : m.editors;
    target.push({ role: (role[1] ?? '').replace(/[:：]$/u, ''), names });
    return true;
  }
  // The board's names are printed as a tab-separated table under 编委(按姓氏笔画):
  if (/\t/.test(text) || /^[\p{Script=Han}]{1,3}(?:[ \u3000][\p{Script=Han}]{1,2})?$/u.test(t)) {
    const last = m.board.at(-1);
    if (last && /\t/.test(text)) {
      last.names.push(
        ...text
          .split(/\t+/)
          .map((n) => closeHanSpaces(n.trim()))
          .filter(Boolean),
      );
      return true;
    }
  }
  return false;
}
