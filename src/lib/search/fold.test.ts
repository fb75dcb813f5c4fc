import { describe, expect, it } from 'vitest';
import { convertPhrases, foldText, termForms, type FoldTable } from './fold.ts';

const table: FoldTable = {
  c: { 級: '级', 係: '系', 繫: '系', 關: '关', 爲: '为', 為: '为' },
  p: { 於: '于', 乾: '干', 乾坤: '乾坤', 瞭解: '了解' },
};

describe('fold', () => {
  it('folds each traditional or variant form, keeping positions', () => {
    expect(foldText('高級工關係爲', table)).toBe('高级工关系为');
    expect([...foldText('聯繫', table)]).toHaveLength(2);
  });
  it('leaves characters that are also simplified to the phrase conversion', () => {
    expect(foldText('显著关於', table)).toBe('显著关於');
    expect(convertPhrases('關於乾坤乾', table)).toBe('關于乾坤干');
  });
  it('converts longest phrases first, as OpenCC does', () => {
    expect(convertPhrases('不瞭解', table)).toBe('不了解');
  });
  it('gives a term its folded and its converted forms, once each', () => {
    expect(termForms('關於', table)).toEqual(['关於', '关于']);
    expect(termForms('級', table)).toEqual(['级']);
    expect(termForms('显著', table)).toEqual(['显著']);
  });
});
