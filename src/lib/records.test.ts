import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './records.ts';

/** Reads RFC 4180 CSV back (quoted fields only, as toCsv writes them). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const re = /"((?:[^"]|"")*)"(,|\r\n|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(csv)) && m[0]) {
    row.push(m[1]!.replace(/""/g, '"'));
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('CSV export', () => {
  it.each([
    [
      '=HYPERLINK("https://evil.example","点我")',
      `"'=HYPERLINK(""https://evil.example"",""点我"")"`,
    ],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary values as they are, quoted', () => {
    expect(csvCell('杭州市')).toBe('"杭州市"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell(6)).toBe('"6"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(true)).toBe('"true"');
  });

  it('keeps quotes, commas and line breaks inside their cell', () => {
    const rows = [
      { id: 'a', title: '他说"好",然后\r\n又说\n再说\r完' },
      { id: 'b', title: '=cmd|" /C calc"!A0' },
    ];
    const csv = toCsv(rows, ['id', 'title']);
    expect(csv.startsWith('\uFEFF"id","title"\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['id', 'title'],
      ['a', '他说"好",然后\r\n又说\n再说\r完'],
      ['b', `'=cmd|" /C calc"!A0`],
    ]);
  });
});
