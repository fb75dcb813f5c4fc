/**
 * The import command as an archivist runs it: writes an issue, refuses to
 * overwrite hand corrections without --force, and leaves the content folder
 * exactly as it was when the input is bad.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const importCmd = (seed: string, content: string, ...flags: string[]) =>
  spawnSync(
    process.execPath,
    ['scripts/import.ts', seed, '--content', content, '--quiet', ...flags],
    { encoding: 'utf8' },
  );

/** Every file under a folder with its content: to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('npm run import', () => {
  const work = mkdtempSync(join(tmpdir(), 'zjgy-import-'));
  const content = join(work, 'content');
  const seed = join(work, '2018-5-6.txt');
  const article = join(content, 'issues/2018-5-6/articles/xihuqu-yunqi-xiaozhen.mdx');
  beforeAll(() => copyFileSync('seeds/2018-5-6.txt', seed));

  it('writes the issue: issue.yaml, one MDX per article, the manifest', () => {
    const r = importCmd(seed, content);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(join(content, 'issues/2018-5-6/articles'));
    expect(files).toHaveLength(91);
    expect(readdirSync(join(content, 'issues/2018-5-6')).sort()).toEqual([
      'articles',
      'import.json',
      'issue.yaml',
    ]);
  });

  it('does nothing for an unchanged seed', () => {
    const before = snapshot(content);
    const r = importCmd(seed, content);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('unchanged');
    expect(snapshot(content)).toEqual(before);
  });

  it('merges a re-import with corrections made by hand: the corrections win', () => {
    const original = readFileSync(article, 'utf8');
    writeFileSync(
      article,
      original
        .replace('county: 西湖区', 'county: 余杭区')
        .replace(/\n$/, '\n\n勘误：人工校对补充。\n'),
    );
    appendFileSync(seed, '\n'); // a changed seed, so the import runs
    const r = importCmd(seed, content);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/merged .*xihuqu-yunqi-xiaozhen\.mdx: kept your county, body/);
    const merged = readFileSync(article, 'utf8');
    expect(merged).toContain('county: 余杭区');
    expect(merged).toContain('人工校对补充');
  });

  it('sets the new text aside when the seed changed a body corrected by hand', () => {
    writeFileSync(
      seed,
      readFileSync(seed, 'utf8').replace(
        '云栖小镇以小镇工会工作为抓手',
        '云栖小镇以小镇工会工作为重要抓手',
      ),
    );
    const r = importCmd(seed, content);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(article, 'utf8')).toContain('人工校对补充');
    expect(readFileSync(`${article}.incoming`, 'utf8')).toContain('为重要抓手');
  });

  it('with --refuse, stops and lists the files corrected by hand', () => {
    appendFileSync(seed, '\n');
    const before = snapshot(content);
    const r = importCmd(seed, content, '--refuse');
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('corrected by hand');
    expect(r.stderr).toContain('xihuqu-yunqi-xiaozhen.mdx');
    expect(snapshot(content)).toEqual(before);
  });

  it('replaces corrections only with --force', () => {
    const r = importCmd(seed, content, '--force');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(article, 'utf8')).not.toContain('人工校对补充');
    expect(readFileSync(article, 'utf8')).toContain('county: 西湖区');
  });

  it('keeps the URL of an article that a re-import drops: a redirect to its issue', () => {
    const text = readFileSync(seed, 'utf8');
    const start = text.indexOf('平阳县宠物小镇工会联合会\n');
    writeFileSync(
      seed,
      text.slice(0, start) + text.slice(text.indexOf('平阳县万达-银泰商务圈联合工会\n')),
    );
    const r = importCmd(seed, content);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('its URL now redirects');
    expect(readFileSync(join(content, 'redirects.yaml'), 'utf8')).toContain(
      'from: /issues/2018-5-6/pingyangxian-chongwu-xiaozhen/\n  to: /issues/2018-5-6/',
    );
  });

  it('leaves the content folder as it was on bad input, with file and line', () => {
    const before = snapshot(content);
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    const r = importCmd(empty, content);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt:1: the file is empty/);
    expect(r.stderr).toContain('Nothing was written');
    const noToc = join(work, 'notoc.txt');
    writeFileSync(noToc, readFileSync('seeds/2018-5-6.txt', 'utf8').replace('目录 Contents', ''));
    expect(importCmd(noToc, content).status).toBe(1);
    expect(snapshot(content)).toEqual(before);
  });
});
