/**
 * Leftovers of a head the importer did not read whole: a byline, a piece of
 * the heading or a date left as a line of the body; a subheading that is
 * only a place or a union's name (the second line of a split heading); an
 * organisation that lost the union suffix its heading printed.
 */
import { UNION_SUFFIXES } from '../core/union-suffix.ts';
import { warning, type Problem } from '../core/problem.ts';

/** What the check reads of an article: its file, frontmatter and MDX body. */
export interface LeftoverInput {
  file: string;
  data: { kind: string; title: string; org?: string | undefined; tocTitle?: string | undefined };
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

const BYLINE =
  /^(?:特约记者|本刊记者|特约通讯员|通讯员|记者|作者|撰稿)[ \u3000:：]*\p{Script=Han}{2,4}(?:[ \u3000、]+\p{Script=Han}{2,4})*$/u;
const DATE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日$/u;
const PLACE_ONLY =
  /^(?:\p{Script=Han}{2,6}(?:省|市|自治县|县|区))?\p{Script=Han}{0,8}(?:市|自治县|县|区|镇|乡|街道)$/u;
const UNION = new RegExp(`(?:${UNION_SUFFIXES.join('|')})`, 'u');
/** `瓜沥镇总工会 “三张清单”…`: the end of a place's union, then a title — a heading's second line. */
const ORG_THEN_TITLE = new RegExp(
  `^\\p{Script=Han}{0,8}(?:镇|乡|街道|区|县|市|[)）])(?:${UNION_SUFFIXES.join('|')})[ \u3000]+\\S`,
  'u',
);
/** `瓜沥镇总工会`, `(制笔小镇)总工会`: a place's union, not a subheading like `商圈里的工会`. */
const PLACE_UNION = new RegExp(
  `(?:镇|乡|街道|区|县|市|[)）])(?:${UNION_SUFFIXES.join('|')})$`,
  'u',
);
/** A line that opens with a suffix standing alone (`总工会 “三导向”…`, `联合会`): a heading's second line. */
const SUFFIX_LINE = new RegExp(
  `^(?:${[...UNION_SUFFIXES, '联合会', '联合委员会', '委员会'].join('|')})(?:[ \u3000]|$)`,
  'u',
);

/** A body line's text without its Markdown heading mark and MDX escapes. */
function plain(line: string): { text: string; heading: boolean } {
  const m = /^(#{1,6})\s+(.*)$/u.exec(line.trim());
  const text = (m ? m[2]! : line.trim()).replace(/\\(.)/gu, '$1');
  return { text, heading: !!m };
}

/** Finds head leftovers in one article. */
export function checkLeftovers(a: LeftoverInput): Problem[] {
  const out: Problem[] = [];
  const lines = a.body.split('\n');
  let unionHeading: string | undefined;
  lines.forEach((raw, i) => {
    const { text, heading } = plain(raw);
    if (!text || /^[<>-]/u.test(raw.trim())) return;
    const line = a.bodyLine + i;
    const short = [...text].length <= 40;
    if (short && BYLINE.test(text))
      out.push(
        warning(a.file, `a byline left in the body: “${text}”`, {
          line,
          hint: 'move it to `byline:` (and `authors:`) in the frontmatter and delete the line',
        }),
      );
    else if (DATE.test(text) && a.data.kind !== 'chronicle')
      out.push(
        warning(a.file, `a date left as a line of the body: “${text}”`, {
          line,
          hint: 'a news item’s date goes in `date:`; otherwise join it to its paragraph',
        }),
      );
    else if (short && (SUFFIX_LINE.test(text) || (heading && ORG_THEN_TITLE.test(text)))) {
      unionHeading ??= text;
      out.push(
        warning(a.file, `the rest of a heading left in the body: “${text}”`, {
          line,
          hint: 'join it to the heading: complete `org:` and `title:` in the frontmatter and delete the line',
        }),
      );
    } else if (heading && !/\s/u.test(text) && (PLACE_ONLY.test(text) || PLACE_UNION.test(text)))
      out.push(
        warning(a.file, `a subheading that is only a place or a union's name: “${text}”`, {
          line,
          hint: 'the second line of a split heading? join it to `org:`/`title:` and delete the line',
        }),
      );
  });
  const org = a.data.org;
  if (a.data.kind === 'pilot' && org && !UNION.test(org)) {
    const printed = [a.data.tocTitle, unionHeading].find(
      (t) => t && UNION.test(t) && (t.startsWith(org) || unionHeading === t),
    );
    if (printed)
      out.push(
        warning(a.file, `org “${org}” has no union suffix, but its heading printed “${printed}”`, {
          line: 1,
          field: 'org',
          hint: 'give the organisation’s full name, suffix included (…总工会, …联合工会)',
        }),
      );
  }
  return out;
}
