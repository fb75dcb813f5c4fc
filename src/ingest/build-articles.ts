/**
 * Step 4 of an import, `buildArticles`: each article's lines, from its start
 * to the next (a heading split over two lines joined first), read into a head (title, org, subtitle, byline, kicker …) and a
 * body of blocks, with the breaks of columns and pages rejoined.
 */
import { warning, type Problem } from '../core/problem.ts';
import type { Vocabularies } from '../core/load-data.ts';
import { buildBlocks, countBigrams, toPieces, type Piece, type RepairLog } from './body.ts';
import { findPlaces } from '../core/gazetteer.ts';
import { parseHead } from './head.ts';
import { joinSplitHeading } from './split-heading.ts';
import type { Segmentation } from './segment.ts';
import type { ParsedArticle, SourceLine } from './types.ts';

/** An article as read from the seed, with its text in order for the fidelity check. */
export interface BuiltArticle extends ParsedArticle {
  /** Text from the seed, in order, with the lines it came from. */
  segments: { text: string; lines: number[] }[];
}

export interface ArticlesStep {
  articles: BuiltArticle[];
  joins: RepairLog['joins'];
  problems: Problem[];
}

export function buildArticles(
  lines: SourceLine[],
  seg: Segmentation,
  vocab: Vocabularies,
  file: string,
): ArticlesStep {
  const { starts, pre, post } = seg;
  const bigrams = countBigrams([...pre, ...post].map((i) => lines[i]!.text));
  const joins: RepairLog['joins'] = [];
  const problems: Problem[] = [];
  const articles = starts.map((s, k): BuiltArticle => {
    const next = starts[k + 1];
    const end = Math.min(s.regionEnd, next && next.index < s.regionEnd ? next.index : s.regionEnd);
    const entry = s.entry;
    const sectionDef = entry ? vocab.sections.byName(entry.section.name) : vocab.sections.byKey('news');
    const kind = entry ? entry.section.kind : 'news';
    const headOptions = {
      kind,
      ...(entry ? { entry } : {}),
      kickerPieces: s.kickerPieces,
      anchoredOnSection: s.anchored,
      orgFirst: kind === 'pilot' && !!entry && startsWithPlace(entry.text, vocab),
    };
    // A heading split over two lines in the middle of a name is one line again.
    const pieces: Piece[] = joinSplitHeading(toPieces(lines.slice(s.index, end)), headOptions).pieces;
    const head = parseHead(pieces, headOptions);
    const blocks = buildBlocks(head.rest, bigrams, { joins });
    const a: BuiltArticle = {
      kind,
      sectionKey: entry?.section.key ?? 'news',
      section: entry?.section.name ?? sectionDef?.name ?? '要闻',
      order: k + 1,
      title: head.title ?? entry?.text ?? '',
      ...(entry && (kind === 'pilot' || entry.text !== head.title) ? { tocTitle: entry.text } : {}),
      ...(head.org ? { org: head.org } : {}),
      ...(head.subtitle ? { subtitle: head.subtitle } : {}),
      ...(head.kicker ? { kicker: head.kicker } : {}),
      ...(head.byline ? { byline: head.byline } : {}),
      ...(head.source ? { source: head.source } : {}),
      ...(head.date ? { date: head.date } : {}),
      ...(entry?.page !== undefined ? { page: entry.page } : {}),
      ...(entry?.cityGroup ? { cityGroup: entry.cityGroup } : {}),
      blocks,
      lines: pieces.flatMap((p) => p.lines),
      line: lines[s.index]!.no,
      ...(entry ? { tocEntry: entry } : {}),
      segments: [
        ...head.segments,
        ...blocks.map((b) => ({ text: b.type === 'dated' ? b.date + b.text : b.text, lines: b.lines })),
      ],
    };
    if (
      entry?.author &&
      head.byline &&
      !head.byline.names.join(' ').includes(entry.author.split(/\s+/u)[0] ?? '')
    )
      problems.push(
        warning(file, `byline “${head.byline.raw}” differs from the TOC's author “${entry.author}”`, {
          line: a.line,
          hint: 'kept as printed in the body; correct by hand if it is a misprint',
        }),
      );
    if (!a.blocks.length && kind !== 'news')
      problems.push(
        warning(file, `“${a.title}” has no body text`, { line: a.line, hint: 'check the seed around this line' }),
      );
    return a;
  });
  return { articles, joins, problems };
}

/** Organisation-first TOC entries start with a place (杭州市下城区…, 浦江…); title-first ones do not. */
export function startsWithPlace(text: string, vocab: Vocabularies): boolean {
  const g = vocab.gazetteer;
  return [...findPlaces(text, g, 'city'), ...findPlaces(text, g, 'county')].some((p) => p.index === 0);
}
