/**
 * Social card images (1200×630 PNG) for OpenGraph, one per issue, drawn at
 * build time: the title set in Noto Sans SC from the `@fontsource/noto-sans-sc` package —
 * the project's own font, not the system's — as SVG paths (opentype.js reads
 * the font's WOFF subsets), rasterised by sharp. Cards are cached by a hash
 * of what they show, so unchanged articles are not redrawn.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { labelWithTotals } from '../core/issue-label.ts';
import opentype, { type Font, type PathCommand } from 'opentype.js';
import sharp from 'sharp';
import type { IssueData } from '../core/schemas.ts';

export interface Card {
  title: string;
  subtitle?: string;
  footer: string;
}

/** What an issue's card shows: its volume title, as the cover does, over the issue's label and numbers. */
export function issueCard(i: Pick<IssueData, 'title' | 'label' | 'totals' | 'volumeTitle'>): Card {
  const [title, ...rest] = (i.volumeTitle ?? i.title).split(/\s*·\s*/u);
  return {
    title: title!,
    ...(rest.length ? { subtitle: rest.join(' · ') } : {}),
    footer: `《${i.title}》${labelWithTotals(i)}`,
  };
}

const W = 1200;
const H = 630;
const CARD_VERSION = '3';
const CACHE = resolve('node_modules', '.cache', 'social-cards');

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/700.css'));

/** Unicode ranges of the font's subset files, from the package's CSS. */
let ranges: { file: string; from: number; to: number }[] | undefined;
const fonts = new Map<string, Font>();

function fontFor(ch: string): Font | undefined {
  ranges ??= [
    ...readFileSync(join(FONT_DIR, '700.css'), 'utf8').matchAll(
      /url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g,
    ),
  ].flatMap(([, file, list]) =>
    list!.split(',').map((r) => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return { file: file!, from: parseInt(a!, 16), to: parseInt(b ?? a!, 16) };
    }),
  );
  const cp = ch.codePointAt(0) ?? 0;
  const hit = ranges.find((r) => cp >= r.from && cp <= r.to);
  if (!hit) return undefined;
  let font = fonts.get(hit.file);
  if (!font) {
    const sfnt = woffToSfnt(readFileSync(join(FONT_DIR, 'files', hit.file)));
    font = opentype.parse(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength));
    fonts.set(hit.file, font);
  }
  return font;
}

/**
 * WOFF 1.0 → plain SFNT (TrueType/OpenType), inflating tables with Node's
 * zlib: opentype.js's own inflater rejects some of this font's subsets.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    return {
      tag: woff.readUInt32BE(o),
      offset: woff.readUInt32BE(o + 4),
      compLength: woff.readUInt32BE(o + 8),
      origLength: woff.readUInt32BE(o + 12),
      checksum: woff.readUInt32BE(o + 16),
    };
  });
  const data = tables.map((t) => {
    const raw = woff.subarray(t.offset, t.offset + t.compLength);
    return t.compLength < t.origLength ? inflateSync(raw) : raw;
  });
  const headerSize = 12 + numTables * 16;
  const padded = data.map((d) => Math.ceil(d.length / 4) * 4);
  const out = Buffer.alloc(headerSize + padded.reduce((a, b) => a + b, 0));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(2 ** entrySelector * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - 2 ** entrySelector * 16, 10);
  let at = headerSize;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    out.writeUInt32BE(t.tag, o);
    out.writeUInt32BE(t.checksum, o + 4);
    out.writeUInt32BE(at, o + 8);
    out.writeUInt32BE(data[i]!.length, o + 12);
    data[i]!.copy(out, at);
    at += padded[i]!;
  });
  return out;
}

const r1 = (v: number) => String(Math.round(v * 10) / 10);

/**
 * SVG path data with one decimal. Not opentype.js's `toPathData`: its rounding
 * turns a coordinate whose fraction prints in exponent form (5e-15) into NaN,
 * and librsvg then drops the rest of the path (a garbled 期 on a card).
 */
export function pathData(commands: PathCommand[]): string {
  let d = '';
  for (const c of commands) {
    if (c.type === 'Z') d += 'Z';
    else if (c.type === 'M' || c.type === 'L') d += `${c.type}${r1(c.x)} ${r1(c.y)}`;
    else if (c.type === 'Q') d += `Q${r1(c.x1)} ${r1(c.y1)} ${r1(c.x)} ${r1(c.y)}`;
    else d += `C${r1(c.x1)} ${r1(c.y1)} ${r1(c.x2)} ${r1(c.y2)} ${r1(c.x)} ${r1(c.y)}`;
  }
  return d;
}

/** Lays out a line of text as SVG path data from x, y; returns the path and the width used. */
function textPath(text: string, x: number, y: number, size: number): { d: string; width: number } {
  let d = '';
  let at = x;
  for (const ch of text) {
    const font = fontFor(ch);
    if (!font) {
      at += size * 0.5;
      continue;
    }
    const glyph = font.charToGlyph(ch);
    d += pathData(glyph.getPath(at, y, size).commands);
    at += ((glyph.advanceWidth ?? font.unitsPerEm) / font.unitsPerEm) * size;
  }
  return { d, width: at - x };
}

/** Breaks text into lines of at most `max` characters (Chinese breaks anywhere). */
export function wrap(text: string, max: number, lines: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length && out.length < lines; i += max)
    out.push(chars.slice(i, i + max).join(''));
  if (chars.length > max * lines)
    out[lines - 1] = `${[...out[lines - 1]!].slice(0, max - 1).join('')}…`;
  return out;
}

export function cardSvg(c: Card): string {
  const title = wrap(c.title, 16, 3);
  const paths: string[] = [];
  title.forEach((line, i) => paths.push(textPath(line, 80, 230 + i * 86, 68).d));
  if (c.subtitle)
    wrap(c.subtitle, 30, 1).forEach((line) =>
      paths.push(textPath(line, 80, 250 + title.length * 86, 34).d),
    );
  const brand = textPath('《浙江工运》数字档案', 80, 120, 36).d;
  const footer = textPath(c.footer, 80, 560, 30).d;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#fdfcf9"/><rect width="24" height="${H}" fill="#a01d1d"/><path d="${brand}" fill="#a01d1d"/><path d="${paths.join('')}" fill="#1f1f1f"/><path d="${footer}" fill="#5b5b5b"/></svg>`;
}

/** The card as PNG, from the cache when the same card was drawn before. */
export async function renderCard(c: Card): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([CARD_VERSION, c]))
    .digest('hex')
    .slice(0, 24);
  const file = join(CACHE, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  // Plain PNG at level 6: palette quantisation makes files half the size but cards six times slower (75 ms).
  const png = await sharp(Buffer.from(cardSvg(c)))
    .png({ compressionLevel: 6 })
    .toBuffer();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}
