/**
 * `node scripts/compare-builds.ts <distA> <distB>`: two builds of the site,
 * file by file, byte for byte — nothing is normalised, so any change a
 * refactor makes to what readers get shows. Lists the files only in A, only
 * in B, and those that differ with where they first differ. Exit code 0 when
 * the builds are identical, 1 when they differ, 2 on bad arguments.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Io } from './import-command.ts';

/** Where two versions of a file first differ. */
export interface FirstDifference {
  /** Byte offset of the first differing byte. */
  offset: number;
  /** 1-based line of that byte, for text files. */
  line?: number;
  /** Some text around it in each version (text files only). */
  a?: string;
  b?: string;
}

export interface BuildComparison {
  onlyInA: string[];
  onlyInB: string[];
  differ: { path: string; sizes: [number, number]; first: FirstDifference }[];
  /** Files present and byte-identical in both. */
  same: number;
}

/** Files read as text for the excerpt of where they differ. */
const TEXT_FILE = /\.(?:html?|xml|json|txt|css|js|mjs|csv|svg|bib|ris|webmanifest)$/i;
const CONTEXT = 60;

/**
 * Compares two builds given as path → bytes (paths relative to each build's
 * root, `/` separated). Pure; lists are sorted.
 */
export function compareBuilds(
  a: ReadonlyMap<string, Uint8Array>,
  b: ReadonlyMap<string, Uint8Array>,
): BuildComparison {
  const sorted = (xs: Iterable<string>) => [...xs].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const out: BuildComparison = {
    onlyInA: sorted([...a.keys()].filter((p) => !b.has(p))),
    onlyInB: sorted([...b.keys()].filter((p) => !a.has(p))),
    differ: [],
    same: 0,
  };
  for (const path of sorted([...a.keys()].filter((p) => b.has(p)))) {
    const x = a.get(path)!;
    const y = b.get(path)!;
    const offset = firstDifferentByte(x, y);
    if (offset < 0) {
      out.same++;
      continue;
    }
    out.differ.push({
      path,
      sizes: [x.length, y.length],
      first: TEXT_FILE.test(path) ? describeTextDifference(x, y, offset) : { offset },
    });
  }
  return out;
}

/** Index of the first byte where the two differ (a length difference counts), or -1. */
export function firstDifferentByte(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return i;
  return x.length === y.length ? -1 : n;
}

function describeTextDifference(x: Uint8Array, y: Uint8Array, offset: number): FirstDifference {
  // Back up to a character boundary so the excerpt does not start inside a UTF-8 sequence.
  let start = offset;
  while (start > 0 && (x[start]! & 0xc0) === 0x80) start--;
  const line = 1 + x.subarray(0, start).filter((c) => c === 0x0a).length;
  const excerpt = (bytes: Uint8Array) => {
    const before = Buffer.from(bytes.subarray(Math.max(0, start - CONTEXT * 2), start)).toString(
      'utf8',
    );
    const after = Buffer.from(bytes.subarray(start, start + CONTEXT * 3)).toString('utf8');
    return (before.slice(-CONTEXT) + after.slice(0, CONTEXT * 2)).replace(/\s+/gu, ' ');
  };
  return { offset, line, a: excerpt(x), b: excerpt(y) };
}

/** The comparison as the command prints it. */
export function formatComparison(c: BuildComparison, nameA: string, nameB: string): string {
  const lines: string[] = [];
  const total = c.same + c.differ.length;
  if (!c.onlyInA.length && !c.onlyInB.length && !c.differ.length)
    return `identical: ${c.same} files, byte for byte\n`;
  lines.push(
    `${c.onlyInA.length} only in ${nameA}, ${c.onlyInB.length} only in ${nameB}, ${c.differ.length} of ${total} common files differ`,
  );
  for (const p of c.onlyInA) lines.push(`only in ${nameA}: ${p}`);
  for (const p of c.onlyInB) lines.push(`only in ${nameB}: ${p}`);
  for (const d of c.differ) {
    const at =
      d.first.line !== undefined
        ? `line ${d.first.line}, byte ${d.first.offset}`
        : `byte ${d.first.offset}`;
    lines.push(`differs: ${d.path} (${d.sizes[0]} → ${d.sizes[1]} bytes; first at ${at})`);
    if (d.first.a !== undefined)
      lines.push(`  ${nameA}: …${d.first.a}…`, `  ${nameB}: …${d.first.b}…`);
  }
  return `${lines.join('\n')}\n`;
}

/** Every file under a build folder: relative path (`/` separated) → bytes. */
export function readBuild(root: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.isFile()) out.set(relative(root, p).split(sep).join('/'), readFileSync(p));
    }
  };
  walk(root);
  return out;
}

export function main(argv: string[], io: Io): number {
  const [a, b, ...rest] = argv;
  if (!a || !b || rest.length) {
    io.stderr('usage: node scripts/compare-builds.ts <distA> <distB>\n');
    return 2;
  }
  for (const d of [a, b])
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      io.stderr(`${d}: not a folder (build the site first: npm run build)\n`);
      return 2;
    }
  const c = compareBuilds(readBuild(a), readBuild(b));
  io.stdout(formatComparison(c, a, b));
  return c.onlyInA.length || c.onlyInB.length || c.differ.length ? 1 : 0;
}
