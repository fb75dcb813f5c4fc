/**
 * `npm run bench [-- --full] [-- --sizes 1,10] [-- --runs 3] [-- --search-only [--reindex]]`: how import,
 * build, indexing and search behave as the archive grows. For N issues (1, 10,
 * 100; 400 with --full) it makes a synthetic archive from the seed — N copies
 * relabelled as distinct issues with lightly varied text — in a scratch copy of
 * the project (bench/work/<N>/), then times each step as a whole process
 * (wall time, peak RSS from /usr/bin/time), measures sizes and page weight,
 * and search cost for our index and for Pagefind with default settings on the
 * same pages. Writes bench/results/latest.json and latest.md.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { relabel, varyText } from '../tests/support/seed-variants.ts';
import { searchCost } from './search-cost.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'search-only': { type: 'boolean', default: false },
    reindex: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  ? values.sizes.split(',').map(Number)
  : values.full
    ? [1, 10, 100, 400]
    : [1, 10, 100];
const root = resolve('.');
const node = process.execPath;
const seed = readFileSync('seeds/2018-5-6.txt', 'utf8');

interface Step {
  seconds: number;
  /** Peak RSS of the largest single process (GNU time). */
  peakMB: number;
  /**
   * Peak of the whole process tree's RSS summed, sampled every 200 ms:
   * counts helpers the command starts and does not wait for, such as
   * Pagefind's indexing service, which `peakMB` misses.
   */
  treeMB?: number;
}

/** The RSS of a process and all its descendants, in kB (0 once it has ended). */
function treeRssKB(pid: number): number {
  let kb = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`))
      for (const child of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' '))
        if (child.trim()) kb += treeRssKB(Number(child));
  } catch {
    // The process ended between two reads.
  }
  return kb;
}

/** Runs a command with /usr/bin/time; wall seconds, peak RSS of the largest process and of the whole tree. */
async function timed(cmd: string, args: string[], cwd: string): Promise<Step> {
  // Each scratch project keeps its own Astro cache (it shares node_modules by a link).
  const env = { ...process.env, ASTRO_CACHE_DIR: join(cwd, '.astro-cache') };
  const child = spawn('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { cwd, env });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-100_000)));
  child.stdout.resume();
  let treeKB = 0;
  const sampler = setInterval(() => (treeKB = Math.max(treeKB, treeRssKB(child.pid!))), 200);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${stderr.slice(-3000)}`);
  const [sec, kb] = stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: sec!, peakMB: Math.round(kb! / 1024), treeMB: Math.round(treeKB / 1024) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const medianStep = (steps: Step[]): Step => ({
  seconds: median(steps.map((s) => s.seconds)),
  peakMB: median(steps.map((s) => s.peakMB)),
  treeMB: median(steps.map((s) => s.treeMB ?? s.peakMB)),
});

function duBytes(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((n, f) => n + duBytes(join(p, f)), 0) : s.size;
}

/** A scratch project sharing the code, with its own content and dist. */
function scratch(n: number): string {
  const dir = join(root, 'bench', 'work', String(n));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'seeds'));
  // A copy of the code, not links to it: a long run measures the code it started with.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const f of [
    'src',
    'public',
    'scripts',
    'tests',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ])
    cpSync(join(root, f), join(dir, f), { recursive: true });
  cpSync(join(root, 'content', 'redirects.yaml'), join(dir, 'content', 'redirects.yaml'));
  for (let i = 0; i < n; i++) {
    const year = 2000 + Math.floor(i / 6);
    const k = i % 6;
    const text = varyText(
      relabel(seed, {
        year,
        numbers: [2 * k + 1, 2 * k + 2],
        totals: [2 * i + 1, 2 * i + 2],
        date: `${year}-${String(2 * k + 2).padStart(2, '0')}-15`,
      }),
      i,
    );
    writeFileSync(join(dir, 'seeds', `${year}-${2 * k + 1}-${2 * k + 2}.txt`), text);
  }
  return dir;
}

