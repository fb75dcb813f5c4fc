/**
 * Three volumes in one archive: the bundled 新业态探索篇 issue and the fixture
 * issues of 乡镇振兴篇 and 街道活力篇, imported by the command an archivist
 * runs (README, "Publishing a back issue") into a temporary content folder,
 * then checked as `npm run check` checks it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentInput as ContentFile } from '../../src/checks/check-content.ts';

const work = mkdtempSync(join(tmpdir(), 'zjgy-volumes-'));
const content = join(work, 'content');
const importCmd = (file: string) =>
  spawnSync(process.execPath, ['scripts/import.ts', file, '--content', content], {
    encoding: 'utf8',
  });
const read = (...p: string[]) => readFileSync(join(content, ...p), 'utf8');
const frontmatter = (path: string) =>
  parseYaml(readFileSync(path, 'utf8').split('---')[1] ?? '') as Record<string, unknown>;
const ISSUES = ['2018-5-6', '2018-7-8', '2018-9-10'];

function contentFiles(): ContentFile[] {
  return ISSUES.flatMap((id) => [
    { path: join(content, 'issues', id, 'issue.yaml'), text: read('issues', id, 'issue.yaml') },
    ...readdirSync(join(content, 'issues', id, 'articles')).map((f) => ({
      path: join(content, 'issues', id, 'articles', f),
      text: read('issues', id, 'articles', f),
    })),
  ]);
}

describe('an archive of three volumes', () => {
  copyFileSync('seeds/2018-5-6.txt', join(work, '2018-5-6.txt'));
  for (const id of ['2018-7-8', '2018-9-10'])
    copyFileSync(`tests/fixtures/volumes/${id}.txt`, join(work, `${id}.txt`));

  it('imports each volume by the README’s command alone, with nothing asked', () => {
    for (const id of ISSUES) {
      const r = importCmd(join(work, `${id}.txt`));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('Needed from you');
    }
    expect(readdirSync(join(content, 'issues')).sort()).toEqual([...ISSUES].sort());
    const registry = parseYaml(read('pilots.yaml')) as { type?: string; county?: string }[];
    expect(registry).toHaveLength(83 + 30 + 28);
    const types = new Map<string, number>();
    for (const p of registry) types.set(p.type ?? '—', (types.get(p.type ?? '—') ?? 0) + 1);
    expect(Object.fromEntries(types)).toEqual({
      特色小镇: 36,
      楼宇商圈: 20,
      工业文创园区: 22,
      其他: 5,
      乡镇: 29,
      街道: 29,
    });
  }, 60_000);

  it('passes the content check, with no head left in any body of the new volumes', () => {
    const registry = { path: join(content, 'pilots.yaml'), text: read('pilots.yaml') };
    const findings = checkContent(contentFiles(), undefined, registry);
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    expect(findings.filter((f) => !f.file.includes('2018-5-6'))).toEqual([]);
  }, 30_000);

  it('keeps a type the archivist set by hand when the issue is imported again', () => {
    const file = join(content, 'issues/2018-7-8/articles/donghu-jiedao.mdx');
    expect(frontmatter(file)).toMatchObject({ city: '绍兴市', county: '越城区', type: '街道' });
    writeFileSync(file, readFileSync(file, 'utf8').replace('type: 街道', 'type: 乡镇'));
    const r = importCmd(join(work, '2018-7-8.txt'));
    expect(r.status, r.stderr).toBe(0);
    expect(frontmatter(file).type).toBe('乡镇');
  }, 30_000);
});
