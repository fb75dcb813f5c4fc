/**
 * How to cite an article: GB/T 7714-2015 (the Chinese standard for
 * references), BibTeX and RIS. Pure functions over plain fields, so they are
 * tested without a build.
 */
import { issueNumbersText } from '../core/issue-label.ts';

export interface CiteFields {
  title: string;
  subtitle?: string;
  authors: string[];
  journal: string;
  year: number;
  /** Issue numbers within the year, e.g. [5, 6]. */
  numbers: number[];
  page?: number;
  url: string;
  /** ISO date of publication. */
  date?: string;
  /** Volume (卷), for journals that number them; 《浙江工运》 does not. */
  volume?: number;
  /**
   * 引用日期: the ISO date the reader cites the online article (GB/T 7714-2015
   * requires it for online resources).
   */
  accessed?: string;
}

/**
 * GB/T 7714-2015 for an online journal article, `作者. 题名[J/OL]. 刊名, 年, 卷(期):
 * 页码[引用日期]. URL.` — cut around the 引用日期 so that a page can set the
 * date apart (and bring it up to the day of reading); {@link gbt7714} joins them.
 */
export function gbt7714Parts(c: CiteFields): { before: string; accessed?: string; after: string } {
  const who =
    c.authors.length > 3 ? `${c.authors.slice(0, 3).join(', ')}, 等` : c.authors.join(', ');
  const title = c.subtitle ? `${c.title}——${c.subtitle}` : c.title;
  // No volume: the year stands before the issue directly, 2018(5-6), as the standard's examples do.
  const volume = c.volume !== undefined ? `, ${c.volume}` : '';
  const page = c.page !== undefined ? `: ${c.page}` : '';
  return {
    before: `${who ? `${who}. ` : ''}${title}[J/OL]. ${c.journal}, ${c.year}${volume}(${issueNumbersText(c.numbers)})${page}`,
    ...(c.accessed ? { accessed: c.accessed } : {}),
    after: `. ${c.url}.`,
  };
}

/** `杜坚强. 争当创新改革的先行军——杭州市余杭区梦想小镇工会工作纪实[J/OL]. 浙江工运, 2018(5-6): 6[2026-11-26]. https://…/.` */
export function gbt7714(c: CiteFields): string {
  const p = gbt7714Parts(c);
  return `${p.before}${p.accessed ? `[${p.accessed}]` : ''}${p.after}`;
}

/**
 * A field on one line: every control character, line or paragraph break
 * (CR, LF, NEL, U+2028/2029, tab, the rest of C0 and C1) becomes a space.
 * RIS is one field per line and BibTeX entries are read across lines, so a
 * break inside a title would start a second record.
 */
export function flattenField(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const BIB_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '#': '\\#', '&': '\\&',
  '$': '\\$', _: '\\_', '^': '\\^{}', '~': '\\~{}',
}; // prettier-ignore

/** A BibTeX field value, flattened, with every TeX special escaped so it can neither close the entry nor run a command. */
export function bibEscape(s: string): string {
  return flattenField(s).replace(/[\\{}%#&$_^~]/g, (ch) => BIB_SPECIALS[ch] ?? ch);
}

/** A URL for BibTeX's `url` field, read verbatim by LaTeX's url package: only braces and backslashes would break it. */
const bibUrl = (s: string) => flattenField(s).replace(/[\\{}]/g, encodeURIComponent);

/** A citation key: letters, digits and `-_:.` only. */
const bibKey = (s: string) => s.replace(/[^A-Za-z0-9_:.-]/g, '-');

/** A BibTeX `@article` entry. */
export function bibtex(c: CiteFields, key: string): string {
  const fields: [string, string | undefined][] = [
    ['title', c.subtitle ? `${c.title}——${c.subtitle}` : c.title],
    ['author', c.authors.length ? c.authors.join(' and ') : undefined],
    ['journal', c.journal],
    ['year', String(c.year)],
    ['number', issueNumbersText(c.numbers)],
    ['pages', c.page !== undefined ? String(c.page) : undefined],
    ['url', c.url],
    ['language', 'chinese'],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `  ${k} = {${k === 'url' ? bibUrl(v) : bibEscape(v)}}`);
  return `@article{${bibKey(key)},\n${body.join(',\n')}\n}\n`;
}

/** An RIS record (Zotero, EndNote …); every field flattened to one line ({@link flattenField}). */
export function ris(c: CiteFields): string {
  const lines: [string, string | undefined][] = [
    ['TY', 'JOUR'],
    ['TI', c.title],
    ['T2', c.journal],
    ...c.authors.map((a): [string, string] => ['AU', a]),
    ['PY', String(c.year)],
    ['DA', c.date?.replace(/-/g, '/')],
    ['IS', issueNumbersText(c.numbers)],
    ['SP', c.page !== undefined ? String(c.page) : undefined],
    ['UR', c.url],
    ['LA', 'zh'],
    ['N1', c.subtitle],
  ];
  return `${lines
    .filter((l): l is [string, string] => l[1] !== undefined)
    .map(([k, v]) => `${k}  - ${flattenField(v)}`)
    .join('\r\n')}\r\nER  - \r\n`;
}