function pageWeight(dist: string): { medianKB: number; maxKB: number } {
  const issue = readdirSync(join(dist, 'issues')).sort()[0]!;
  const pages = readdirSync(join(dist, 'issues', issue)).filter((f) =>
    existsSync(join(dist, 'issues', issue, f, 'index.html')),
  );
  const weights = pages.map((p) => {
    const html = readFileSync(join(dist, 'issues', issue, p, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map(
      (m) => m[1]!,
    );
    return [html, ...assets.map((a) => readFileSync(join(dist, a), 'utf8'))].reduce(
      (n, t) => n + gzipSync(t).length,
      0,
    );
  });
  return {
    medianKB: Math.round(median(weights) / 102.4) / 10,
    maxKB: Math.round(Math.max(...weights) / 102.4) / 10,
  };
}

/** Writes the results so far, with the machine, as JSON and as Markdown tables. */
function save(): string {
  const machine = {
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
  // Sizes not run this time keep their last figures, so `--sizes 400` adds to the table.
  const all = [...results];
  for (const r of previous) if (!all.some((x) => x.issues === r.issues)) all.push(r);
  all.sort((a, b) => Number(a.issues) - Number(b.issues));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/latest.json',
    `${JSON.stringify({ machine, results: all }, null, 1)}\n`,
  );
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const ratio = (a: number, b: number) => (b ? `${r1(a / b)}×` : '—');
  const lines = [
    `Machine: ${machine.cores} cores, ${machine.memoryGB} GiB, Node ${machine.node}, ${machine.date.slice(0, 10)}. Medians of the runs shown.`,
    '',
    '| issues | pages | import s (peak MB) | re-import unchanged s | check s (peak MB) | astro build s (peak MB) | index s (peak MB) | **full build s** (peak MB) | astro rebuild, unchanged s | dist MB | index MB (default) | article page KB gz |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...all.map((r: any) => {
      // `npm run build` = check + astro build + index; runs without a check step predate it.
      const check = r.check ?? { seconds: 0, peakMB: 0 };
      const full = r1(check.seconds + r.build.seconds + r.index.seconds);
      // Peak memory of the whole process tree where measured (rows before it: the largest process).
      const mb = (s: Step) => s.treeMB ?? s.peakMB;
      const peak = Math.max(mb(check), mb(r.build), mb(r.index));
      return `| ${r.issues} | ${r.pages} | ${r.import.seconds} (${mb(r.import)}) | ${r1(r.reimportUnchanged.seconds)} | ${r.check ? `${check.seconds} (${mb(check)})` : '—'} | ${r.build.seconds} (${mb(r.build)}) | ${r.index.seconds} (${mb(r.index)}) | **${full}** (${peak}) | ${r.buildWithCardCache.seconds} | ${r.distMB} | ${r.indexMB} (${r.defaultIndexMB}) | ${r.articlePage.medianKB} (max ${r.articlePage.maxKB}) |`;
    }),
    '',
    '| issues | first query KB, median / p95 (× default) | first query ms (+ opening the index) | later query KB median (× default) | later ms median / p95 (× default) | precision / recall (default) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...all
      .filter((r: any) => r.search)
      .map((r: any) => {
        const o = r.search.ours;
        const d = r.search.pagefindDefault ?? { first: {}, later: {}, precision: null };
        return `| ${r.issues} | ${r1(o.first.bytesMedian / 1024)} / ${r1(o.first.bytesP95 / 1024)} (${ratio(o.first.bytesMedian, d.first.bytesMedian)}) | ${o.first.msMedian}${o.first.loadMsMedian !== undefined ? ` (+${o.first.loadMsMedian})` : ''} | ${r1(o.later.bytesMedian / 1024)} (${ratio(o.later.bytesMedian, d.later.bytesMedian)}) | ${o.later.msMedian} / ${o.later.msP95} (${ratio(o.later.msMedian, d.later.msMedian)}) | ${o.precision} / ${o.recall} (${d.precision === null ? 'not measured' : `${d.precision} / ${d.recall}`}) |`;
      }),
  ];
  writeFileSync('bench/results/latest.md', `${lines.join('\n')}\n`);
  return lines.join('\n');
}

/**
 * Search figures for one size, saved after each part (ours, then plain
 * Pagefind): a crash in one never loses what was measured before it. Sizes not
 * run now keep their earlier rows (see `save`).
 */
async function measureSearch(row: Record<string, unknown>, dist: string): Promise<void> {
  const search: Record<string, unknown> = { ...(row.search as object | undefined) };
  row.search = search;
  search.ours = await searchCost(dist, 'ours');
  save();
  search.pagefindDefault = await searchCost(dist, 'default');
  save();
}

const previous = existsSync('bench/results/latest.json')
  ? (
      JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as {
        results: Record<string, unknown>[];
      }
    ).results
  : [];
