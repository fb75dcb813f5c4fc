import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareBuilds,
  firstDifferentByte,
  formatComparison,
  main,
} from '../../scripts/lib/compare-builds.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const build = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([p, t]) => [p, enc(t)]));

describe('compareBuilds', () => {
  it('finds two identical builds identical', () => {
    const a = build({ 'index.html': '<h1>浙江工运</h1>', 'data/articles.csv': 'a,b\n' });
    const c = compareBuilds(
      a,
      build({ 'data/articles.csv': 'a,b\n', 'index.html': '<h1>浙江工运</h1>' }),
    );
    expect(c).toEqual({ onlyInA: [], onlyInB: [], differ: [], same: 2 });
    expect(formatComparison(c, 'A', 'B')).toBe('identical: 2 files, byte for byte\n');
  });

  it('lists pages only in one build, sorted', () => {
    const c = compareBuilds(
      build({ 'z/index.html': '', 'a/index.html': '', 'same.txt': 'x' }),
      build({ 'same.txt': 'x', 'new/index.html': '' }),
    );
    expect(c.onlyInA).toEqual(['a/index.html', 'z/index.html']);
    expect(c.onlyInB).toEqual(['new/index.html']);
    expect(c.same).toBe(1);
  });

  it('compares byte for byte: a changed space in HTML is a difference, shown with its line and text', () => {
    const c = compareBuilds(
      build({ 'issues/index.html': '<html>\n<p>点亮一盏灯 照亮一大片</p>\n</html>' }),
      build({ 'issues/index.html': '<html>\n<p>点亮一盏灯照亮一大片</p>\n</html>' }),
    );
    expect(c.differ).toHaveLength(1);
    expect(c.differ[0]).toMatchObject({
      path: 'issues/index.html',
      first: { offset: 25, line: 2 },
    });
    expect(c.differ[0]!.first.a).toContain('点亮一盏灯 照亮一大片');
    expect(c.differ[0]!.first.b).toContain('点亮一盏灯照亮一大片');
    const text = formatComparison(c, 'before', 'after');
    expect(text).toContain('0 only in before, 0 only in after, 1 of 1 common files differ');
    expect(text).toContain('differs: issues/index.html (');
    expect(text).toContain('first at line 2, byte 25');
  });

  it('reports a binary file by byte offset only, and a file cut short where it ends', () => {
    const png = new Map([['card.png', new Uint8Array([137, 80, 78, 71, 1])]]);
    const c = compareBuilds(png, new Map([['card.png', new Uint8Array([137, 80, 78, 71, 2])]]));
    expect(c.differ[0]!.first).toEqual({ offset: 4 });
    expect(firstDifferentByte(enc('abc'), enc('ab'))).toBe(2);
    expect(firstDifferentByte(enc('abc'), enc('abc'))).toBe(-1);
  });
});

describe('compare-builds command', () => {
  const root = mkdtempSync(join(tmpdir(), 'compare-builds-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (dir: string, files: Record<string, string>) => {
    for (const [p, t] of Object.entries(files)) {
      mkdirSync(join(root, dir, p, '..'), { recursive: true });
      writeFileSync(join(root, dir, p), t);
    }
    return join(root, dir);
  };
  const run = (argv: string[]) => {
    let out = '';
    let err = '';
    const code = main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  };

  it('exits 0 for identical builds and 1 when they differ, naming the files', () => {
    const a = write('a', { 'index.html': '<p>1</p>', 'issues/2018-5-6/index.html': '<p>x</p>' });
    const same = write('same', {
      'issues/2018-5-6/index.html': '<p>x</p>',
      'index.html': '<p>1</p>',
    });
    const other = write('other', { 'index.html': '<p>2</p>', 'feed.xml': '<rss/>' });
    expect(run([a, same])).toMatchObject({ code: 0, out: 'identical: 2 files, byte for byte\n' });
    const r = run([a, other]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`only in ${a}: issues/2018-5-6/index.html`);
    expect(r.out).toContain(`only in ${other}: feed.xml`);
    expect(r.out).toContain('differs: index.html');
  });

  it('exits 2 with the usage, or when a build folder is missing', () => {
    expect(run([])).toMatchObject({
      code: 2,
      err: 'usage: node scripts/compare-builds.ts <distA> <distB>\n',
    });
    expect(run([join(root, 'nowhere'), join(root, 'nowhere2')]).err).toContain('not a folder');
  });
});
