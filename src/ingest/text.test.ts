import { describe, expect, it } from 'vitest';
import {
  closeHanSpaces,
  endsSentence,
  keepHan,
  hasOpenBracket,
  lcsLength,
  longestCommonRun,
  matchKey,
} from './text.ts';

describe('text helpers', () => {
  it('keeps only Han characters for the fidelity check', () => {
    expect(keepHan('“互联网+”实现 O2O 12351')).toBe('互联网实现');
  });
  it('compares headings on a key without brackets, quotes and spaces', () => {
    expect(matchKey('中国(杭州)电竞数娱小镇')).toBe(matchKey('中国杭州 电竞数娱小镇'));
    expect(matchKey('打“call”')).toBe('打call');
  });
  it('measures subsequences and runs', () => {
    expect(lcsLength('东冠高新园区', '杭州市滨江区东冠高新区楼宇工会联合会')).toBe(5);
    expect(longestCommonRun('东冠高新园区', '东冠高新区')).toBe(4);
  });
  it('knows a sentence end, including before a closing quote', () => {
    expect(endsSentence('是工会的初心所在。')).toBe(true);
    expect(endsSentence('“点亮一盏灯,照亮一大片”。')).toBe(true);
    expect(endsSentence('有效途径。”')).toBe(true);
    expect(endsSentence('这是工会工作‘接地气’')).toBe(false);
    expect(endsSentence('建立了党支')).toBe(false);
  });
  it('sees a bracket or quote left open', () => {
    expect(hasOpenBracket('小镇工会与“e港青友”(信息港')).toBe(true);
    expect(hasOpenBracket('“互联网+”加码服务')).toBe(false);
  });
  it('closes spaces the PDF put between Han characters only', () => {
    expect(closeHanSpaces('浙江省基层工会 改革试点实践实录')).toBe(
      '浙江省基层工会改革试点实践实录',
    );
    expect(closeHanSpaces('共建 36 个')).toBe('共建 36 个');
  });
});
