/**
 * Step 1 of an import, `readCover`: the seed's bytes decoded into lines (page
 * furniture taken off each), and the cover read into a masthead, with what
 * the issue file beside the seed supplies or corrects.
 */
import { ProblemError } from '../core/problem.ts';
import { decodeSeed, toLines } from './decode.ts';
import { stripFurniture } from './furniture.ts';
import { applyLabel, parseCover, parseLabel } from './masthead.ts';
import type { IssueOverrides } from './overrides.ts';
import type { Masthead, SourceLine } from './types.ts';

export interface Cover {
  /** Encoding the seed was read in. */
  encoding: string;
  /** Every line of the seed, furniture removed. */
  lines: SourceLine[];
  /** What was taken off which line. */
  furniture: { line: number; text: string }[];
  masthead: Masthead;
  /** Index of the first line after the cover. */
  end: number;
}

export function readCover(bytes: Uint8Array, file: string, overrides: IssueOverrides = {}): Cover {
  const { text, encoding } = decodeSeed(bytes, file);
  const furniture: Cover['furniture'] = [];
  const lines = toLines(text).map((l) => {
    const r = stripFurniture(l.text);
    if (r.removed.length) furniture.push({ line: l.no, text: r.removed.join(' ') });
    return { no: l.no, text: r.text };
  });
  const { masthead, end } = parseCover(lines, file);
  return { encoding, lines, furniture, masthead: withOverrides(masthead, overrides, file), end };
}

/** The masthead with the issue file's label, totals, date and volume title, where it gives them. */
function withOverrides(m: Masthead, o: IssueOverrides, file: string): Masthead {
  const out = structuredClone(m);
  if (o.label) {
    const l = parseLabel(o.label);
    if (!l)
      throw new ProblemError({ file, message: `issue file: label “${o.label}” is not like 2018/5-6` });
    applyLabel(out, l);
  }
  if (o.totals) out.totals = o.totals;
  if (o.date) out.date = o.date;
  if (o.volumeTitle) out.volumeTitle = o.volumeTitle;
  return out;
}
