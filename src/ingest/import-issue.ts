/**
 * An issue's seed read into articles, as a pipeline of named pure steps:
 *
 *   readCover → (volume) → readToc → segment → buildArticles → classify → checkFidelity
 *
 * Each step takes what the earlier ones produced and returns new values,
 * never changing theirs; each is a module of its own with tests beside it.
 * What an import then writes is the plan's business (`plan-import.ts`), with
 * the content already published as its input.
 */
import { issueIdOf } from '../core/issue-label.ts';
import type { Problem } from '../core/problem.ts';
import type { Vocabularies } from '../core/load-data.ts';
import { proposeSlugs } from './article-slugs.ts';
import type { RepairLog } from './body.ts';
import { buildArticles } from './build-articles.ts';
import { checkIssueFidelity } from './check-issue-fidelity.ts';
import { classifyArticles, type ClassifiedArticle } from './classify-articles.ts';
import type { FidelityResult } from './fidelity.ts';
import type { IssueOverrides } from './overrides.ts';
import { readCover } from './read-cover.ts';
import { readToc } from './read-toc.ts';
import { segmentIssue } from './segment.ts';
import type { Masthead } from './types.ts';
import { withIssueSections } from '../core/vocabulary.ts';
import { loadVolumes } from '../core/volumes.ts';
import type { TypeCountCheck } from './type-counts.ts';
import { checkStatedCounts, resolveVolume } from './volume-step.ts';

/** An article as the importer proposes it: parsed, classified, with a proposed slug. */
export interface IssueArticle extends ClassifiedArticle {
  slug: string;
}

/** A line of the 目录 as printed, and the article it leads to (an index into `articles`). */
export interface TocLine {
  section: string;
  sectionKey: string;
  note?: string;
  cityGroup?: string;
  page?: number;
  text: string;
  subtitle?: string;
  author?: string;
  article?: number;
}

export interface ImportReport {
  file: string;
  encoding: string;
  issueId: string;
  tocEntries: number;
  matched: number;
  unmatched: { line: number; text: string; section: string }[];
  articles: number;
  pilots: number;
  /** Lines of the article regions that no article took. */
  unassigned: { line: number; text: string }[];
  furniture: { line: number; text: string }[];
  joins: RepairLog['joins'];
  colophonLines: number[];
  fidelity: FidelityResult;
  /** Pilot counts per type as the 综述 states them for this volume, when it does. */
  statedTypeCounts?: Record<string, number>;
  /** The 综述's counts, this volume's and the province's, compared like with like. */
  typeCounts?: TypeCountCheck;
  /** What the archivist must supply, with the exact lines to write: the report says it first. */
  asks?: string[];
  problems: Problem[];
}

export interface ParsedIssue {
  issueId: string;
  masthead: Masthead;
  toc: TocLine[];
  articles: IssueArticle[];
  report: ImportReport;
}

/** Turns a seed's bytes into an issue: the whole pipeline, without touching the disk. */
export function parseIssue(
  bytes: Uint8Array,
  file: string,
  baseVocab: Vocabularies,
  overrides: IssueOverrides = {},
): ParsedIssue {
  const cover = readCover(bytes, file, overrides);
  // The volume (from the cover's title, else the 综述) decides the pilot types.
  const volumes = loadVolumes();
  const vol = resolveVolume(
    cover.masthead.volumeTitle,
    cover.lines.map((l) => l.text),
    baseVocab.pilotTypes,
    volumes,
    overrides.pilotTypes,
    file,
  );
  const vocab: Vocabularies = {
    ...baseVocab,
    sections: withIssueSections(baseVocab.sections, overrides.sections),
    pilotTypes: vol.typing.types,
  };
  // A volume told from the 综述 completes the title the cover lacked.
  const known = vol.recognition.volume;
  const withVolume =
    known && !cover.masthead.volumeTitle?.includes(known.title)
      ? { ...cover, masthead: { ...cover.masthead, volumeTitle: known.volumeTitle } }
      : cover;
  const {
    toc,
    masthead: withImprint,
    imprintLines,
    problems: tocProblems,
  } = readToc(withVolume, vocab, file, overrides);
  const seg = segmentIssue(cover.lines, toc, cover.end, file);
  const masthead = { ...withImprint, colophon: [...withImprint.colophon, ...seg.colophon] };
  const built = buildArticles(cover.lines, seg, vocab, file);
  const classified = classifyArticles(built.articles, vol.typing, vocab, file);
  const overview = classified.articles.find((a) => a.kind === 'overview');
  const typeCounts = checkStatedCounts(
    overview?.blocks.map((b) => b.text).join(''),
    vol.typing,
    volumes,
    classified.articles
      .filter((a) => a.kind === 'pilot')
      .map((a) => ({ name: a.tocEntry?.text ?? a.title, type: a.type })),
  );
  const statedTypeCounts =
    typeCounts && Object.keys(typeCounts.volume).length ? typeCounts.volume : undefined;
  const asks = [...vol.asks, ...classified.asks];
  const fidelity = checkIssueFidelity(cover.lines, seg, imprintLines, built.articles, file);
  const slugs = proposeSlugs(classified.articles, vocab);
  const articles = classified.articles.map((a, i): IssueArticle => ({ ...a, slug: slugs[i]! }));

  const issueId = issueIdOf(masthead.label);
  const byEntry = new Map(articles.map((a, i) => [a.tocEntry, i]));
  return {
    issueId,
    masthead,
    toc: toc.entries.map((e) => ({
      section: e.section.name,
      sectionKey: e.section.key,
      ...(e.section.note ? { note: e.section.note } : {}),
      ...(e.cityGroup ? { cityGroup: e.cityGroup } : {}),
      ...(e.page !== undefined ? { page: e.page } : {}),
      text: e.text,
      ...(e.subtitle ? { subtitle: e.subtitle } : {}),
      ...(e.author ? { author: e.author } : {}),
      ...(byEntry.has(e) ? { article: byEntry.get(e)! } : {}),
    })),
    articles,
    report: {
      file,
      encoding: cover.encoding,
      issueId,
      tocEntries: toc.entries.length,
      matched: toc.entries.length - seg.unmatched.length,
      unmatched: seg.unmatched,
      articles: articles.length,
      pilots: articles.filter((a) => a.kind === 'pilot').length,
      unassigned: fidelity.unassigned,
      furniture: cover.furniture,
      joins: built.joins,
      colophonLines: seg.colophonLines,
      fidelity: fidelity.fidelity,
      ...(statedTypeCounts ? { statedTypeCounts } : {}),
      ...(typeCounts ? { typeCounts } : {}),
      ...(asks.length ? { asks } : {}),
      problems: [
        ...vol.issues,
        ...tocProblems,
        ...seg.issues,
        ...built.problems,
        ...classified.problems,
        ...fidelity.problems,
      ],
    },
  };
}
