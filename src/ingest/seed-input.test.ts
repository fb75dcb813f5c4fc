import { describe, expect, it } from 'vitest';
import { ProblemError } from '../core/problem.ts';
import { checkSeedInput, MAX_SEED_BYTES, getOverridesPath } from './seed-input.ts';

const file = (size: number) => ({ size, isDirectory: () => false, isFile: () => true });
const problemOf = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return (e as ProblemError).problem;
  }
  return undefined;
};

describe('checkSeedInput', () => {
  it('refuses a folder', () => {
    const dir = { size: 4096, isDirectory: () => true, isFile: () => false };
    expect(problemOf(() => checkSeedInput('seeds', dir))).toMatchObject({
      file: 'seeds',
      message: 'is a folder, not a seed file',
    });
  });
  it('refuses more than 5 MB before reading it', () => {
    expect(() => checkSeedInput('x.txt', file(MAX_SEED_BYTES + 1))).toThrow(ProblemError);
    expect(() => checkSeedInput('x.txt', file(MAX_SEED_BYTES))).not.toThrow();
  });
  it('refuses absurd line counts and lengths at the line', () => {
    const many = Buffer.from('a\r\n'.repeat(200_001));
    expect(problemOf(() => checkSeedInput('x.txt', file(many.length), many))).toMatchObject({
      line: 200_001,
    });
    const long = Buffer.from(`a\nb\r${'x'.repeat(60_001)}\nc`);
    expect(problemOf(() => checkSeedInput('x.txt', file(long.length), long))).toMatchObject({
      line: 3,
    });
    const fine = Buffer.from(`a\n${'x'.repeat(60_000)}\n`);
    expect(() => checkSeedInput('x.txt', file(fine.length), fine)).not.toThrow();
  });
});

describe('getOverridesPath', () => {
  it('is <name>.yaml beside the seed, with or without an extension', () => {
    expect(getOverridesPath('seeds/2018-5-6.txt')).toBe('seeds/2018-5-6.yaml');
    expect(getOverridesPath('seeds/2018-5-6')).toBe('seeds/2018-5-6.yaml');
    expect(getOverridesPath('./seeds/x')).toBe('seeds/x.yaml');
    expect(getOverridesPath('a.b/seed')).toBe('a.b/seed.yaml');
  });
});
