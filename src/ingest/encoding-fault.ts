/**
 * Where a seed stops being text in its own encoding. A seed that is UTF-8
 * except for one line (a line pasted from a Latin-1 or GB18030 file, a
 * multi-byte character cut in two, an encoding that switches halfway) must be
 * reported at that line and column, not decoded as a whole in another
 * encoding (GB18030 accepts most UTF-8 byte sequences, as nonsense) and then
 * refused at line 1 for having no cover.
 *
 * The file's encoding is that of its first line that tells: a line valid as
 * UTF-8 that reads as Chinese is UTF-8, a line that is not UTF-8 but is
 * GB18030 is GB18030. The fault is the first line that disagrees.
 */

/** A line of the seed as bytes: 1-based number, start and end offsets (line break excluded). */
interface ByteLine {
  no: number;
  start: number;
  end: number;
}

/** What is wrong at the first bad place of a seed. */
export interface EncodingFault {
  /** The encoding the file is read in, from its first non-ASCII line. */
  encoding: 'utf-8' | 'gb18030';
  line: number;
  /** 1-based, in characters of the line as far as it decodes. */
  column: number;
  /** The first byte that does not fit, e.g. `0xE9`. */
  byte: string;
  message: string;
}

/** Splits bytes at LF, CRLF or CR, as decodeSeed splits the text. */
export function splitByteLines(bytes: Uint8Array): ByteLine[] {
  const lines: ByteLine[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x0a && b !== 0x0d) continue;
    lines.push({ no: lines.length + 1, start, end: i });
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  lines.push({ no: lines.length + 1, start, end: bytes.length });
  return lines;
}

/** Offset of the first byte that is not part of valid UTF-8 in [start, end), or -1. */
export function firstInvalidUtf8(b: Uint8Array, start = 0, end = b.length): number {
  let i = start;
  while (i < end) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n =
      c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= end) return i;
    const c1 = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (
      (c === 0xe0 && c1 < 0xa0) ||
      (c === 0xed && c1 > 0x9f) ||
      (c === 0xf0 && c1 < 0x90) ||
      (c === 0xf4 && c1 > 0x8f)
    )
      return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * True when the bad byte at `i` starts a UTF-8 character with some but not
 * all of its continuation bytes, and the rest of the line is UTF-8: a
 * character cut in two, not a line in another encoding.
 */
function isCutCharacter(line: Uint8Array, i: number): boolean {
  const c = line[i]!;
  const n =
    c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
  let k = 0;
  while (k < n && ((line[i + 1 + k] ?? 0) & 0xc0) === 0x80) k++;
  return k >= 1 && k < n && firstInvalidUtf8(line, i + 1 + k) < 0;
}

const utf8 = new TextDecoder('utf-8');
const gb = new TextDecoder('gb18030');
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function validGb18030(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The first place where the seed is not text in its own encoding, or
 * undefined when it all decodes (as UTF-8, or as GB18030 throughout).
 */
export function findEncodingFault(bytes: Uint8Array): EncodingFault | undefined {
  let encoding: 'utf-8' | 'gb18030' | undefined;
  for (const l of splitByteLines(bytes)) {
    const line = bytes.subarray(l.start, l.end);
    if (line.every((b) => b < 0x80)) continue;
    const bad = firstInvalidUtf8(line);
    const isUtf8 = bad < 0 && HAN.test(utf8.decode(line));
    if (encoding === undefined) {
      // Valid UTF-8 without Chinese (a dash, a Latin letter) could be either: read on.
      if (!isUtf8 && bad < 0) continue;
      encoding = isUtf8 || !validGb18030(line) ? 'utf-8' : 'gb18030';
    }
    if (encoding === 'utf-8' && bad >= 0) {
      const column = [...utf8.decode(line.subarray(0, bad))].length + 1;
      const message = isCutCharacter(line, bad)
        ? `a character cut in two: byte ${hex(line[bad])} starts a UTF-8 character that is not finished`
        : validGb18030(line)
          ? `this line is not UTF-8 like the lines before it (byte ${hex(line[bad])}): the encoding switches here, to GB18030 or another`
          : `byte ${hex(line[bad])} is not UTF-8 (a line in Latin-1 or another encoding, or a character cut in two)`;
      return { encoding, line: l.no, column, byte: hex(line[bad]), message };
    }
    if (encoding === 'gb18030') {
      if (isUtf8)
        return {
          encoding,
          line: l.no,
          column: 1,
          byte: hex(line.find((b) => b >= 0x80)),
          message:
            'this line is UTF-8 while the lines before it are GB18030: the encoding switches here',
        };
      if (!validGb18030(line)) {
        const decoded = gb.decode(line);
        const at = decoded.indexOf('\ufffd');
        return {
          encoding,
          line: l.no,
          column: [...decoded.slice(0, at < 0 ? 0 : at)].length + 1,
          byte: hex(line.find((b) => b >= 0x80)),
          message: 'the line is neither UTF-8 nor GB18030 text',
        };
      }
    }
  }
  return undefined;
}
