import { describe, expect, it } from 'vitest';
import { charCode, normalize, parseQuery } from './tokens.ts';

describe('search tokens', () => {
  it('normalises width, case and white space', () => {
    expect(normalize('Ｏ２Ｏ 工会\n经费')).toBe('o2o工会经费');
    expect(normalize('APP')).toBe('app');
  });
  it('codes every character in three base-36 digits', () => {
    expect(charCode('工')).toMatch(/^[0-9a-z]{3}$/);
    expect(charCode('+')).not.toBe(charCode('x'));
  });
  it('reads several terms, each normalised; control characters split terms', () => {
    expect(parseQuery(' 職工書屋\u3000 Ｏ2O ')).toEqual(['職工書屋', 'o2o']);
    expect(parseQuery('工会\u0002经费')).toEqual(['工会', '经费']);
  });
});
