/**
 * The site built from an archive of three volumes — the bundled 新业态探索篇
 * issue and the fixture issues of 乡镇振兴篇 and 街道活力篇 — in a scratch
 * copy of the project (as bench/run.ts makes one): the archivist's steps,
 * import then `npm run build`, and what a reader then finds. About a minute.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from './helpers.ts';

const root = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'zjgy-three-volumes-'));
const ISSUES = ['2018-5-6', '2018-7-8', '2018-9-10'];
const page = (url: string) => readFileSync(join(dir, 'dist', url, 'index.html'), 'utf8');

function step(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

beforeAll(() => {
  mkdirSync(join(dir, 'content'));
  mkdirSync(join(dir, 'seeds'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, f), join(dir, f), { recursive: true });
  cpSync(join(root, 'content', 'redirects.yaml'), join(dir, 'content', 'redirects.yaml'));
  cpSync(join(root, 'seeds', '2018-5-6.txt'), join(dir, 'seeds', '2018-5-6.txt'));
  for (const id of ['2018-7-8', '2018-9-10'])
    cpSync(join(root, 'tests/fixtures/volumes', `${id}.txt`), join(dir, 'seeds', `${id}.txt`));
  for (const id of ISSUES) step(['scripts/import.ts', `seeds/${id}.txt`, '--quiet']);
  // `npm run build`, step by step, with this Node.
  step(['scripts/check.ts']);
  step([join(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
  step(['scripts/index-search.ts']);
}, 400_000);

// The scratch site is about 50 MB: do not leave one behind per run.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a site of three volumes', () => {
  it('has a page for every article of every volume', () => {
    for (const id of ISSUES) {
      const slugs = readdirSync(join(dir, 'content/issues', id, 'articles')).map((f) =>
        f.replace(/\.mdx$/, ''),
      );
      expect(slugs.length).toBeGreaterThan(30);
      for (const s of slugs)
        expect(existsSync(join(dir, 'dist/issues', id, s, 'index.html')), `${id}/${s}`).toBe(true);
    }
  });

  it('lists the types of all volumes in /types/, with their pilots, and in the search filters', () => {
    const types = page('types');
    for (const [name, slug] of [
      ['特色小镇', 'towns'],
      ['其他', 'other'],
      ['乡镇', 'towns-and-townships'],
      ['街道', 'subdistricts'],
    ])
      expect(types).toContain(`href="/types/${slug}/">${name}</a>`);
    expect(types).toMatch(/乡镇<\/a>（29 个试点/u);
    expect(types).toMatch(/街道<\/a>（29 个试点/u);
    expect(page('types/subdistricts')).toContain('宁波市镇海区招宝山街道总工会');
    const search = page('search');
    expect(search).toMatch(/name="type" value="towns-and-townships"> <span data-label>乡镇<\/span>/);
    expect(search).toMatch(/name="type" value="subdistricts"> <span data-label>街道<\/span>/);
  });

  it('places the new pilots on the city pages and the map: 绍兴市 and 景宁畲族自治县', () => {
    expect(page('cities/shaoxing')).toContain('越城区');
    expect(page('cities/lishui')).toContain('景宁畲族自治县');
    expect(page('cities')).toContain('绍兴市：11 个试点');
    // 绍兴市 has pilots now: a link on the home page and a region of the map that leads to it.
    expect(page('')).toContain('href="/cities/shaoxing/"');
    expect(page('cities')).toMatch(/<svg[\s\S]*href="\/cities\/shaoxing\/"[\s\S]*<\/svg>/);
  });

  it('exports every pilot report with its type', () => {
    const records = JSON.parse(readFileSync(join(dir, 'dist/data/articles.json'), 'utf8')) as {
      kind: string;
      type: string | null;
    }[];
    const pilots = records.filter((r) => r.kind === 'pilot');
    expect(pilots).toHaveLength(83 + 30 + 28);
    expect(pilots.every((r) => r.type)).toBe(true);
  });
});

describe('the site of one volume (the project’s own build)', () => {
  it('lists only the types its pilots have: no empty type of another volume', () => {
    const types = readPage('/types/');
    expect([...types.matchAll(/href="\/types\/([a-z-]+)\/"/gu)].map((m) => m[1])).toEqual([
      'towns',
      'business-districts',
      'parks',
      'other',
    ]);
    expect(types).not.toContain('乡镇');
  });
});
