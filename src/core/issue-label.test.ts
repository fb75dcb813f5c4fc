import { describe, expect, it } from 'vitest';
import {
  chineseDate,
  fullIssueLabel,
  issueIdOf,
  issueLabelOf,
  issueNumbersText,
  labelWithTotals,
  totalsText,
  yearNumbersText,
} from './issue-label.ts';

const combined = { label: '2018/5-6', year: 2018, numbers: [5, 6], totals: [407, 408] };
const single = { label: '2019/3', year: 2019, numbers: [3], totals: [] };

describe('issue naming', () => {
  it('turns a label into an id and back', () => {
    for (const label of ['2018/5-6', '2019/3', '2020/11-12'])
      expect(issueLabelOf(issueIdOf(label))).toBe(label);
    expect(issueIdOf('2018/5-6')).toBe('2018-5-6');
  });
  it('writes the running numbers and the combined forms', () => {
    expect(totalsText([407, 408])).toBe('总第407、408期');
    expect(yearNumbersText(combined)).toBe('2018年第5-6期');
    expect(issueNumbersText([4, 5, 6])).toBe('4-6');
    expect(issueNumbersText([3])).toBe('3');
    expect(labelWithTotals(combined)).toBe('2018/5-6（总第407、408期）');
    expect(fullIssueLabel(combined)).toBe('2018年第5-6期（总第407、408期）');
  });
  it('leaves out empty brackets where the masthead prints no running number', () => {
    expect(totalsText([])).toBe('');
    expect(labelWithTotals(single)).toBe('2019/3');
    expect(fullIssueLabel(single)).toBe('2019年第3期');
  });
  it('writes a publication date as the masthead prints it', () => {
    expect(chineseDate('2018-12-10')).toBe('2018年12月10日');
    expect(chineseDate('2019-03-05')).toBe('2019年3月5日');
  });
});
