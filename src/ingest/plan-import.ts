/**
 * Step 7 of an import, `plan`: what writing a parsed issue into the archive
 * would do, worked out before anything is touched. The content already
 * published — the issue's files as they are now, the manifest of the last
 * import, the pilots and redirects files — goes in; a plan comes out: every
 * file to write or delete (each replaced or deleted file marked for a backup
 * copy), what each change means for the archivist, and the consents it needs.
 *
 * Nothing is destroyed without the archivist's named consent: deleting
 * articles (`--allow-delete`), replacing hand edits (`--replace-edits`),
 * replacing a version set aside for review (`--replace-pending`), importing
 * another seed over an issue (`--replace-seed`), publishing a 目录 whose
 * entries the body lacks (`--allow-unmatched`). Hand edits are otherwise
 * merged (`merge.ts`): the archivist's corrections win.
 */
import type { Vocabularies } from '../core/load-data.ts';
import { error, type Problem } from '../core/problem.ts';
import { urls } from '../lib/urls.ts';
import type { ParsedIssue } from './import-issue.ts';
import { articleKey, IMPORTER_VERSION, sha256, type Manifest } from './manifest.ts';
import { articleToMdx, issueToYaml, type PlannedArticle } from './mdx.ts';
import { fingerprint, mergeFile } from './merge.ts';
import { assignPilots, type Assignment, type PilotEntry } from './pilot-registry.ts';
import { addRedirectsText, readList, updatePilotsText } from './registry-files.ts';
import { keepPublishedSlugs } from './keep-slugs.ts';

/** The archive as it is, as far as an import of one issue is concerned. */
export interface PublishedState {
  /** Files of the issue's folder: path relative to it → text (`import.json` left out). */
  issueFiles: ReadonlyMap<string, string>;
  /** The manifest of the last import of this issue, if any. */
  manifest?: Manifest;
  /** `content/pilots.yaml` and `content/redirects.yaml`, if they exist. */
  pilotsText?: string;
  redirectsText?: string;
}

/** Actions the archivist names to let an import destroy or replace something. */
export interface Consent {
  allowDelete?: boolean;
  replaceEdits?: boolean;
  replacePending?: boolean;
  replaceSeed?: boolean;
  allowUnmatched?: boolean;
}

export const CONSENT_FLAGS: Record<keyof Consent, string> = {
  allowDelete: '--allow-delete',
  replaceEdits: '--replace-edits',
  replacePending: '--replace-pending',
  replaceSeed: '--replace-seed',
  allowUnmatched: '--allow-unmatched',
};

/** One file change, relative to the content folder; `content: null` deletes. */
export interface FileChange {
  path: string;
  content: string | null;
  /** Keep a copy of the file being replaced or deleted. */
  backup: boolean;
}

export type ActionKind =
  | 'add'
  | 'update'
  | 'merge'
  | 'replace-edit'
  | 'set-aside'
  | 'replace-pending'
  | 'keep'
  | 'delete'
  | 'redirect'
  | 'pilot-new'
  | 'pilot-alias';

/** What a change means, for the plan the archivist reads. */
export interface PlanAction {
  kind: ActionKind;
  /** The file (relative to the content folder) or the pilot id. */
  target: string;
  detail?: string;
}

/** Something the plan would do that needs the archivist's named consent, or cannot be done at all. */
export interface Refusal {
  /** The consent that allows it; none when nothing allows it. */
  consent?: keyof Consent;
  problem: Problem;
  /** The items concerned (files, TOC entries). */
  items: string[];
}

export interface ImportPlan {
  issueId: string;
  /** The issue's folder, relative to the content folder. */
  issueDir: string;
  articles: PlannedArticle[];
  pilots: Assignment[];
  changes: FileChange[];
  actions: PlanAction[];
  refusals: Refusal[];
}

/** Share of its 目录 a seed's body must hold; below it the seed is taken as cut short. */
export const MIN_TOC_FOUND = 0.5;

