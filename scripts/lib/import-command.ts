/**
 * The import command: read → plan → print → apply.
 *
 * Reads the seed and its issue file, takes the content lock (recovering from
 * any earlier crash), reads what is published, parses the issue, works out the
 * plan (`src/ingest/plan-import.ts`) and prints it. It applies the plan only
 * when the plan destroys nothing the archivist has not named: deleting
 * articles, replacing hand edits or pending versions, importing another seed
 * over an issue, each needs its own flag. Applying is all or nothing
 * (`src/store/`): a crash leaves content as before or as after, and whatever
 * is replaced or deleted is first copied into `content/.backups/`.
 *
 * All disk I/O of an import is here; `main` takes its arguments and output
 * streams, so tests call it directly.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadVocabularies } from '../../src/core/load-data.ts';
import { formatProblem, formatProblems, ProblemError } from '../../src/core/problem.ts';
import { parseIssue } from '../../src/ingest/import-issue.ts';
import { IMPORTER_VERSION, sha256, type Manifest } from '../../src/ingest/manifest.ts';
import { readOverrides, type IssueOverrides } from '../../src/ingest/overrides.ts';
import { getOverridesPath } from '../../src/ingest/seed-input.ts';
import {
  CONSENT_FLAGS,
  planImport,
  type Consent,
  type ImportPlan,
  type PublishedState,
} from '../../src/ingest/plan-import.ts';
import { formatPlan } from '../../src/ingest/format-plan.ts';
import { formatReport } from '../../src/ingest/report.ts';
import { checkSeedInput } from '../../src/ingest/seed-input.ts';
import { applyChanges } from '../../src/store/apply-changes.ts';
import { withContentLock } from '../../src/store/with-content-lock.ts';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export const USAGE = `usage: npm run import -- seeds/<file>.txt [options]
  --dry-run            print the plan, write nothing
  --refuse             stop if any file was corrected by hand since the last import
  --allow-delete       delete articles of the last import that the seed no longer has
  --replace-edits      replace files corrected by hand with the seed's version
  --replace-pending    replace versions set aside for review (*.incoming)
  --replace-seed       import this seed over an issue imported from another seed
  --allow-unmatched    publish although some 目录 entries have no article in the body
  --content <dir>      the content folder (default: content)
  --quiet              leave out the import report
Whatever is replaced or deleted is copied to <content>/.backups/ first.`;

/** Exit codes: 0 done (or nothing to do), 1 bad input, 2 usage, 3 refused for want of consent. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        refuse: { type: 'boolean', default: false },
        'allow-delete': { type: 'boolean', default: false },
        'replace-edits': { type: 'boolean', default: false },
        'replace-pending': { type: 'boolean', default: false },
        'replace-seed': { type: 'boolean', default: false },
        'allow-unmatched': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        quiet: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    io.stderr(`import: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.force) {
    io.stderr(
      'import: --force is gone: name what may be replaced (--replace-edits, --replace-pending, --allow-delete, --replace-seed)\n',
    );
    return 2;
  }
  if (positionals.length !== 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const consent: Consent = {
    allowDelete: values['allow-delete'],
    replaceEdits: values['replace-edits'],
    replacePending: values['replace-pending'],
    replaceSeed: values['replace-seed'],
    allowUnmatched: values['allow-unmatched'],
  };
  const content = values.content;
  const seedPath = positionals[0]!;
  const seedRel = relative(process.cwd(), resolve(seedPath));
  try {
    const input = readInput(seedRel);
    return await withContentLock(
      content,
      { command: `npm run import -- ${argv.join(' ')}`, waitMs: 120_000 },
      ({ messages }) => {
        for (const m of messages) io.stdout(`${m}\n`);
        const done = findUnchanged(content, seedRel, input.hash);
        if (done) {
          io.stdout(`${seedRel}: unchanged since the last import of ${done}; nothing to do.\n`);
          return 0;
        }
        const issue = parseIssue(input.bytes, seedRel, loadVocabularies(), input.overrides);
        const state = readPublished(content, issue.issueId);
        const plan = planImport(issue, seedRel, input.hash, state, loadVocabularies(), consent);
        if (!values.quiet) io.stdout(formatReport(issue.report, plan.articles));
        io.stdout(formatPlan(plan, content));
        return applyPlan(plan, content, {
          dryRun: values['dry-run'],
          refuse: values.refuse,
          io,
        });
      },
    );
  } catch (e) {
    if (e instanceof ProblemError) {
      io.stderr(`${formatProblems(e.problems)}\nNothing was written.\n`);
      return 1;
    }
    if (e instanceof Error && /content lock|another (import|command)/i.test(e.message)) {
      io.stderr(`import: ${e.message}\nNothing was written.\n`);
      return 1;
    }
    throw e;
  }
}

function applyPlan(
  plan: ImportPlan,
  content: string,
  o: { dryRun: boolean; refuse: boolean; io: Io },
): number {
  const { io } = o;
  if (plan.refusals.length) {
    io.stderr('Refused: nothing was written.\n');
    for (const r of plan.refusals) {
      io.stderr(`${formatProblem(r.problem)}\n`);
      for (const item of r.items.slice(0, 40)) io.stderr(`      ${item}\n`);
      if (r.items.length > 40) io.stderr(`      … and ${r.items.length - 40} more\n`);
    }
    const flags = plan.refusals.flatMap((r) => (r.consent ? [CONSENT_FLAGS[r.consent]] : []));
    const hard = plan.refusals.some((r) => !r.consent);
    if (!hard && flags.length)
      io.stderr(`To go ahead, import again with ${[...new Set(flags)].join(' ')} (copies are kept).\n`);
    return hard ? 1 : 3;
  }
  const merged = plan.actions.filter((a) => a.kind === 'merge');
  if (o.refuse && merged.length) {
    io.stderr(
      `refusing: corrected by hand since the last import:\n${merged.map((a) => `  ${join(content, a.target)}`).join('\n')}\n` +
        'Import without --refuse to merge (your corrections are kept), or with --replace-edits to replace them.\nNothing was written.\n',
    );
    return 3;
  }
  if (o.dryRun) {
    io.stdout('Dry run: nothing was written.\n');
    return 0;
  }
  if (!plan.changes.length) {
    io.stdout(`Nothing to change in ${join(content, plan.issueDir)}.\n`);
    return 0;
  }
  const result = applyChanges(content, plan.changes, { backupLabel: `import-${plan.issueId}` });
  io.stdout(
    `Wrote ${result.written.length} file(s), deleted ${result.deleted.length}, in ${join(content, plan.issueDir)} (${plan.articles.length} articles)\n`,
  );
  if (result.backupDir) io.stdout(`Copies of what was replaced or deleted: ${result.backupDir}\n`);
  return 0;
}

interface Input {
  bytes: Buffer;
  overrides: IssueOverrides;
  /** Hash of the seed and of its issue file: unchanged input is not imported again. */
  hash: string;
}

