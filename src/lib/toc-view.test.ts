import { describe, expect, it } from 'vitest';
import { joinPrintedLines } from './toc-view.ts';

describe('joinPrintedLines', () => {
  it('puts the pilots a 速写 line names with 、 back on one line, page once', () => {
    const lines = joinPrintedLines([
      { text: '萧山经济技术开发区', page: 34 },
      { text: '下城区中国杭州电竞数娱小镇', page: 35 },
      { text: '江干区钱江新城中央商务区', page: 35 },
      { text: '拱墅区科技工业功能区', page: 36 },
    ]);
    expect(lines.map((l) => [l.page, l.entries.map((e) => e.text)])).toEqual([
      [34, ['萧山经济技术开发区']],
      [35, ['下城区中国杭州电竞数娱小镇', '江干区钱江新城中央商务区']],
      [36, ['拱墅区科技工业功能区']],
    ]);
  });

  it('keeps entries with a subtitle or author, and entries without a page, on lines of their own', () => {
    const lines = joinPrintedLines([
      { text: '杭州市下城区武林商圈工会', subtitle: '“杭州之心”的娘家情怀', author: '洪菡婷', page: 10 },
      { text: '杭州市萧山区信息港小镇工会联合会', subtitle: '“娘家人”关爱', page: 10 },
      { text: '甲' },
      { text: '乙' },
    ]);
    expect(lines).toHaveLength(4);
  });
});
