/**
 * Types shared by the import pipeline. The pipeline is pure: text in, an
 * {@link ImportResult} out; only `scripts/import.ts` touches the disk.
 */

/** One physical line of the seed, with its 1-based line number. */
export interface SourceLine {
  no: number;
  text: string;
}

export interface Masthead {
  title: string;
  englishTitle?: string;
  /** As printed, e.g. `2018/5-6`. */
  label: string;
  year: number;
  /** Issue numbers within the year, e.g. [5, 6]. */
  numbers: number[];
  /** Running numbers, e.g. [407, 408] for 总第407、408期. */
  totals: number[];
  /** ISO date of publication, when printed. */
  date?: string;
  sponsors: string[];
  organizers: string[];
  volumeTitle?: string;
  board: { role: string; names: string[] }[];
  editors: { role: string; names: string[] }[];
  colophon: { label: string; value: string }[];
  /** Lines consumed by the masthead, for the fidelity check. */
  lines: number[];
}

/** A section's stable key (`sketch`, `chronicle` …), from `src/data/sections.yaml`. */
export type SectionKey = string;

import type { ArticleKind } from '../core/article-kinds.ts';
export type { ArticleKind };

export interface TocSection {
  /** As printed, e.g. `特别报道 :省级试点` → name `特别报道`, note `省级试点`. */
  name: string;
  note?: string;
  key: SectionKey;
  kind: ArticleKind;
  line: number;
}

export interface TocEntry {
  section: TocSection;
  /** Prefecture city heading the entry's group in the TOC (速写 only). */
  cityGroup?: string;
  page?: number;
  /** The entry text as printed (one pilot of a 、-list for 速写). */
  text: string;
  /** Second TOC line: the article title when the first line names the organisation. */
  subtitle?: string;
  author?: string;
  line: number;
  /** Position in the TOC, 0-based. */
  index: number;
}

export interface Toc {
  sections: TocSection[];
  entries: TocEntry[];
  /** First and last line of the TOC block (inclusive). */
  start: number;
  end: number;
}

export interface Byline {
  role?: string;
  names: string[];
  /** The byline as printed, less page furniture. */
  raw: string;
}

/** A block of article body, before it is written out as MDX. */
export type Block =
  | { type: 'paragraph'; text: string; lines: number[] }
  | { type: 'heading'; text: string; lines: number[] }
  | { type: 'editor-note'; text: string; lines: number[] }
  | { type: 'source-note'; text: string; lines: number[] }
  | { type: 'dated'; date: string; text: string; lines: number[] }
  /** A closing line naming the author's office (卷首语, 后记). */
  | { type: 'signature'; text: string; lines: number[] };

export interface ParsedArticle {
  kind: ArticleKind;
  sectionKey: SectionKey;
  section: string;
  order: number;
  title: string;
  /** The title as printed in the TOC, when different from the heading. */
  tocTitle?: string;
  org?: string;
  subtitle?: string;
  kicker?: string;
  byline?: Byline;
  /** Source and date lines of news items (浙江新闻客户端 / 2017年9月22日). */
  source?: string;
  date?: string;
  page?: number;
  cityGroup?: string;
  blocks: Block[];
  /** Head lines (title, subtitle, byline …) and body lines, for the fidelity check. */
  lines: number[];
  /** The heading line in the seed. */
  line: number;
  /** TOC entry the article was matched to, if any. */
  tocEntry?: TocEntry;
}
