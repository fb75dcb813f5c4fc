import { describe, expect, it } from 'vitest';
import { findEncodingFault, firstInvalidUtf8, splitByteLines } from './encoding-fault.ts';

describe('firstInvalidUtf8', () => {
  it('accepts UTF-8 and finds the first byte that is not', () => {
    expect(firstInvalidUtf8(Buffer.from('中文 abc 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x20]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe4, 0xb8]))).toBe(1); // cut at the end
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });
});

describe('splitByteLines', () => {
  it('splits at LF, CRLF and CR like the decoder', () => {
    expect(splitByteLines(Buffer.from('a\r\nb\rc\nd')).map((l) => l.no)).toEqual([1, 2, 3, 4]);
    expect(splitByteLines(Buffer.from('a\r\nb\rc\nd'))[3]).toEqual({ no: 4, start: 7, end: 8 });
  });
});

describe('findEncodingFault', () => {
  it('finds none in clean UTF-8 or clean GB18030', () => {
    expect(findEncodingFault(Buffer.from('中文\n— dash\n'))).toBeUndefined();
  });
  it('decides the encoding from the first line that tells, past ASCII and dashes', () => {
    const bytes = Buffer.concat([Buffer.from('abc\n— \n中文\n'), Buffer.from([0x41, 0xff, 0x0a])]);
    expect(findEncodingFault(bytes)).toMatchObject({
      encoding: 'utf-8',
      line: 4,
      column: 2,
      byte: '0xFF',
    });
  });
});
