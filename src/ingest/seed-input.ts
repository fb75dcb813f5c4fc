/**
 * What the import command accepts as a seed, decided before anything is
 * parsed: a file (not a folder), of a sane size, with sane lines. The real
 * seed of an issue is about 230 KB in 2,200 lines, none over 1,000 bytes; the
 * limits are twenty times and more above that, and refuse in a moment what
 * would otherwise take minutes and gigabytes (a 20 MB input did) and write
 * nonsense.
 */
import { basename, dirname, extname, join } from 'node:path';
import { error, ProblemError } from '../core/problem.ts';

/** Largest seed accepted, in bytes. */
export const MAX_SEED_BYTES = 5 * 1024 * 1024;
/** Most lines a seed may have. */
export const MAX_SEED_LINES = 200_000;
/** Longest line a seed may have, in bytes (a line of Chinese text is a third as many characters). */
export const MAX_LINE_BYTES = 60_000;

/** The part of `fs.Stats` the check needs. */
export interface SeedStat {
  size: number;
  isDirectory(): boolean;
  isFile(): boolean;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Throws a {@link ProblemError} naming the file (and line) when `path` is not
 * a seed the importer should read: a folder, something not a regular file,
 * more than {@link MAX_SEED_BYTES}; with its bytes, more than
 * {@link MAX_SEED_LINES} lines or a line over {@link MAX_LINE_BYTES} bytes.
 */
export function checkSeedInput(path: string, stat: SeedStat, bytes?: Uint8Array): void {
  if (stat.isDirectory())
    throw new ProblemError(
      error(path, 'is a folder, not a seed file', {
        hint: 'give the text file of one issue, e.g. seeds/2018-5-6.txt',
      }),
    );
  if (!stat.isFile())
    throw new ProblemError(
      error(path, 'is not a regular file', { hint: 'give the text file of one issue' }),
    );
  if (stat.size > MAX_SEED_BYTES)
    throw new ProblemError(
      error(
        path,
        `is ${mb(stat.size)}: a seed is one issue's text, at most ${mb(MAX_SEED_BYTES)}`,
        {
          hint: 'an issue is a few hundred KB: check that this is the text of one issue, not several or a PDF',
        },
      ),
    );
  if (!bytes) return;
  let lines = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (i < bytes.length && b !== 0x0a && b !== 0x0d) continue;
    if (i - start > MAX_LINE_BYTES)
      throw new ProblemError(
        error(
          path,
          `line ${lines} is ${i - start} bytes long: a seed's lines are at most ${MAX_LINE_BYTES}`,
          {
            line: lines,
            hint: 'the text was not extracted line by line: export it from the PDF again',
          },
        ),
      );
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
    if (i < bytes.length && ++lines > MAX_SEED_LINES)
      throw new ProblemError(
        error(path, `has more than ${MAX_SEED_LINES} lines: a seed is one issue's text`, {
          line: lines,
          hint: 'check that this is the text of one issue',
        }),
      );
  }
}

/**
 * The issue file of a seed: `seeds/<name>.yaml` beside `seeds/<name>.txt`.
 * A seed without an extension has `<name>.yaml`; the seed itself is never
 * its own issue file (a seed named `x.yaml`, or `x` when `x.yaml` is it).
 */
export function getOverridesPath(seedPath: string): string {
  const name = basename(seedPath);
  const ext = extname(name);
  return join(dirname(seedPath), `${ext ? name.slice(0, -ext.length) : name}.yaml`);
}
