import { describe, expect, it } from 'vitest';
import { error, formatProblem, formatProblems, ProblemError, warning } from './problem.ts';

describe('problem', () => {
  it('prints file, line, column, field, message and hint', () => {
    expect(
      formatProblem(
        error('content/a.mdx', 'not a date', { line: 3, column: 8, field: 'date', hint: 'write 2018-06-01' }),
      ),
    ).toBe('content/a.mdx:3:8: error: date: not a date\n  → write 2018-06-01');
  });
  it('leaves out what is not known', () => {
    expect(formatProblem(warning('seeds/x.txt', 'empty'))).toBe('seeds/x.txt: warning: empty');
  });
  it('sorts errors first, then by file and line', () => {
    const out = formatProblems([
      warning('a', 'w', { line: 1 }),
      error('b', 'e2', { line: 9 }),
      error('b', 'e1', { line: 2 }),
    ]);
    expect(out.split('\n')).toEqual(['b:2: error: e1', 'b:9: error: e2', 'a:1: warning: w']);
  });
  it('carries its problems when thrown', () => {
    const e = new ProblemError(error('f', 'bad', { line: 4 }));
    expect(e.problem.line).toBe(4);
    expect(e.message).toBe('f:4: error: bad');
  });
});
