/**
 * Bad input to the import command, as an archivist would meet it: each is
 * refused with the file and the line (and column) where the trouble is, and
 * the content folder is left exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, type Snapshot } from '../support/content-snapshot.ts';

const importCmd = (seed: string, content: string) =>
  spawnSync(process.execPath, ['scripts/import.ts', seed, '--content', content, '--quiet'], {
    encoding: 'utf8',
  });

const seedText = readFileSync('seeds/2018-5-6.txt', 'utf8');
const seedLines = seedText.split('\n');
/** The seed as bytes with line `n` (1-based) replaced by `bytes`. */
const withLine = (n: number, bytes: Buffer) =>
  Buffer.concat([
    Buffer.from(seedLines.slice(0, n - 1).join('\n') + '\n'),
    bytes,
    Buffer.from('\n' + seedLines.slice(n).join('\n')),
  ]);

describe(
  'npm run import refuses bad input where it is, and writes nothing',
  { timeout: 60_000 },
  () => {
    const work = mkdtempSync(join(tmpdir(), 'zjgy-bad-input-'));
    const content = join(work, 'content');
    let before: Snapshot;
    beforeAll(() => {
      const first = importCmd('seeds/2018-5-6.txt', content);
      expect(first.status, first.stderr).toBe(0);
      before = snapshot(content);
    }, 60_000);

    const refuse = (name: string, bytes: Buffer | string) => {
      const seed = join(work, name);
      writeFileSync(seed, bytes);
      const r = importCmd(seed, content);
      expect(r.status).not.toBe(0);
      expect(snapshot(content)).toEqual(before);
      return { seed: relative(process.cwd(), seed), stderr: r.stderr };
    };

    it('a Latin-1 line in the middle: its line and column', () => {
      const line = Buffer.concat([iconv.encode('Café ', 'latin1'), Buffer.from(seedLines[999]!)]);
      const { seed, stderr } = refuse('latin1.txt', withLine(1000, line));
      expect(stderr).toContain(`${seed}:1000:4: error: byte 0xE9 is not UTF-8`);
    });

    it('a NUL in the middle: its line and column', () => {
      const { seed, stderr } = refuse(
        'nul.txt',
        withLine(1000, Buffer.from(`正文\u0000${seedLines[999]}`)),
      );
      expect(stderr).toContain(`${seed}:1000:3: error: the file contains NUL bytes`);
    });

    it('a multi-byte character cut in two: its line and column', () => {
      const cut = Buffer.concat([
        Buffer.from('正文'),
        Buffer.from('中').subarray(0, 2),
        Buffer.from(seedLines[999]!),
      ]);
      const { seed, stderr } = refuse('cut.txt', withLine(1000, cut));
      expect(stderr).toContain(`${seed}:1000:3: error: a character cut in two`);
    });

    it('an encoding that switches halfway: the first line of the other encoding', () => {
      // From the first line of Chinese at or after line 1200, the rest is GB18030.
      const at = seedLines.findIndex((l, i) => i >= 1199 && /[^\x00-\x7f]/.test(l));
      const bytes = Buffer.concat([
        Buffer.from(seedLines.slice(0, at).join('\n') + '\n'),
        iconv.encode(seedLines.slice(at).join('\n'), 'gb18030'),
      ]);
      const { seed, stderr } = refuse('switch.txt', bytes);
      expect(stderr).toMatch(
        new RegExp(`${seed}:${at + 1}:1: error: .*the encoding switches here`),
      );
    });

    it('only blank characters (U+3000, NBSP): says so, with a hint', () => {
      const { seed, stderr } = refuse('blank.txt', '\u3000\u3000\n\u00a0\n\u3000\n');
      expect(stderr).toContain(
        `${seed}:1: error: the file has only blank characters (U+3000 ideographic space, U+00A0 no-break space): no text`,
      );
      expect(stderr).toMatch(/→ the text was lost when it was extracted/);
    });

    it('a folder: says it is a folder', () => {
      const dir = join(work, 'a-folder');
      mkdirSync(dir);
      const r = importCmd(dir, content);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(
        `${relative(process.cwd(), dir)}: error: is a folder, not a seed file`,
      );
      expect(snapshot(content)).toEqual(before);
    });

    it('over 5 MB: refused before parsing', () => {
      const { seed, stderr } = refuse('huge.txt', Buffer.alloc(6 * 1024 * 1024, '中文\n'));
      expect(stderr).toContain(
        `${seed}: error: is 6.0 MB: a seed is one issue's text, at most 5.0 MB`,
      );
    });

    it('absurd line counts or lengths: refused at the line', () => {
      const many = refuse('many.txt', '\n'.repeat(200_001));
      expect(many.stderr).toContain(
        `${many.seed}:200001: error: has more than 200000 lines`,
      );
      const long = refuse('long.txt', withLine(7, Buffer.from('长'.repeat(25_000))));
      expect(long.stderr).toContain(`${long.seed}:7: error: line 7 is 75000 bytes long`);
    });

    it('a seed without an extension is not read as its own issue file', () => {
      const other = join(work, 'other-content');
      const seed = join(work, '2018-5-6');
      copyFileSync('seeds/2018-5-6.txt', seed);
      const r = importCmd(seed, other);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/YAML/);
      // …but an issue file beside it, named <name>.yaml, is read.
      writeFileSync(`${seed}.yaml`, 'volumeTitle: 测试卷名\n');
      const again = importCmd(seed, join(work, 'third-content'));
      expect(again.status, again.stderr).toBe(0);
      expect(readFileSync(join(work, 'third-content/issues/2018-5-6/issue.yaml'), 'utf8')).toMatch(
        /volumeTitle: 测试卷名/,
      );
    });
  },
);
