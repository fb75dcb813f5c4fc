import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/ingest/import-issue.ts';
import { loadVocabularies } from '../../src/core/load-data.ts';
import { ProblemError } from '../../src/core/problem.ts';

const vocab = loadVocabularies();
const seed = readFileSync('seeds/2018-5-6.txt', 'utf8');
const run = (text: string) => parseIssue(Buffer.from(text), 'seeds/bad.txt', vocab);

describe('bad input', () => {
  it('an empty file: error with file and line', () => {
    expect(() => run('')).toThrow(ProblemError);
    expect(() => run('')).toThrow(/seeds\/bad\.txt:1: error: the file is empty/);
  });
  it('a file with no TOC: error saying what is missing', () => {
    const noToc = seed.replace(/目录 Contents/, '');
    expect(() => run(noToc)).toThrow(/no table of contents/);
  });
  it('a cover without an issue label: error at the cover', () => {
    expect(() => run(seed.replace('2018/5-6', ''))).toThrow(/seeds\/bad\.txt:3: error: no issue label/);
  });
  it('a TOC entry with no body: a warning listed in the report, the rest imported', () => {
    const start = seed.indexOf('平阳县宠物小镇工会联合会\n');
    const end = seed.indexOf('平阳县万达-银泰商务圈联合工会\n');
    const r = run(seed.slice(0, start) + seed.slice(end));
    expect(r.report.unmatched).toEqual([
      expect.objectContaining({ text: '平阳县宠物小镇', section: '速写' }),
    ]);
    expect(
      r.report.problems.some(
        (i) => i.level === 'warning' && i.message.includes("平阳县宠物小镇") && (i.line ?? 0) > 0,
      ),
    ).toBe(true);
    expect(r.report.articles).toBe(90);
    expect(r.report.fidelity.ok).toBe(true);
  });
});
