/**
 * The content store's own files — `.lock`, `.txn/` (staging), `.backups/`
 * (copies of what changes destroyed) and the old importer's
 * `issues/.<id>.tmp-<pid>` folders — are never read as content: not by
 * `npm run check`, not by the collections' globs (the same tinyglobby call
 * Astro's glob loader makes, with the patterns of src/content.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../support/content-snapshot.ts';

const work = mkdtempSync(join(tmpdir(), 'zjgy-store-ignored-'));
const clean = join(work, 'clean');
const cluttered = join(work, 'cluttered');
cpSync('content', clean, { recursive: true });
cpSync('content', cluttered, { recursive: true });
// Each would be an error (no frontmatter) or a duplicate URL if it were read.
const broken = '没有 frontmatter 的文件\n';
const old = readFileSync('content/issues/2018-5-6/articles/xihuqu-yunqi-xiaozhen.mdx', 'utf8');
writeTree(cluttered, {
  '.lock': '{"pid":1,"host":"x","command":"import","started":"2026-11-26T10:42:03Z"}\n',
  '.txn/20261126T104203Z-1-ab/new/issues/2018-5-6/articles/broken.mdx': broken,
  '.txn/20261126T104203Z-1-ab/new/issues/2018-5-6/issue.yaml': broken,
  '.backups/2026-11-26T10-42-03-import/issues/2018-5-6/articles/xihuqu-yunqi-xiaozhen.mdx': old,
  '.backups/2026-11-26T10-42-03-import/pilots.yaml': '- broken: [\n',
  'issues/.2018-5-6.tmp-41/articles/broken.mdx': broken,
  'issues/.2018-5-6.old-41/articles/xihuqu-yunqi-xiaozhen.mdx': old,
  'issues/.2018-5-6.old-41/issue.yaml': broken,
});

const check = (root: string) => {
  const r = spawnSync(process.execPath, ['scripts/check.ts', root], { encoding: 'utf8' });
  return { status: r.status, summary: r.stdout.trim().split('\n').at(-1) };
};

describe('store files are not content', () => {
  it('npm run check reads the same files with or without them', () => {
    const before = check(clean);
    expect(before.summary).toMatch(/^check: \d+ files, 0 error\(s\)/);
    expect(check(cluttered)).toEqual(before);
  }, 120_000);

  it("the collections' globs match none of them", async () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    const globs = [...config.matchAll(/pattern: '([^']+)',\s*base: '\.\/content\/([^']*)'/g)];
    expect(globs.length).toBeGreaterThanOrEqual(2);
    for (const [, pattern, base] of globs) {
      const files = (root: string) =>
        glob(pattern!, { cwd: join(root, base!), expandDirectories: false }).then((f) => f.sort());
      const found = await files(cluttered);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(await files(clean));
    }
  });
});
