import { findEncodingFault } from './encoding-fault.ts';
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
      // Not UTF-8 throughout: GB18030 throughout, or a bad place to point at.
      const fault = findEncodingFault(bytes);
      if (fault)
        throw new ProblemError({
          file,
          line: fault.line,
          column: fault.column,
          message: fault.message,
          hint:
            fault.encoding === 'utf-8'
              ? 'retype or re-export this line as UTF-8 (the rest of the file is UTF-8); nothing was written'
              : 'save the whole file in one encoding, preferably UTF-8 (`iconv -f gb18030 -t utf-8`); nothing was written',
        });
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        encoding = 'gb18030';
      } catch {
        throw new ProblemError({
          file,
          line: 1,
          message: 'the file is neither UTF-8 nor GB18030 text',
          hint: 'save it as UTF-8 (e.g. `iconv -f <encoding> -t utf-8`) and import again',
        });
      }
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = locateIndex(text, nul);
    throw new ProblemError({
      file,
      line,
      column,
      message: `the file contains NUL bytes: ${line === 1 ? 'it looks binary, not text' : 'a damaged or binary part of the file'}`,
      hint: 'import the text extracted from the PDF, not the PDF itself; remove the NUL characters from this line',
    });
  }
  const blank = blankOnly(text);
  if (blank)
    throw new ProblemError({
      file,
      line: 1,
      message: `the file has only blank characters (${blank}): no text`,
      hint: 'the text was lost when it was extracted: export the issue text from the PDF again; nothing was written',
    });
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

/** Splits decoded text into numbered lines, trimming trailing white space only. */
export function toLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ no: i + 1, text: t.replace(/[\s\u3000]+$/u, '') }));
}

/** The 1-based line and column of a character index of the text (LF, CRLF or CR line ends). */
export function locateIndex(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).replace(/\r\n?/g, '\n');
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: (before.match(/\n/g)?.length ?? 0) + 1,
    column: [...before.slice(lineStart)].length + 1,
  };
}

/** Names the blank characters of a text that has nothing else (U+3000, NBSP …), or undefined when it has text. */
export function blankOnly(text: string): string | undefined {
  if (/[^\s\u200b-\u200d\u2060\ufeff]/u.test(text)) return undefined;
  const names: Record<string, string> = {
    '\u3000': 'U+3000 ideographic space',
    '\u00a0': 'U+00A0 no-break space',
    '\ufeff': 'U+FEFF byte order mark',
    '\u200b': 'U+200B zero-width space',
  };
  const found = [...new Set(text.replace(/[ \t\n\r]/g, ''))].map(
    (c) => names[c] ?? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return found.length ? found.join(', ') : 'spaces and line breaks';
}