const results: Record<string, unknown>[] = [];
for (const n of sizes) {
  if (values['search-only']) {
    // Re-measure search on the archive the last full run built, keeping its other figures.
    const dist = join(root, 'bench', 'work', String(n), 'dist');
    const row = previous.find((r) => r.issues === n);
    if (!row || !existsSync(dist))
      throw new Error(`no earlier run for N=${n}: run the bench without --search-only first`);
    // --reindex: the search index is rebuilt (and timed) first with the current code, e.g. after a change to its format.
    if (values.reindex)
      for (const f of ['src', 'scripts']) {
        const to = join(root, 'bench', 'work', String(n), f);
        rmSync(to, { recursive: true, force: true });
        cpSync(join(root, f), to, { recursive: true });
      }
    const index = values.reindex
      ? {
          index: await timed(
            node,
            ['scripts/index-search.ts', 'dist'],
            join(root, 'bench', 'work', String(n)),
          ),
        }
      : {};
    const fresh: Record<string, unknown> = { ...row, ...index };
    results.push(fresh);
    await measureSearch(fresh, dist);
    continue;
  }
  const runs = n >= 100 ? 1 : Number(values.runs);
  process.stdout.write(`N=${n}: making ${n} issues…\n`);
  const dir = scratch(n);
  const seeds = readdirSync(join(dir, 'seeds')).sort();
  const imports: Step[] = [];
  const checks: Step[] = [];
  const builds: Step[] = [];
  const indexes: Step[] = [];
  let reimport: Step | undefined;
  for (let run = 0; run < runs; run++) {
    rmSync(join(dir, 'content', 'issues'), { recursive: true, force: true });
    rmSync(join(dir, 'content', 'pilots.yaml'), { force: true });
    let sec = 0;
    let peak = 0;
    for (const s of seeds) {
      const st = await timed(node, ['scripts/import.ts', `seeds/${s}`, '--quiet'], dir);
      sec += st.seconds;
      peak = Math.max(peak, st.peakMB);
    }
    imports.push({ seconds: Math.round(sec * 10) / 10, peakMB: peak });
    if (run === 0) {
      const t0 = Date.now();
      for (const s of seeds) await timed(node, ['scripts/import.ts', `seeds/${s}`, '--quiet'], dir);
      reimport = { seconds: (Date.now() - t0) / 1000, peakMB: 0 };
    }
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    // Cold: no social-card cache and no content store (rendered article bodies) from a build before.
    rmSync(join(dir, 'node_modules', '.cache', 'social-cards'), { recursive: true, force: true });
    rmSync(join(dir, '.astro-cache'), { recursive: true, force: true });
    checks.push(await timed(node, ['scripts/check.ts'], dir));
    process.stdout.write(`N=${n} run ${run + 1}: astro build…\n`);
    builds.push(await timed(join(root, 'node_modules', '.bin', 'astro'), ['build', '--silent'], dir));
    indexes.push(await timed(node, ['scripts/index-search.ts', 'dist'], dir));
  }
  const dist = join(dir, 'dist');
  // A rebuild with the social-card cache filled by the last run (an unchanged archive rebuilt).
  const warm = await timed(join(root, 'node_modules', '.bin', 'astro'), ['build', '--silent'], dir);
  await timed(node, ['scripts/index-search.ts', 'dist'], dir);
  const pagefindDefault = await timed(
    join(root, 'node_modules', '.bin', 'pagefind'),
    ['--site', 'dist', '--output-subdir', 'pagefind-default', '--silent'],
    dir,
  );
  const pages = Number(
    execFileSync('sh', ['-c', 'find "$1" -name index.html | wc -l', 'sh', dist]).toString(),
  );
  const row = {
    issues: n,
    pages,
    runs,
    import: medianStep(imports),
    reimportUnchanged: reimport,
    check: medianStep(checks),
    build: medianStep(builds),
    buildWithCardCache: warm,
    index: medianStep(indexes),
    pagefindDefaultIndex: pagefindDefault,
    distMB: Math.round(duBytes(dist) / 1048576),
    indexMB:
      Math.round((duBytes(join(dist, 'pagefind')) + duBytes(join(dist, 'search'))) / 104857.6) / 10,
    defaultIndexMB: Math.round(duBytes(join(dist, 'pagefind-default')) / 104857.6) / 10,
    articlePage: pageWeight(dist),
  };
  // Saved before search is measured, so that a failure there keeps the build's figures.
  results.push(row);
  save();
  process.stdout.write(`N=${n}: search…\n`);
  await measureSearch(row, dist);
  process.stdout.write(`${JSON.stringify(row)}\n`);
}
process.stdout.write(`${save()}\n`);
