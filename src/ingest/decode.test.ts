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
      /seeds\/x\.txt:1: error: the file is empty/,
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

describe('decodeSeed: a bad place in the middle of a seed is reported where it is', () => {
  const utf8 = (s: string) => Buffer.from(s);
  const head = '浙江工运\n\n2018/5-6\n第一段中文\n';
  const fault = (bytes: Uint8Array) => {
    try {
      decodeSeed(bytes, 'seeds/x.txt');
    } catch (e) {
      return (e as ProblemError).message;
    }
    return 'decoded';
  };
  it('a Latin-1 line, at its line and column', () => {
    const bytes = Buffer.concat([
      utf8(head),
      iconv.encode('Caf\u00e9 中\n', 'latin1'),
      utf8('后文\n'),
    ]);
    expect(fault(bytes)).toMatch(/^seeds\/x\.txt:5:4: error: byte 0xE9 is not UTF-8/);
  });
  it('a character cut in two', () => {
    const bytes = Buffer.concat([
      utf8(head),
      utf8('正文'),
      Buffer.from([0xe6, 0x96]),
      utf8('后\n'),
    ]);
    expect(fault(bytes)).toMatch(/^seeds\/x\.txt:5:3: error: a character cut in two/);
  });
  it('a switch of encoding, either way', () => {
    const toGb = Buffer.concat([utf8(head), iconv.encode('这是国标码\n', 'gb18030')]);
    expect(fault(toGb)).toMatch(/^seeds\/x\.txt:5:1: error: .*the encoding switches here/);
    const toUtf8 = Buffer.concat([iconv.encode(head, 'gb18030'), utf8('这是统一码\n')]);
    expect(fault(toUtf8)).toMatch(
      /^seeds\/x\.txt:5:1: error: this line is UTF-8 while the lines before it are GB18030/,
    );
  });
  it('a NUL, at its line and column, with CRLF line ends too', () => {
    expect(fault(utf8(head.replace(/\n/g, '\r\n') + '正\u0000文\r\n'))).toMatch(
      /^seeds\/x\.txt:5:2: error: the file contains NUL bytes/,
    );
  });
  it('only blank characters: says which, with a hint', () => {
    expect(fault(utf8('\u3000\u3000\n\u00a0 \n'))).toMatch(
      /^seeds\/x\.txt:1: error: the file has only blank characters \(U\+3000 ideographic space, U\+00A0 no-break space\): no text\n {2}→ /,
    );
  });
  it('still reads a seed in GB18030 throughout', () => {
    expect(decodeSeed(iconv.encode(head, 'gb18030'), 'f')).toEqual({
      text: head,
      encoding: 'gb18030',
    });
  });
});
