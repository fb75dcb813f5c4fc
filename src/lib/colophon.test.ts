import { describe, expect, it } from 'vitest';
import { colophonRows } from './colophon.ts';

describe('colophonRows', () => {
  it('sets the printing permit printed under the printer apart as 准印证号', () => {
    expect(
      colophonRows([
        { label: '邮编', value: '310007' },
        { label: '印刷', value: '杭州嘉业印务有限公司 浙内准字第0022号' },
      ]),
    ).toEqual([
      { label: '邮编', value: '310007' },
      { label: '印刷', value: '杭州嘉业印务有限公司' },
      { label: '准印证号', value: '浙内准字第0022号' },
    ]);
  });

  it('keeps a printer without a permit, and a colophon that already names it', () => {
    const plain = [{ label: '印刷', value: '杭州嘉业印务有限公司' }];
    expect(colophonRows(plain)).toEqual(plain);
    const named = [
      { label: '印刷', value: '某印务 浙内准字第1号' },
      { label: '准印证号', value: '浙内准字第1号' },
    ];
    expect(colophonRows(named)).toEqual(named);
  });
});
