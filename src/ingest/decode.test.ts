import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSeed, toLines } from './decode.ts';
import { ProblemError } from '../core/problem.ts';

const text = '浙江工运\n\n2018/5-6\n';

describe('decodeSeed', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeSeed(new TextEncoder().encode(text), 'f').text).toBe(text);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeSeed(bom, 'f')).toEqual({ text, encoding: 'utf-8 (BOM)' });
  });
  it('normalises CRLF and CR line ends', () => {
    expect(decodeSeed(new TextEncoder().encode(text.replace(/\n/g, '\r\n')), 'f').text).toBe(text);
    expect(decodeSeed(new TextEncoder().encode('a\rb'), 'f').text).toBe('a\nb');
  });
  it('falls back to GB18030', () => {
    expect(decodeSeed(iconv.encode(text, 'gb18030'), 'f')).toEqual({ text, encoding: 'gb18030' });
  });
  it('refuses an empty file with its name and line', () => {
    expect(() => decodeSeed(new Uint8Array(), 'seeds/x.txt')).toThrow(ProblemError);
    expect(() => decodeSeed(new TextEncoder().encode(' \n\n'), 'seeds/x.txt')).toThrow(
      /seeds\/x\.txt:1: the file is empty/,
    );
  });
  it('refuses binary data', () => {
    expect(() => decodeSeed(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), 'x.pdf')).toThrow(
      /NUL bytes/,
    );
  });
  it('numbers lines from 1 and trims their ends', () => {
    expect(toLines('a  \nb\u3000')).toEqual([
      { no: 1, text: 'a' },
      { no: 2, text: 'b' },
    ]);
  });
});
