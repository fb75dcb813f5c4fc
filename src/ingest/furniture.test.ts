import { describe, expect, it } from 'vitest';
import { stripFurniture } from './furniture.ts';

describe('stripFurniture', () => {
  it.each([
    ['依照有关规定向社会公开。**1**', '依照有关规定向社会公开。', '**1**'],
    ['“掌上娘家人”的情怀。^[1]', '“掌上娘家人”的情怀。', '^[1]'],
    ['开展了“五四”活动。^[2]', '开展了“五四”活动。', '^[2]'],
    ['推动构建和谐劳动关系。■', '推动构建和谐劳动关系。', '■'],
    ['目标。**■**', '目标。', '**■**'],
    ['打下坚实的基础。¹', '打下坚实的基础。', '¹'],
    [
      '真正让基层工会动起来、活起来、强起来。 **I**',
      '真正让基层工会动起来、活起来、强起来。',
      '**I**',
    ],
    ['■ 特约记者 洪茵婷', '特约记者 洪茵婷', '■'],
    ['■特约记者 张浩呈', '特约记者 张浩呈', '■'],
  ])('removes the page mark from %s', (line, text, mark) => {
    const r = stripFurniture(line);
    expect(r.text).toBe(text);
    expect(r.removed.join(' ')).toBe(mark);
  });
  it('leaves article text alone', () => {
    for (const t of [
      '发挥“1+1>2”的整体效应',
      '12351职工维权热线',
      'VR远教“用起来”',
      '“1+X+Y”护航城市高地',
    ]) {
      expect(stripFurniture(t)).toEqual({ text: t, removed: [] });
    }
  });
});
