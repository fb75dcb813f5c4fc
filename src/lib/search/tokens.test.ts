import { describe, expect, it } from 'vitest';
import {
  toBigrams,
  charCode,
  lookupsFor,
  normalize,
  parseQuery,
  toTokens,
  toUnigrams,
} from './tokens.ts';

describe('search tokens', () => {
  it('normalises width, case and white space', () => {
    expect(normalize('Ｏ２Ｏ 工会\n经费')).toBe('o2o工会经费');
    expect(normalize('APP')).toBe('app');
  });
  it('makes one trigram token per position in the text, one bigram in the title, padded', () => {
    const t = toTokens('工会经', 'b');
    expect(t).toHaveLength(3);
    expect(t[0]).toBe(`b${charCode('工')}${charCode('会')}${charCode('经')}`);
    expect(t[2]).toBe(`b${charCode('经')}001001`);
    for (const x of t) expect(x).toMatch(/^b[0-9a-z]{9}$/);
    expect(toTokens('工会', 't')).toEqual([
      `t${charCode('工')}${charCode('会')}`,
      `t${charCode('会')}001`,
    ]);
  });
  it('looks a long term up by trigrams covering every character, at their offsets', () => {
    const plan = lookupsFor('工会经费管理', 'b');
    expect(plan.positional).toBe(true);
    expect(plan.lookups.map((l) => l.offset)).toEqual([0, 3]);
    expect(plan.lookups.map((l) => l.token)).toEqual([
      toTokens('工会经费管理', 'b')[0],
      toTokens('工会经费管理', 'b')[3],
    ]);
    expect(lookupsFor('工会经费管', 'b').lookups.map((l) => l.offset)).toEqual([0, 2]);
    expect(lookupsFor('工会经', 'b').lookups.map((l) => l.offset)).toEqual([0]);
    expect(lookupsFor('工会经费', 't').lookups.map((l) => l.offset)).toEqual([0, 2]);
  });
  it('finds two characters and one by tokens listed once per article', () => {
    expect(lookupsFor('工会', 'b')).toEqual({
      lookups: [{ token: `d${charCode('工')}${charCode('会')}`, offset: 0 }],
      positional: false,
    });
    expect(lookupsFor('工', 'b')).toEqual({
      lookups: [{ token: `u${charCode('工')}`, offset: 0 }],
      positional: false,
    });
    expect(lookupsFor('工', 't').lookups).toEqual([]);
    expect(toBigrams('工会工会')).toEqual([
      `d${charCode('工')}${charCode('会')}`,
      `d${charCode('会')}${charCode('工')}`,
    ]);
  });
  it("lists a page's distinct characters once each", () => {
    expect(toUnigrams('工会工')).toEqual([`u${charCode('工')}`, `u${charCode('会')}`]);
  });
  it('encodes symbols and Latin like any character', () => {
    expect(lookupsFor('互联网+', 'b').lookups).toHaveLength(2);
    expect(toTokens('1+x+y', 'b').join(' ')).toContain(
      `${charCode('+')}${charCode('x')}${charCode('+')}`,
    );
  });
  it('reads several terms, each normalised', () => {
    expect(parseQuery(' 職工書屋\u3000 Ｏ2O ')).toEqual(['職工書屋', 'o2o']);
  });
});