export function planImport(
  issue: ParsedIssue,
  seed: string,
  inputHash: string,
  state: PublishedState,
  vocab: Vocabularies,
  consent: Consent = {},
): ImportPlan {
  const issueDir = `issues/${issue.issueId}`;
  const inIssue = (p: string) => `${issueDir}/${p}`;
  const refusals: Refusal[] = [];
  const actions: PlanAction[] = [];
  const changes: FileChange[] = [];
  const refuse = (c: keyof Consent | undefined, message: string, items: string[], hint?: string) => {
    if (c && consent[c]) return;
    refusals.push({
      ...(c ? { consent: c } : {}),
      problem: error(seed, message, {
        hint: hint ?? (c ? `if that is what you want, import again with ${CONSENT_FLAGS[c]}` : ''),
      }),
      items,
    });
  };

  // The seed must be whole, and the same one this issue was imported from.
  const r = issue.report;
  if (r.tocEntries && r.matched / r.tocEntries < MIN_TOC_FOUND)
    refuse(
      undefined,
      `the body holds only ${r.matched} of the ${r.tocEntries} articles its 目录 lists: the seed looks cut short`,
      r.unmatched.map((u) => `${seed}:${u.line} ${u.text} (${u.section})`),
      'check that the whole issue was extracted, then import again',
    );
  else if (r.unmatched.length)
    refuse(
      'allowUnmatched',
      `${r.unmatched.length} 目录 entr${r.unmatched.length === 1 ? 'y has' : 'ies have'} no article in the body`,
      r.unmatched.map((u) => `${seed}:${u.line} ${u.text} (${u.section})`),
    );
  const errors = r.problems.filter((p) => p.level === 'error');
  if (errors.length)
    refuse(undefined, `the import found ${errors.length} error(s) (see the report)`, errors.map((e) => e.message));
  if (state.manifest && state.manifest.seed !== seed)
    refuse(
      'replaceSeed',
      `issue ${issue.issueId} was imported from ${state.manifest.seed}, not from ${seed}`,
      [state.manifest.seed],
      `if ${seed} is a better text of the same issue, import again with --replace-seed; if it is another issue, give it its own label in ${seed.replace(/\.[^./]*$/, '')}.yaml`,
    );

  // Articles keep the slugs (URLs) they were published under, renamed by hand included.
  const { articles: articlesWithSlugs, base } = keepPublishedSlugs(issue.articles, state);

  // Each pilot report gets its pilot's identity across issues (content/pilots.yaml).
  const registry = readList<PilotEntry>('content/pilots.yaml', state.pilotsText);
  const reports = articlesWithSlugs.filter((a) => a.kind === 'pilot');
  const pilots = assignPilots(
    reports.map((a) => ({
      name: a.org ?? a.title,
      ...(a.tocEntry ? { tocName: a.tocEntry.text } : {}),
      ...(a.city ? { city: a.city } : {}),
      ...(a.county ? { county: a.county } : {}),
      ...(a.type ? { type: a.type } : {}),
    })),
    registry,
    vocab.gazetteer,
    [...vocab.slugWords, ...vocab.gazetteer.counties.flatMap((c) => [c.name, c.short ?? ''])],
  );
  const pilotOf = new Map(reports.map((a, i) => [a, pilots.ids[i]!.id]));
  const articles: PlannedArticle[] = articlesWithSlugs.map((a) =>
    pilotOf.has(a) ? { ...a, pilot: pilotOf.get(a)! } : a,
  );
  pilots.ids.forEach((p, i) => {
    if (p.how !== 'existing')
      actions.push({
        kind: p.how === 'new' ? 'pilot-new' : 'pilot-alias',
        target: p.id,
        detail: reports[i]!.org ?? reports[i]!.title,
      });
  });
  const pilotsText = updatePilotsText('content/pilots.yaml', state.pilotsText, pilots.registry);
  if (pilotsText !== undefined) changes.push({ path: 'pilots.yaml', content: pilotsText, backup: false });

  // The issue's files: generated, then merged with what is on disk. An article the
  // last import wrote and the archivist has since deleted stays deleted (README,
  // "Removing one"); the manifest still remembers it, so the next import knows too.
  const onDisk = state.issueFiles;
  const articlePath = (a: PlannedArticle) => `articles/${a.slug}.mdx`;
  const deletedByHand = new Set(
    articles.filter((a) => base.has(articlePath(a)) && !onDisk.has(articlePath(a))),
  );
  const generated = new Map<string, { text: string; key?: string }>();
  const remembered = new Map<string, { text: string; key?: string }>();
  generated.set('issue.yaml', {
    text: issueToYaml(issue, articles.map((a) => (deletedByHand.has(a) ? undefined : a)), seed),
  });
  for (const a of articles) {
    const file = { text: articleToMdx(a, issue.issueId), key: articleKey(a) };
    if (!deletedByHand.has(a)) generated.set(articlePath(a), file);
    else {
      remembered.set(articlePath(a), file);
      actions.push({ kind: 'keep', target: inIssue(articlePath(a)), detail: 'you deleted it: not recreated' });
    }
  }
  const isEdited = (path: string, text: string) => base.get(path)?.sha256 !== sha256(text);
  const pending: string[] = [];
  for (const [path, g] of generated) {
    const disk = onDisk.get(path);
    if (disk === g.text) continue;
    if (disk === undefined) {
      changes.push({ path: inIssue(path), content: g.text, backup: false });
      actions.push({ kind: 'add', target: inIssue(path) });
      continue;
    }
    if (!isEdited(path, disk)) {
      changes.push({ path: inIssue(path), content: g.text, backup: false });
      actions.push({ kind: 'update', target: inIssue(path) });
      continue;
    }
    if (consent.replaceEdits) {
      changes.push({ path: inIssue(path), content: g.text, backup: true });
      actions.push({ kind: 'replace-edit', target: inIssue(path), detail: 'your corrections are replaced (a copy is kept)' });
      continue;
    }
    const m = mergeFile(path, disk, g.text, base.get(path));
    if (m.text !== disk) changes.push({ path: inIssue(path), content: m.text, backup: true });
    actions.push({
      kind: 'merge',
      target: inIssue(path),
      detail: m.unreadable ? 'your file cannot be read: kept whole' : `kept your ${m.kept.join(', ')}`,
    });
    if (m.incoming) {
      const inc = `${path}.incoming`;
      const old = onDisk.get(inc);
      if (old === m.incoming) continue;
      if (old !== undefined) pending.push(inIssue(inc));
      changes.push({ path: inIssue(inc), content: m.incoming, backup: old !== undefined });
      actions.push({
        kind: old === undefined ? 'set-aside' : 'replace-pending',
        target: inIssue(inc),
        detail: 'the seed changed a text you corrected: yours is kept, the new one is here for review',
      });
    }
  }
  if (pending.length)
    refuse('replacePending', `${pending.length} version(s) set aside for review would be replaced`, pending);

  // Files the new import does not produce: the archivist's stay; articles of the last import go, with a redirect.
  const deleted: string[] = [];
  const redirects: { from: string; to: string }[] = [];
  for (const [path, text] of onDisk) {
    if (generated.has(path) || path.endsWith('.incoming')) continue;
    if (isEdited(path, text)) {
      actions.push({ kind: 'keep', target: inIssue(path), detail: 'yours; the new import does not produce it' });
    } else if (path.startsWith('articles/')) {
      deleted.push(inIssue(path));
      changes.push({ path: inIssue(path), content: null, backup: true });
      const slug = path.replace(/^articles\//, '').replace(/\.mdx$/, '');
      redirects.push({ from: urls.article(issue.issueId, slug), to: urls.issue(issue.issueId) });
      actions.push({ kind: 'delete', target: inIssue(path), detail: `its URL will redirect to ${urls.issue(issue.issueId)}` });
    }
  }
  if (deleted.length)
    refuse('allowDelete', `${deleted.length} article(s) of the last import are not in this seed and would be deleted`, deleted);
  const redirectsText = addRedirectsText('content/redirects.yaml', state.redirectsText, redirects);
  if (redirectsText !== undefined) {
    changes.push({ path: 'redirects.yaml', content: redirectsText, backup: false });
    for (const x of redirects) actions.push({ kind: 'redirect', target: x.from, detail: x.to });
  }

  // The manifest: what this import generated, for the next one to tell hand edits from the seed's.
  const manifest: Manifest = {
    importer: IMPORTER_VERSION,
    seed,
    seedSha256: inputHash,
    files: Object.fromEntries(
      [...generated, ...remembered]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([p, g]) => [p, { ...fingerprint(p, g.text), ...(g.key ? { key: g.key } : {}) }]),
    ),
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  // The manifest goes last: an import is complete when its manifest is written.
  if (changes.length || state.manifest === undefined || JSON.stringify(state.manifest) !== JSON.stringify(manifest))
    changes.push({ path: inIssue('import.json'), content: manifestText, backup: false });

  return { issueId: issue.issueId, issueDir, articles, pilots: pilots.ids, changes, actions, refusals };
}
