import { describe, expect, it } from 'vitest';
import { cardSvg, issueCard, pathData, wrap } from './social-card.ts';

describe('social cards', () => {
  it('shows the volume title, its part and the issue’s numbers', () => {
    expect(
      issueCard({
        title: '浙江工运',
        label: '2018/5-6',
        totals: [407, 408],
        volumeTitle: '浙江省基层工会改革试点实践实录 · 新业态探索篇',
      }),
    ).toEqual({
      title: '浙江省基层工会改革试点实践实录',
      subtitle: '新业态探索篇',
      footer: '《浙江工运》2018/5-6（总第407、408期）',
    });
    expect(issueCard({ title: '浙江工运', label: '2019/1', totals: [409] }).title).toBe('浙江工运');
  });

  it('writes path data without NaN, whatever the fractions (opentype.js’s own writer fails on 5e-15)', () => {
    expect(
      pathData([
        { type: 'M', x: 628 + 5e-15, y: 1 },
        { type: 'L', x: 1.25, y: -0.04 },
        { type: 'Z' },
      ]),
    ).toBe('M628 1L1.3 0Z');
    const svg = cardSvg({ title: 'x', footer: '《浙江工运》2018/5-6（总第407、408期）' });
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('wraps long titles into at most the given lines, with an ellipsis', () => {
    expect(wrap('一二三四五六七', 3, 2)).toEqual(['一二三', '四五…']);
  });
});
