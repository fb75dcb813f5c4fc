/**
 * The import command as an archivist runs it, each test on its own copy of an
 * archive holding the bundled issue (no test depends on another's state):
 * nothing is deleted, replaced or imported over without the named flag, and a
 * refused import leaves the content folder exactly as it was. `main` is called
 * directly; two tests start processes (two imports at once, a crash).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as check } from '../../scripts/lib/check-command.ts';
import { main as importMain } from '../../scripts/lib/import-command.ts';
import { contentOnly, snapshot as snapshotDir } from '../support/content-snapshot.ts';

const SEED_TEXT = readFileSync('seeds/2018-5-6.txt', 'utf8');
const ARTICLE = 'issues/2018-5-6/articles/xihuqu-yunqi-xiaozhen.mdx';
const work = mkdtempSync(join(tmpdir(), 'zjgy-import-'));
/** One seed path for every test: an issue remembers the seed it came from. */
const seed = join(work, 'seeds', '2018-5-6.txt');
const template = join(work, 'template');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await importMain(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** A fresh archive holding the bundled issue as imported, and the seed as it was. */
function fresh(): string {
  const content = mkdtempSync(join(work, 'content-'));
  cpSync(template, content, { recursive: true });
  writeFileSync(seed, SEED_TEXT);
  return content;
}

function checkPasses(content: string): string {
  let out = '';
  const code = check([content], { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  expect(code, out).toBe(0);
  return out;
}

/** The seed without one 速写 pilot (平阳县宠物小镇). */
const withoutPetTown = (t: string) =>
  t.slice(0, t.indexOf('平阳县宠物小镇工会联合会\n')) + t.slice(t.indexOf('平阳县万达-银泰商务圈联合工会\n'));

beforeAll(async () => {
  rmSync(join(work, 'seeds'), { recursive: true, force: true });
  cpSync('seeds', join(work, 'seeds'), { recursive: true });
  writeFileSync(seed, SEED_TEXT);
  const r = await run(seed, '--content', template, '--quiet');
  expect(r.code, r.err).toBe(0);
}, 120_000);

describe('npm run import', () => {
  it('writes the issue: issue.yaml, one MDX per article, the manifest; check passes', () => {
    expect(readdirSync(join(template, 'issues/2018-5-6/articles'))).toHaveLength(91);
    expect(readdirSync(join(template, 'issues/2018-5-6')).sort()).toEqual([
      'articles',
      'import.json',
      'issue.yaml',
    ]);
    checkPasses(template);
  });

  it('does nothing for an unchanged seed', async () => {
    const content = fresh();
    const before = snapshotDir(content);
    const r = await run(seed, '--content', content);
    expect(r.code).toBe(0);
    expect(r.out).toContain('unchanged');
    expect(snapshotDir(content)).toEqual(before);
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const content = fresh();
    writeFileSync(seed, SEED_TEXT.replace('云栖小镇以小镇工会工作为抓手', '云栖小镇以小镇工会工作为重要抓手'));
    const before = snapshotDir(content);
    const r = await run(seed, '--content', content, '--quiet', '--dry-run');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Plan for .*issues\/2018-5-6: update \d/);
    expect(r.out).toMatch(/update +issues\/2018-5-6\/articles\/xihuqu-yunqi-xiaozhen\.mdx/);
    expect(r.out).toContain('Dry run: nothing was written');
    expect(snapshotDir(content)).toEqual(before);
  });

  it('merges hand corrections (the archivist wins), CRLF and comments kept', async () => {
    const content = fresh();
    const file = join(content, ARTICLE);
    const edited = readFileSync(file, 'utf8')
      .replace('county: 西湖区', '# checked against print\ncounty: 余杭区')
      .replace(/\n$/, '\n\n勘误：人工校对补充。\n')
      .replace(/\n/g, '\r\n');
    writeFileSync(file, edited);
    writeFileSync(seed, `${SEED_TEXT}\n`);
    const r = await run(seed, '--content', content, '--quiet');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/merge +issues\/2018-5-6\/articles\/xihuqu-yunqi-xiaozhen\.mdx — kept your county, body/);
    const merged = readFileSync(file, 'utf8');
    expect(merged).toBe(edited);
    checkPasses(content);
  });

  it('sets the new text aside when the seed changed a body corrected by hand, and never drops it unasked', async () => {
    const content = fresh();
    const file = join(content, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\n勘误：人工校对补充。\n'));
    writeFileSync(seed, SEED_TEXT.replace('云栖小镇以小镇工会工作为抓手', '云栖小镇以小镇工会工作为重要抓手'));
    expect((await run(seed, '--content', content, '--quiet')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('人工校对补充');
    expect(readFileSync(`${file}.incoming`, 'utf8')).toContain('为重要抓手');
    // A later import with another change keeps the pending version unless told to replace it.
    writeFileSync(seed, SEED_TEXT.replace('云栖小镇以小镇工会工作为抓手', '云栖小镇以小镇工会工作为主要抓手'));
    const before = snapshotDir(content);
    const r = await run(seed, '--content', content, '--quiet');
    expect(r.code).toBe(3);
    expect(r.err).toContain('--replace-pending');
    expect(snapshotDir(content)).toEqual(before);
    const again = await run(seed, '--content', content, '--quiet', '--replace-pending');
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(`${file}.incoming`, 'utf8')).toContain('为主要抓手');
    const backup = again.out.match(/Copies of what was replaced or deleted: (.+)\n/)?.[1];
    expect(readFileSync(join(backup!, `${ARTICLE}.incoming`), 'utf8')).toContain('为重要抓手');
  });

  it('with --refuse, stops and lists the files corrected by hand', async () => {
    const content = fresh();
    const file = join(content, ARTICLE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('county: 西湖区', 'county: 余杭区'));
    writeFileSync(seed, `${SEED_TEXT}\n`);
    const before = snapshotDir(content);
    const r = await run(seed, '--content', content, '--quiet', '--refuse');
    expect(r.code).toBe(3);
    expect(r.err).toContain('corrected by hand');
    expect(r.err).toContain('xihuqu-yunqi-xiaozhen.mdx');
    expect(snapshotDir(content)).toEqual(before);
  });

  it('replaces corrections only with --replace-edits, keeping a copy; --force is gone', async () => {
    const content = fresh();
    const file = join(content, ARTICLE);
    const edited = readFileSync(file, 'utf8').replace(/\n$/, '\n\n勘误：人工校对补充。\n');
    writeFileSync(file, edited);
    writeFileSync(seed, `${SEED_TEXT}\n`);
    expect((await run(seed, '--content', content, '--force')).code).toBe(2);
    const r = await run(seed, '--content', content, '--quiet', '--replace-edits');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/replace your edit +issues\/2018-5-6\/articles\/xihuqu-yunqi-xiaozhen\.mdx/);
    expect(readFileSync(file, 'utf8')).not.toContain('人工校对补充');
    const backup = r.out.match(/Copies of what was replaced or deleted: (.+)\n/)?.[1];
    expect(readFileSync(join(backup!, ARTICLE), 'utf8')).toBe(edited);
  });

  it('deletes an article the seed no longer has only with --allow-delete: a copy and a redirect', async () => {
    const content = fresh();
    writeFileSync(seed, withoutPetTown(SEED_TEXT));
    const before = snapshotDir(content);
    const refused = await run(seed, '--content', content, '--quiet');
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/1 article\(s\) of the last import .* would be deleted/);
    expect(refused.err).toContain('pingyangxian-chongwu-xiaozhen.mdx');
    expect(snapshotDir(content)).toEqual(before);
    const r = await run(seed, '--content', content, '--quiet', '--allow-delete', '--allow-unmatched');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(content, 'redirects.yaml'), 'utf8')).toContain(
      'from: /issues/2018-5-6/pingyangxian-chongwu-xiaozhen/\n  to: /issues/2018-5-6/',
    );
    const backup = r.out.match(/Copies of what was replaced or deleted: (.+)\n/)?.[1];
    expect(existsSync(join(backup!, 'issues/2018-5-6/articles/pingyangxian-chongwu-xiaozhen.mdx'))).toBe(true);
    checkPasses(content);
  });

  it('refuses a seed cut short, at any line, naming the missing 目录 entries', async () => {
    const lines = SEED_TEXT.split('\n');
    for (const share of [0.1, 0.5, 0.9]) {
      const content = fresh();
      writeFileSync(seed, lines.slice(0, Math.round(lines.length * share)).join('\n'));
      const before = snapshotDir(content);
      const r = await run(seed, '--content', content, '--quiet');
      expect(r.code, `cut at ${share}`).not.toBe(0);
      expect(r.err).toContain('Refused: nothing was written');
      expect(r.err).toMatch(/平阳县宠物小镇|have no article in the body|looks cut short/);
      expect(snapshotDir(content), `cut at ${share}`).toEqual(before);
    }
    // The 目录 and what precedes it, with no body after it.
    const content = fresh();
    writeFileSync(seed, lines.slice(0, lines.indexOf('卷首语', lines.indexOf('目录 Contents'))).join('\n'));
    const r = await run(seed, '--content', content, '--quiet');
    expect(r.code).not.toBe(0);
    expect(snapshotDir(content)).toEqual(snapshotDir(template));
  });

  it('refuses another seed with the same issue label unless --replace-seed', async () => {
    const content = fresh();
    const other = join(work, 'seeds', 'other.txt');
    writeFileSync(other, SEED_TEXT.replace('云栖小镇以小镇工会工作为抓手', '云栖小镇以工会工作为抓手'));
    const before = snapshotDir(content);
    const r = await run(other, '--content', content, '--quiet');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/issue 2018-5-6 was imported from .*2018-5-6\.txt, not from .*other\.txt/);
    expect(snapshotDir(content)).toEqual(before);
    expect((await run(other, '--content', content, '--quiet', '--replace-seed')).code).toBe(0);
  });

  it('follows the README’s rename procedure: the article keeps its new name through a re-import', async () => {
    const content = fresh();
    const dir = join(content, 'issues/2018-5-6/articles');
    // "rename its file, change `slug:` to match and add the old slug to `redirectFrom: [old-slug]`"
    renameSync(join(dir, 'xihuqu-yunqi-xiaozhen.mdx'), join(dir, 'yunqi-xiaozhen.mdx'));
    const text = readFileSync(join(dir, 'yunqi-xiaozhen.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'yunqi-xiaozhen.mdx'),
      text.replace('slug: xihuqu-yunqi-xiaozhen', 'slug: yunqi-xiaozhen\nredirectFrom: [xihuqu-yunqi-xiaozhen]'),
    );
    checkPasses(content);
    writeFileSync(seed, SEED_TEXT.replace('云栖小镇以小镇工会工作为抓手', '云栖小镇以小镇工会工作为重要抓手'));
    const r = await run(seed, '--content', content, '--quiet');
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(dir, 'xihuqu-yunqi-xiaozhen.mdx'))).toBe(false);
    expect(readFileSync(join(dir, 'yunqi-xiaozhen.mdx'), 'utf8')).toContain('为重要抓手');
    expect(readFileSync(join(content, 'issues/2018-5-6/issue.yaml'), 'utf8')).toContain('slug: yunqi-xiaozhen\n');
    checkPasses(content);
  });

  it('follows the README’s removal procedure: the article stays removed through a re-import', async () => {
    const content = fresh();
    // "delete the file, remove the `slug:` line of its entry in the issue's `issue.yaml`
    // (the 目录 as printed keeps the line), and add
    // `- { from: /issues/<id>/<slug>/, to: /issues/<id>/ }` to `content/redirects.yaml`"
    rmSync(join(content, ARTICLE));
    const redirects = join(content, 'redirects.yaml');
    const old = existsSync(redirects) ? readFileSync(redirects, 'utf8').replace(/^\[\]\n?/m, '') : '';
    writeFileSync(redirects, `${old}- { from: /issues/2018-5-6/xihuqu-yunqi-xiaozhen/, to: /issues/2018-5-6/ }\n`);
    writeFileSync(
      join(content, 'issues/2018-5-6/issue.yaml'),
      readFileSync(join(content, 'issues/2018-5-6/issue.yaml'), 'utf8').replace(/\n {4}slug: xihuqu-yunqi-xiaozhen/, ''),
    );
    checkPasses(content);
    writeFileSync(seed, SEED_TEXT.replace('云栖小镇以小镇工会工作为抓手', '云栖小镇以小镇工会工作为重要抓手'));
    const r = await run(seed, '--content', content, '--quiet');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/keep +issues\/2018-5-6\/articles\/xihuqu-yunqi-xiaozhen\.mdx — you deleted it/);
    expect(existsSync(join(content, ARTICLE))).toBe(false);
    checkPasses(content);
  });

  it('leaves the content folder as it was on bad input, with file and line', async () => {
    const content = fresh();
    const before = snapshotDir(content);
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    const r = await run(empty, '--content', content);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt:1: error: the file is empty/);
    expect(r.err).toContain('Nothing was written');
    const noToc = join(work, 'notoc.txt');
    writeFileSync(noToc, SEED_TEXT.replace('目录 Contents', ''));
    expect((await run(noToc, '--content', content)).code).toBe(1);
    expect(snapshotDir(content)).toEqual(before);
  });
});

