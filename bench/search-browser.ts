/**
 * `npm run bench:browser [-- dist]`: keystroke to updated results on the real
 * search page in Chromium. For every query of the query set, each prefix is
 * "typed" (the input's value set and an input event sent, as a keystroke
 * does) once the previous results are shown, and the time until the list
 * shows results for it is taken in the page (performance.now). The first
 * keystroke of the page (opening the index and loading the search data) is reported
 * apart. Then, for a sample of the queries, a cold visit: a new browser
 * context (empty cache) opens `/search/?q=…` and the bytes the server sends
 * until the results are shown are counted — everything a cold page fetches
 * (HTML, CSS, scripts, the index meta, the map, index chunks, result files), gzip
 * for text as a static host serves it. Writes bench/results/browser.json,
 * one entry per site measured.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { launch, openPage } from '../e2e/browser.ts';
import { serveDist } from '../tests/support/serve-dist.ts';

const dist = process.argv[2] ?? 'dist';
const queries = (parseYaml(readFileSync('src/data/search-queries.yaml', 'utf8')) as unknown[]).map(
  String,
);
const server = await serveDist(dist);
const browser = await launch();
const { page, errors } = await openPage(browser);
await page.goto(`${server.url}/search/`);

/** Sets the box to `text` as a keystroke would and returns ms until the list shows results for it. */
const keystroke = (text: string) =>
  page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const list = document.querySelector<HTMLElement>('[data-search-results]')!;
        const t0 = performance.now();
        const done = () =>
          list.dataset.searchState === 'done' && list.dataset.searchFor === q.trim()
            ? (observer.disconnect(), resolve(performance.now() - t0), true)
            : false;
        const observer = new MutationObserver(done);
        observer.observe(list, { attributes: true });
        // A keystroke that changes nothing shown still counts, after at most 10 s.
        setTimeout(() => (observer.disconnect(), resolve(Number.NaN)), 10_000);
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    text,
  );

const firstMs = await keystroke(queries[0]!.slice(0, 1));
const times: number[] = [];
const timedOut: string[] = [];
for (const q of queries) {
  const chars = [...q];
  for (let i = 1; i <= chars.length; i++) {
    const prefix = chars.slice(0, i).join('');
    if (!prefix.trim()) continue;
    const ms = await keystroke(prefix);
    if (Number.isNaN(ms)) timedOut.push(prefix);
    else times.push(ms);
  }
  await keystroke('');
}

// Cold visits: every fourth query, each in a fresh context.
const cold: { q: string; bytes: number; ms: number }[] = [];
for (const q of queries.filter((_, i) => i % 4 === 0)) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const b0 = server.bytesSent();
  const t0 = Date.now();
  await p.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
  await p.waitForFunction(
    (want) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset.searchState === 'done' && list.dataset.searchFor === want;
    },
    q.trim(),
    { timeout: 30_000 },
  );
  cold.push({ q, bytes: server.bytesSent() - b0, ms: Date.now() - t0 });
  await context.close();
}
await browser.close();
await server.close();
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]!);
};
const sorted = [...times].sort((a, b) => a - b);
const pick = (p: number) => percentile(sorted, p);
const result = {
  dist,
  date: new Date().toISOString(),
  keystrokes: times.length,
  firstKeystrokeMs: Math.round(firstMs),
  medianMs: pick(0.5),
  p95Ms: pick(0.95),
  maxMs: Math.round(sorted.at(-1)!),
  timedOut,
  cold: {
    visits: cold.length,
    kbMedian: Math.round(percentile(cold.map((c) => c.bytes), 0.5) / 102.4) / 10,
    kbP95: Math.round(percentile(cold.map((c) => c.bytes), 0.95) / 102.4) / 10,
    msMedian: percentile(cold.map((c) => c.ms), 0.5),
    heaviest: [...cold].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map((c) => `${c.q} ${c.bytes}`),
  },
  consoleErrors: errors,
};
mkdirSync('bench/results', { recursive: true });
// One entry per site measured (bench/work/100/dist, bench/work/400/dist …), kept across runs.
const file = 'bench/results/browser.json';
const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
const all = 'dist' in before ? { [String(before.dist)]: before } : before;
writeFileSync(file, `${JSON.stringify({ ...all, [dist]: result }, null, 1)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
