import { describe, expect, it } from 'vitest';
import type { BuiltArticle } from './build-articles.ts';
import { checkIssueFidelity } from './check-issue-fidelity.ts';
import type { Segmentation } from './segment.ts';

// Lines 1–2 an article region before the 目录 (line 3); after it the colophon (4), then an article (5–6).
const text = [
  '卷首语',
  '改革是根本要求。',
  '目录',
  '地址 杭州市保俶路85号',
  '云栖小镇 合力打造',
  '小镇工会引领创业。',
];
const lines = text.map((t, i) => ({ no: i + 1, text: t }));
const seg = (more: Partial<Segmentation> = {}) =>
  ({ pre: [0, 1], post: [3, 4, 5], colophonLines: [4], unassigned: [], ...more }) as Segmentation;
const article = (lineNos: number[], segments = lineNos.map((n) => text[n - 1]!)) =>
  ({
    lines: lineNos,
    segments: segments.map((t, i) => ({ text: t, lines: [lineNos[i] ?? 0] })),
  }) as BuiltArticle;

describe('checkIssueFidelity', () => {
  it('is satisfied when the articles hold every Han character of their regions, in order', () => {
    const r = checkIssueFidelity(
      lines,
      seg(),
      [],
      [article([1, 2]), article([5, 6])],
      'seeds/x.txt',
    );
    expect(r.fidelity).toMatchObject({ ok: true, ratio: 1 });
    expect(r.fidelity.expected).toBe(r.fidelity.placed);
    expect(r.unassigned).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('leaves the colophon and the imprint out of what articles must hold', () => {
    const r = checkIssueFidelity(
      lines,
      seg({ colophonLines: [] }),
      [4],
      [article([1, 2]), article([5, 6])],
      'f',
    );
    expect(r.fidelity.ok).toBe(true);
  });

  it('reports a line no article took, at its line, and the characters it lost', () => {
    const r = checkIssueFidelity(lines, seg(), [], [article([1, 2]), article([5])], 'seeds/x.txt');
    expect(r.unassigned).toEqual([{ line: 6, text: '小镇工会引领创业。' }]);
    expect(r.fidelity).toMatchObject({ ok: false, placed: r.fidelity.expected - 8 });
    expect(r.problems.map((p) => [p.level, p.line, p.message])).toEqual([
      [
        'error',
        undefined,
        expect.stringMatching(
          /^fidelity: \d+ of \d+ Han characters placed; first difference at \d+: expected “小镇工会引领创业”, placed “”$/u,
        ),
      ],
      ['warning', 6, 'text not assigned to any article: “小镇工会引领创业。”'],
    ]);
    expect(r.problems[0]!.hint).toBe('a line was lost or taken twice: report it with the seed');
  });

  it('finds text placed twice', () => {
    const r = checkIssueFidelity(
      lines,
      seg(),
      [],
      [article([1, 2]), article([5, 6]), article([6])],
      'f',
    );
    expect(r.fidelity.ok).toBe(false);
    expect(r.fidelity.placed).toBeGreaterThan(r.fidelity.expected);
  });

  it('keeps what segmentation could not assign, once', () => {
    const r = checkIssueFidelity(
      lines,
      seg({ unassigned: [{ line: 6, text: '小镇工会引领创业。' }] }),
      [],
      [article([1, 2]), article([5])],
      'f',
    );
    expect(r.unassigned).toEqual([{ line: 6, text: '小镇工会引领创业。' }]);
  });
});
