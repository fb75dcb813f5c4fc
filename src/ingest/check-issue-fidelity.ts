/**
 * Step 6 of an import, `checkFidelity`: the Han characters of the article
 * regions, in order, against those the articles hold; and every line of
 * those regions that no article took, so nothing is silently lost.
 */
import { error, warning, type Problem } from '../core/problem.ts';
import type { BuiltArticle } from './build-articles.ts';
import { checkFidelity, type FidelityResult } from './fidelity.ts';
import type { Segmentation } from './segment.ts';
import type { SourceLine } from './types.ts';

export interface FidelityStep {
  fidelity: FidelityResult;
  /** Lines of the article regions that no article took. */
  unassigned: { line: number; text: string }[];
  problems: Problem[];
}

export function checkIssueFidelity(
  lines: SourceLine[],
  seg: Segmentation,
  imprintLines: number[],
  articles: readonly BuiltArticle[],
  file: string,
): FidelityStep {
  const taken = new Set(articles.flatMap((a) => a.lines));
  const skipped = new Set([...seg.colophonLines, ...imprintLines]);
  const unassigned = [...seg.unassigned];
  const known = new Set(unassigned.map((u) => u.line));
  const expected: string[] = [];
  for (const i of [...seg.pre, ...seg.post]) {
    const l = lines[i]!;
    if (skipped.has(l.no) || !l.text.trim()) continue;
    expected.push(l.text);
    if (!taken.has(l.no) && !known.has(l.no)) unassigned.push({ line: l.no, text: l.text.trim() });
  }
  const fidelity = checkFidelity(
    expected,
    articles.flatMap((a) => a.segments.map((s) => s.text)),
  );
  const problems: Problem[] = [];
  if (!fidelity.ok)
    problems.push(
      error(
        file,
        `fidelity: ${fidelity.placed} of ${fidelity.expected} Han characters placed; first difference at ${fidelity.firstDifference?.offset}: expected “${fidelity.firstDifference?.expected}”, placed “${fidelity.firstDifference?.placed}”`,
        { hint: 'a line was lost or taken twice: report it with the seed' },
      ),
    );
  for (const u of unassigned)
    problems.push(warning(file, `text not assigned to any article: “${u.text.slice(0, 40)}”`, { line: u.line }));
  return { fidelity, unassigned, problems };
}