function readInput(seedPath: string): Input {
  if (!existsSync(seedPath))
    throw new ProblemError({ file: seedPath, message: 'no such file', hint: 'give the path of a seed, e.g. seeds/2018-5-6.txt' });
  // A folder or a huge file is refused before it is read.
  const stat = statSync(seedPath);
  checkSeedInput(seedPath, stat);
  const bytes = readFileSync(seedPath);
  checkSeedInput(seedPath, stat, bytes);
  const overridesPath = getOverridesPath(seedPath);
  let overrides: IssueOverrides = {};
  let overridesBytes = Buffer.alloc(0);
  if (
    existsSync(overridesPath) &&
    statSync(overridesPath).isFile() &&
    realpathSync(overridesPath) !== realpathSync(seedPath)
  ) {
    overridesBytes = readFileSync(overridesPath);
    const r = readOverrides(overridesPath, overridesBytes.toString('utf8'));
    if (!r.ok) throw new ProblemError(r.problems);
    overrides = r.value;
  }
  return { bytes, overrides, hash: sha256(Buffer.concat([bytes, overridesBytes])) };
}

/** The issue last imported from exactly this input by this importer, if any. */
function findUnchanged(content: string, seed: string, hash: string): string | undefined {
  const root = join(content, 'issues');
  if (!existsSync(root)) return undefined;
  for (const id of readdirSync(root)) {
    const m = join(root, id, 'import.json');
    if (id.startsWith('.') || !existsSync(m)) continue;
    const prev = JSON.parse(readFileSync(m, 'utf8')) as Manifest;
    if (prev.seed === seed && prev.seedSha256 === hash && prev.importer === IMPORTER_VERSION) return id;
  }
  return undefined;
}

/** What is published of an issue, and the archive-wide files an import adds to. */
function readPublished(content: string, issueId: string): PublishedState {
  const dir = join(content, 'issues', issueId);
  const issueFiles = new Map<string, string>();
  const walk = (rel: string) => {
    for (const d of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) walk(p);
      else if (p !== 'import.json') issueFiles.set(p, readFileSync(join(dir, p), 'utf8'));
    }
  };
  if (existsSync(dir)) walk('');
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
  const manifestText = read(join(dir, 'import.json'));
  const pilotsText = read(join(content, 'pilots.yaml'));
  const redirectsText = read(join(content, 'redirects.yaml'));
  return {
    issueFiles,
    ...(manifestText ? { manifest: JSON.parse(manifestText) as Manifest } : {}),
    ...(pilotsText !== undefined ? { pilotsText } : {}),
    ...(redirectsText !== undefined ? { redirectsText } : {}),
  };
}
