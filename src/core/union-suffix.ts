/**
 * The suffixes that end a trade union's name as the magazine prints it
 * (杭州市余杭区梦想小镇工会联合委员会, 桐乡市濮院镇总工会, …乡联合工会).
 * Longest first, so that `工会联合会` is not read as `工会` plus text.
 * The list itself is `UNION_SUFFIXES` of `patterns.ts`; these are the questions
 * the importer (heading joins, typing by name) and the checks (an org that
 * lost its suffix) ask of it.
 */
import { UNION_SUFFIXES } from './patterns.ts';

export { UNION_SUFFIXES };

const SUFFIX_AT_END = new RegExp(`(?:${UNION_SUFFIXES.join('|')})[)）]?$`, 'u');
const SUFFIX_ANYWHERE = new RegExp(`(?:${UNION_SUFFIXES.join('|')})`, 'u');

/** Whether a name ends with a union's suffix (a closing bracket after it allowed: `(孝丰镇总工会)`). */
export function hasUnionSuffix(name: string): boolean {
  return SUFFIX_AT_END.test(name.trim());
}

/** Whether a text names a union anywhere (`…小镇总工会 合力打造…`). */
export function mentionsUnion(text: string): boolean {
  return SUFFIX_ANYWHERE.test(text);
}

/** The name without its union suffix: `杭州市萧山区瓜沥镇总工会` → `杭州市萧山区瓜沥镇`. */
export function stripUnionSuffix(name: string): string {
  return name.trim().replace(new RegExp(`(?:${UNION_SUFFIXES.join('|')})$`, 'u'), '');
}

/**
 * Whether a text starts with (the rest of) a union suffix: the second line of
 * a heading split before `总工会`, `联合工会`, or inside one (`工会联合会`
 * cut as `工会` + `联合会`).
 */
export function startsWithUnionSuffix(text: string): boolean {
  const t = text.trim();
  return UNION_SUFFIXES.some((s) => t.startsWith(s)) || /^(?:联合会|联合委员会|委员会)/u.test(t);
}
