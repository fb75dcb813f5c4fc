/**
 * More than one issue: a second issue made from the seed (relabelled, part
 * reordered, a pilot under a variant name) imports beside the first, and the
 * pilots reported in both are recognised as the same pilots.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { relabel, renamePilotHeading, swapElsewhere } from '../support/seed-variants.ts';

const work = mkdtempSync(join(tmpdir(), 'zjgy-archive-'));
const content = join(work, 'content');
const seed = readFileSync('seeds/2018-5-6.txt', 'utf8');
const importCmd = (file: string) =>
  spawnSync(process.execPath, ['scripts/import.ts', file, '--content', content, '--quiet'], {
    encoding: 'utf8',
  });
const frontmatter = (path: string) =>
  parseYaml(readFileSync(path, 'utf8').split('---')[1] ?? '') as Record<string, unknown>;

describe('an archive of two issues', () => {
  const second = renamePilotHeading(
    swapElsewhere(relabel(seed, { year: 2019, numbers: [1], totals: [409], date: '2019-02-10' })),
    '杭州市西湖区云栖小镇总工会 合力打造创业创新第一镇',
    '杭州市西湖区云栖小镇工会联合会 合力打造创业创新第一镇',
  );
  writeFileSync(join(work, 'a.txt'), seed);
  writeFileSync(join(work, 'b.txt'), second);

  it('imports both, each under its own label', () => {
    expect(importCmd(join(work, 'a.txt')).status).toBe(0);
    const r = importCmd(join(work, 'b.txt'));
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(content, 'issues')).sort()).toEqual(['2018-5-6', '2019-1']);
    const issue = parseYaml(readFileSync(join(content, 'issues/2019-1/issue.yaml'), 'utf8'));
    expect(issue).toMatchObject({ label: '2019/1', totals: [409], date: '2019-02-10' });
  });

  it('follows the reordered part', () => {
    const sh = frontmatter(
      join(content, 'issues/2019-1/articles/gaige-3-nian-shanghai-quntuan-kequan.mdx'),
    );
    const cq = frontmatter(
      join(content, 'issues/2019-1/articles/nongmin-gong-wanghong-yanzhong-dezhong-qingqun.mdx'),
    );
    expect(Number(cq.order)).toBeLessThan(Number(sh.order));
    expect([cq.page, sh.page]).toEqual([76, 77]);
  });

  it('recognises a pilot under its variant name as the same pilot', () => {
    const a = frontmatter(join(content, 'issues/2018-5-6/articles/xihuqu-yunqi-xiaozhen.mdx'));
    const b = frontmatter(join(content, 'issues/2019-1/articles/xihuqu-yunqi-xiaozhen.mdx'));
    expect(b.org).toBe('杭州市西湖区云栖小镇工会联合会');
    expect(b.pilot).toBe(a.pilot);
    const registry = parseYaml(readFileSync(join(content, 'pilots.yaml'), 'utf8')) as {
      id: string;
      aliases?: string[];
    }[];
    expect(registry).toHaveLength(83);
    expect(registry.find((p) => p.id === a.pilot)?.aliases).toEqual([
      '杭州市西湖区云栖小镇工会联合会',
    ]);
  });

  it('passes npm run check', () => {
    const files = ['2018-5-6', '2019-1'].flatMap((id) => [
      {
        path: join(content, 'issues', id, 'issue.yaml'),
        text: readFileSync(join(content, 'issues', id, 'issue.yaml'), 'utf8'),
      },
      ...readdirSync(join(content, 'issues', id, 'articles')).map((f) => ({
        path: join(content, 'issues', id, 'articles', f),
        text: readFileSync(join(content, 'issues', id, 'articles', f), 'utf8'),
      })),
    ]);
    const pilots = {
      path: join(content, 'pilots.yaml'),
      text: readFileSync(join(content, 'pilots.yaml'), 'utf8'),
    };
    expect(checkContent(files, undefined, pilots).filter((f) => f.level === 'error')).toEqual([]);
  });
});
