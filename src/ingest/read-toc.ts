/**
 * Step 2 of an import, `readToc`: the 目录 — sections, entries, page numbers —
 * and the imprint printed beside it (date, board, editors), with warnings for
 * what the issue needs and the text lacks.
 */
import { ProblemError, warning, type Problem } from '../core/problem.ts';
import { cityByName } from '../core/gazetteer.ts';
import type { Vocabularies } from '../core/load-data.ts';
import type { Cover } from './read-cover.ts';
import type { IssueOverrides } from './overrides.ts';
import { getOverridesPath } from './seed-input.ts';
import { parseToc } from './toc.ts';
import type { Masthead, Toc } from './types.ts';

export interface TocStep {
  toc: Toc;
  /** The cover's masthead with what the imprint beside the 目录 adds. */
  masthead: Masthead;
  /** Lines of the imprint, which belong to no article. */
  imprintLines: number[];
  problems: Problem[];
}

export function readToc(
  cover: Cover,
  vocab: Vocabularies,
  file: string,
  overrides: IssueOverrides = {},
  unknownTypes: string[] = [],
): TocStep {
  const masthead = structuredClone(cover.masthead);
  const isCity = (s: string) => cityByName(s.trim(), vocab.gazetteer)?.name === s.trim();
  const parsed = parseToc(cover.lines, cover.end, masthead, vocab.sections, isCity);
  if (!parsed || parsed.toc.entries.length === 0) {
    throw new ProblemError({
      file,
      line: parsed?.toc.start ?? cover.end + 1,
      message: parsed
        ? 'the 目录 lists no entries (lines like “06 标题” with a page number)'
        : 'no table of contents (a line “目录”) after the cover',
      hint: 'the importer finds articles through the TOC; check the extraction kept the 目录 page',
    });
  }
  const { toc, imprintLines } = parsed;
  // The issue file wins over the imprint too (a misprinted date, say).
  if (overrides.date) masthead.date = overrides.date;
  if (overrides.totals) masthead.totals = overrides.totals;
  if (overrides.volumeTitle) masthead.volumeTitle = overrides.volumeTitle;
  const issueFile = getOverridesPath(file);
  const problems: Problem[] = [];
  const needed = (what: string, field: string, line: number) =>
    problems.push(
      warning(file, `${what} not found in the text`, { line, hint: `give \`${field}:\` in ${issueFile}` }),
    );
  if (!masthead.date)
    needed('publication date (a line like “2018 年 12 月 10 日出版”)', 'date', toc.start);
  if (!masthead.totals.length) needed('running number (总第…期)', 'totals', 1);
  if (!masthead.volumeTitle) needed('volume title', 'volumeTitle', 1);
  for (const n of unknownTypes)
    problems.push(
      warning(issueFile, `pilot type “${n}” is not in src/data/pilot-types.yaml`, {
        line: 1,
        hint: 'add it there (with keywords) or correct the name',
      }),
    );
  for (const sec of toc.sections.filter((x) => !vocab.sections.byName(x.name)))
    problems.push(
      warning(file, `section “${sec.name}” is not a known section: its articles are imported as kind “article”`, {
        line: sec.line,
        hint: `add it to src/data/sections.yaml, or under \`sections:\` in ${issueFile}`,
      }),
    );
  if (!toc.entries.some((e) => e.page !== undefined))
    problems.push(warning(file, 'the 目录 has no page numbers: articles get no `page`', { line: toc.start }));
  return { toc, masthead, imprintLines, problems };
}
