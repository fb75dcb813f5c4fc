import { ProblemError } from '../core/problem.ts';
import type { SourceLine } from './types.ts';

/**
 * Decodes a seed file into lines. Seeds come from PDF extraction on many
 * machines: UTF-8 with or without a BOM, sometimes GB18030 (older Windows
 * tools), with CRLF or CR line ends. Anything else is refused with a message
 * that says how to fix it.
 */
export function decodeSeed(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (
    bytes.length === 0 ||
    bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)
  ) {
    throw new ProblemError({
      file,
      line: 1,
      message: 'the file is empty',
      hint: 'export the issue text from the PDF again; nothing was written',
    });
  }
  let encoding = 'utf-8';
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      // `ignoreBOM: false` strips a UTF-8 BOM; `fatal` makes invalid UTF-8 throw.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8 (BOM)';
    } catch {
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        encoding = 'gb18030';
      } catch {
        throw new ProblemError({
          file,
          line: firstBadLine(bytes),
          message: 'the file is neither UTF-8 nor GB18030 text',
          hint: 'save it as UTF-8 (e.g. `iconv -f <encoding> -t utf-8`) and import again',
        });
      }
    }
  }
  if (text.includes('\u0000')) {
    throw new ProblemError({
      file,
      line: 1,
      message: 'the file contains NUL bytes: it looks binary, not text',
      hint: 'import the text extracted from the PDF, not the PDF itself',
    });
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

/** Splits decoded text into numbered lines, trimming trailing white space only. */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ no: i + 1, text: t.replace(/[\s\u3000]+$/u, '') }));
}

function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if ((bytes[i] ?? 0) >= 0x80) return line;
  }
  return line;
}
