import { describe, expect, it } from 'vitest';
import { charCode, normalize, parseQuery, tokensFor, toTokens, toUnigrams } from './tokens.ts';

describe('search tokens', () => {
  it('normalises width, case and white space', () => {
    expect(normalize('Ｏ２Ｏ 工会\n经费')).toBe('o2o工会经费');
    expect(normalize('APP')).toBe('app');
  });
  it('makes one bigram token per position, the last one padded', () => {
    const t = toTokens('工会经', 'b');
    expect(t).toHaveLength(3);
    expect(t[0]).toBe(`b${charCode('工')}${charCode('会')}`);
    expect(t[2]).toBe(`b${charCode('经')}001`);
    for (const x of t) expect(x).toMatch(/^b[0-9a-z]{6}$/);
  });
  it('turns a phrase into its consecutive bigrams, a single character into its own token', () => {
    expect(tokensFor('工会经费', 'b')).toEqual(toTokens('工会经费', 'b').slice(0, 3));
    expect(tokensFor('工会', 'b')).toEqual([toTokens('工会', 'b')[0]]);
    expect(tokensFor('工', 'b')).toEqual([`u${charCode('工')}`]);
    expect(tokensFor('工', 't')).toEqual([]);
  });
  it("lists a page's distinct characters once each", () => {
    expect(toUnigrams('工会工')).toEqual([`u${charCode('工')}`, `u${charCode('会')}`]);
  });
  it('encodes symbols and Latin like any character', () => {
    expect(tokensFor('互联网+', 'b')).toHaveLength(3);
    expect(tokensFor('1+x+y', 'b').join(' ')).toContain(`${charCode('+')}${charCode('x')}`);
  });
  it('reads several terms, each normalised', () => {
    expect(parseQuery(' 職工書屋\u3000 Ｏ2O ')).toEqual(['職工書屋', 'o2o']);
  });
});
