/**
 * `npm run import -- seeds/<file>.txt [--refuse | --force] [--content <dir>] [--quiet]`
 *
 * Imports one issue's raw text into `content/issues/<id>/`: issue.yaml, one
 * MDX file per article, and import.json (what was written, for hand-edit
 * detection). Writes to a temporary folder and swaps it in, so a failed
 * import leaves the content exactly as it was. Files corrected by hand are
 * merged (the corrections win); --refuse stops instead and lists them;
 * --force replaces them.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { importIssue, type ImportResult } from '../src/ingest/import-issue.ts';
import { loadVocabularies } from '../src/ingest/load-data.ts';
import { articleKey, IMPORTER_VERSION, sha256, type Manifest } from '../src/ingest/manifest.ts';
import { planWrite, type WriteMode } from '../src/ingest/plan-write.ts';
import { addRedirects } from '../src/ingest/redirects.ts';
import { assignPilots } from '../src/ingest/pilot-registry.ts';
import { readPilots, writePilots } from '../src/ingest/pilot-file.ts';
import { urls } from '../src/lib/urls.ts';
import { articleToMdx, issueToYaml } from '../src/ingest/mdx.ts';
import { validateOverrides, type IssueOverrides } from '../src/ingest/overrides.ts';
import { formatReport } from '../src/ingest/report.ts';
import { ImportError } from '../src/ingest/types.ts';
import { hasOverrides, overridesPathOf, readSeedInput } from '../src/ingest/seed-input.ts';
import { ProblemError } from '../src/core/problem.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'boolean', default: false },
    refuse: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
    quiet: { type: 'boolean', default: false },
  },
});

function fail(message: string, code = 1): never {
  process.stderr.write(`import: ${message}\n`);
  process.exit(code);
}

if (positionals.length !== 1) fail('usage: npm run import -- seeds/<file>.txt [--force]', 2);
const seedPath = positionals[0]!;
if (!existsSync(seedPath)) fail(`${seedPath}: no such file`, 2);
const seedRel = relative(process.cwd(), resolve(seedPath));
// A folder, a huge file or absurd lines are refused before anything is parsed.
let bytes: Buffer;
try {
  bytes = readSeedInput(seedRel);
} catch (e) {
  if (e instanceof ProblemError) fail(`${e.message}\nNothing was written.`);
  throw e;
}

let overrides: IssueOverrides = {};
const overridesPath = overridesPathOf(seedPath);
if (hasOverrides(seedPath, overridesPath)) {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(overridesPath, 'utf8'));
  } catch (e) {
    fail(`${overridesPath}: not valid YAML: ${(e as Error).message}\nNothing was written.`);
  }
  const checked = validateOverrides(raw);
  if (checked.errors.length)
    fail(
      `${overridesPath}:\n${checked.errors.map((e) => `  ${e}`).join('\n')}\nNothing was written.`,
    );
  overrides = checked.value;
}

// What the import reads: the seed and its issue file. Unchanged since the last
// import → nothing to do, decided before any parsing (an archive of hundreds
// of issues is re-imported in a loop).
const inputHash = sha256(
  Buffer.concat([
    bytes,
    hasOverrides(seedPath, overridesPath) ? readFileSync(overridesPath) : Buffer.alloc(0),
  ]),
);
const issuesRoot = join(values.content, 'issues');
if (!values.force && existsSync(issuesRoot)) {
  for (const id of readdirSync(issuesRoot)) {
    const m = join(issuesRoot, id, 'import.json');
    if (!existsSync(m)) continue;
    const prev = JSON.parse(readFileSync(m, 'utf8')) as Manifest;
    if (
      prev.seed === seedRel &&
      prev.seedSha256 === inputHash &&
      prev.importer === IMPORTER_VERSION
    ) {
      process.stdout.write(
        `${seedRel}: unchanged since the last import of ${id}; nothing to do.\n`,
      );
      process.exit(0);
    }
  }
}
let result: ImportResult;
try {
  result = importIssue(bytes, seedRel, loadVocabularies(), overrides);
} catch (e) {
  if (e instanceof ImportError) fail(`${e.message}\nNothing was written.`);
  throw e;
}

const errors = result.report.issues.filter((i) => i.level === 'error');
if (errors.length && !values.force) {
  process.stdout.write(formatReport(result.report));
  fail(`${errors.length} error(s); nothing was written (use --force to write anyway).`);
}

const issueDir = join(values.content, 'issues', result.issueId);
const manifestPath = join(issueDir, 'import.json');
const previous: Manifest | undefined = existsSync(manifestPath)
  ? JSON.parse(readFileSync(manifestPath, 'utf8'))
  : undefined;

const onDisk = new Map<string, string>();
if (existsSync(issueDir)) {
  for (const f of listFiles(issueDir))
    if (f !== 'import.json') onDisk.set(f, readFileSync(join(issueDir, f), 'utf8'));
}

// Keep slugs of articles already imported: their URLs are published.
const oldSlugs = new Map<string, string>();
for (const [file, entry] of Object.entries(previous?.files ?? {})) {
  if (entry.key && file.startsWith('articles/')) oldSlugs.set(entry.key, basename(file, '.mdx'));
}
const taken = new Set<string>();
for (const a of result.articles) {
  const old = oldSlugs.get(articleKey(a));
  if (old && !taken.has(old)) a.slug = old;
  taken.add(a.slug);
}
for (const e of result.toc) {
  const a = result.articles.find(
    (x) => x.tocEntry && x.tocEntry.text === e.text && x.tocEntry.section.name === e.section,
  );
  if (a) e.slug = a.slug;
}

// Each pilot report gets its pilot's identity across issues (content/pilots.yaml).
const vocab = loadVocabularies();
const pilotReports = result.articles.filter((a) => a.kind === 'pilot');
const pilots = assignPilots(
  pilotReports.map((a) => ({
    name: a.org ?? a.title,
    ...(a.tocEntry ? { tocName: a.tocEntry.text } : {}),
    ...(a.city ? { city: a.city } : {}),
    ...(a.county ? { county: a.county } : {}),
    ...(a.type ? { type: a.type } : {}),
  })),
  readPilots(values.content),
  vocab.gazetteer,
  [...vocab.slugWords, ...vocab.gazetteer.counties.flatMap((c) => [c.name, c.short ?? ''])],
);
pilotReports.forEach((a, i) => {
  a.pilot = pilots.ids[i]!.id;
});

const generated = new Map<string, { text: string; key?: string }>();
generated.set('issue.yaml', { text: issueToYaml(result, seedRel) });
for (const a of result.articles)
  generated.set(`articles/${a.slug}.mdx`, {
    text: articleToMdx(a, result.issueId),
    key: articleKey(a),
  });

const mode: WriteMode = values.force ? 'force' : values.refuse ? 'refuse' : 'merge';
const plan = planWrite({ generated, onDisk, previous, mode, seed: seedRel, inputHash });
if (mode === 'refuse' && plan.edited.length) {
  fail(
    `refusing to overwrite ${issueDir}: corrected by hand since the last import:\n${plan.edited.map((f) => `  ${join(issueDir, f)}`).join('\n')}\n` +
      'Re-import without --refuse to merge (your corrections are kept), or with --force to replace them.',
    3,
  );
}

const tmp = join(dirname(issueDir), `.${result.issueId}.tmp-${process.pid}`);
const backup = join(dirname(issueDir), `.${result.issueId}.old-${process.pid}`);
try {
  rmSync(tmp, { recursive: true, force: true });
  for (const [p, text] of plan.files) {
    mkdirSync(dirname(join(tmp, p)), { recursive: true });
    writeFileSync(join(tmp, p), text);
  }
  writeFileSync(join(tmp, 'import.json'), `${JSON.stringify(plan.manifest, null, 2)}\n`);
  mkdirSync(dirname(issueDir), { recursive: true });
  if (existsSync(issueDir)) renameSync(issueDir, backup);
  renameSync(tmp, issueDir);
  rmSync(backup, { recursive: true, force: true });
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  if (existsSync(backup) && !existsSync(issueDir)) renameSync(backup, issueDir);
  fail(`could not write ${issueDir}: ${(e as Error).message}\nThe content folder is as it was.`);
}
writePilots(values.content, pilots.registry);
if (plan.removed.length) {
  addRedirects(
    values.content,
    plan.removed.map((f) => ({
      from: urls.article(result.issueId, basename(f, '.mdx')),
      to: urls.issue(result.issueId),
    })),
  );
}

const pilotNews = pilots.ids.filter((x) => x.how !== 'existing');
if (pilotNews.length) {
  process.stdout.write(
    `pilots: ${pilots.ids.filter((x) => x.how === 'new').length} new, ${pilots.ids.filter((x) => x.how === 'alias').length} found under a new name — confirm them in ${join(values.content, 'pilots.yaml')}\n`,
  );
}
for (const m of plan.merged)
  process.stdout.write(`merged ${join(issueDir, m.path)}: kept your ${m.kept.join(', ')}\n`);
for (const f of plan.incoming)
  process.stdout.write(
    `! ${join(issueDir, f)}: the seed changed a text you corrected; yours is kept, the new one is here for review\n`,
  );
for (const f of plan.keptExtra)
  process.stdout.write(`kept ${join(issueDir, f)} (yours; the new import does not produce it)\n`);
for (const f of plan.removed)
  process.stdout.write(`removed ${join(issueDir, f)}; its URL now redirects to the issue page\n`);
if (!values.quiet) process.stdout.write(formatReport(result.report, result.articles));
process.stdout.write(`Wrote ${result.articles.length} articles and issue.yaml to ${issueDir}\n`);

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(dir, join(prefix, d.name)) : [join(prefix, d.name)],
  );
}
