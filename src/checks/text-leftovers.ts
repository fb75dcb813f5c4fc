import { FURNITURE_MARK, SENTENCE_END, STRAY_ENGLISH_WORD } from '../core/patterns.ts';
import { warning, type Problem } from '../core/problem.ts';
import type { ArticleFile } from './content-set.ts';

/** Sentence ends the check also accepts at a paragraph's end: a closing bracket or title mark after a clause. */
const PARAGRAPH_END = /[:：）)”’」』》]$/u;

/**
 * What an import or a hand edit may have left in a body: page furniture, an
 * English word between Chinese words (the seed has a few), and a paragraph that
 * stops mid-sentence — a line or page break the import did not mend.
 */
export function checkTextLeftovers(a: ArticleFile): Problem[] {
  const problems: Problem[] = [];
  const lines = a.body.split('\n');
  lines.forEach((l, i) => {
    const line = a.bodyLine + i;
    const mark = FURNITURE_MARK.exec(l);
    if (mark)
      problems.push(
        warning(a.file, `page furniture left in the text: “${mark[0]}”`, {
          line,
          hint: 'delete the page number or mark',
        }),
      );
    const stray = STRAY_ENGLISH_WORD.exec(l);
    if (stray)
      problems.push(
        warning(a.file, `an English word “${stray[1]}” between Chinese words: check it against the printed page`, {
          line,
        }),
      );
    const t = l.trim();
    const next = lines[i + 1]?.trim() ?? '';
    if (
      t &&
      !/^(#|>|-|<|\d+\.)/.test(t) &&
      !SENTENCE_END.test(t) &&
      !PARAGRAPH_END.test(t) &&
      t.length > 30 &&
      next === '' &&
      lines.slice(i + 1).some((x) => x.trim() && !x.trim().startsWith('<'))
    )
      problems.push(
        warning(a.file, 'paragraph ends mid-sentence: a line or page break to join?', {
          line,
          hint: 'join it with the next paragraph if the printed page does',
        }),
      );
  });
  return problems;
}