describe('npm run import, as processes', () => {
  const importProcess = (args: string[]) =>
    new Promise<{ code: number | null; err: string }>((done) => {
      const p = spawn(process.execPath, ['scripts/import.ts', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d) => (err += d));
      p.on('close', (code) => done({ code, err }));
    });

  it('two imports of different issues at once: both issues and both new pilots are there', async () => {
    const content = fresh();
    const a = join(work, 'seeds', 'a.txt');
    const b = join(work, 'seeds', 'b.txt');
    // Two other issues, each with a pilot the archive does not have yet.
    writeFileSync(a, SEED_TEXT.replaceAll('2018/5-6', '2019/1-2').replaceAll('平阳县宠物小镇', '平阳县甲乙小镇'));
    writeFileSync(b, SEED_TEXT.replaceAll('2018/5-6', '2019/3-4').replaceAll('平阳县宠物小镇', '平阳县丙丁小镇'));
    const [ra, rb] = await Promise.all([
      importProcess([a, '--content', content, '--quiet']),
      importProcess([b, '--content', content, '--quiet']),
    ]);
    expect(ra.code, ra.err).toBe(0);
    expect(rb.code, rb.err).toBe(0);
    const pilots = readFileSync(join(content, 'pilots.yaml'), 'utf8');
    expect(pilots).toContain('平阳县甲乙小镇');
    expect(pilots).toContain('平阳县丙丁小镇');
    checkPasses(content);
  }, 120_000);

  it('a kill -9 at any moment: the next run finishes the import, with no leftovers', () => {
    const changed = withoutPetTown(SEED_TEXT).replaceAll('平阳县万达', '平阳县万象');
    const args = (content: string) => [
      'scripts/import.ts',
      seed,
      '--content',
      content,
      '--quiet',
      '--allow-delete',
      '--allow-unmatched',
    ];
    const reference = fresh();
    writeFileSync(seed, changed);
    expect(spawnSync(process.execPath, args(reference)).status).toBe(0);
    const after = contentOnly(snapshotDir(reference));
    for (const ms of [400, 1000, 1600]) {
      const content = fresh();
      writeFileSync(seed, changed);
      spawnSync(process.execPath, args(content), { timeout: ms, killSignal: 'SIGKILL' });
      const finished = spawnSync(process.execPath, args(content), { encoding: 'utf8' });
      expect(finished.status, finished.stderr).toBe(0);
      expect(contentOnly(snapshotDir(content)), `killed after ${ms} ms`).toEqual(after);
      expect([...snapshotDir(content).keys()].filter((k) => /\.tmp-|\.old-|^\.txn\/.|^\.lock/.test(k))).toEqual([]);
    }
  }, 120_000);
});
