import { keepHan } from './text.ts';

export interface FidelityResult {
  ok: boolean;
  /** Han characters of the article text. */
  expected: number;
  /** Han characters placed in articles. */
  placed: number;
  /** Share of the expected characters placed, in order (longest common prefix+suffix). */
  ratio: number;
  /** Where the two first differ, with some context. */
  firstDifference?: { offset: number; expected: string; placed: string };
}

/**
 * Every Han character of the article text must appear, in order, in exactly
 * one article: the Han characters of the source lines assigned to article
 * regions must equal, as one string, those of the articles' text in order.
 */
export function checkFidelity(expectedText: string[], placedText: string[]): FidelityResult {
  const e = keepHan(expectedText.join(''));
  const p = keepHan(placedText.join(''));
  if (e === p) return { ok: true, expected: [...e].length, placed: [...p].length, ratio: 1 };
  const ec = [...e];
  const pc = [...p];
  let i = 0;
  while (i < ec.length && ec[i] === pc[i]) i++;
  let k = 0;
  while (k < ec.length - i && k < pc.length - i && ec[ec.length - 1 - k] === pc[pc.length - 1 - k])
    k++;
  return {
    ok: false,
    expected: ec.length,
    placed: pc.length,
    ratio: ec.length ? Math.min(1, (i + k) / ec.length) : 0,
    firstDifference: {
      offset: i,
      expected: ec.slice(i, i + 20).join(''),
      placed: pc.slice(i, i + 20).join(''),
    },
  };
}
