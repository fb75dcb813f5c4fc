/**
 * The two archive-wide files an import adds to — `content/pilots.yaml` and
 * `content/redirects.yaml` — changed as text, through the YAML document, so
 * that what archivists wrote there (comments, order, their own entries) stays.
 * Pure: text in, text out; the import command reads and writes the disk.
 */
import { isMap, isSeq, type Document } from 'yaml';
import { newYamlDocument, readYaml, stringifyYaml } from '../core/content-file.ts';
import { ProblemError } from '../core/problem.ts';
import type { PilotEntry } from './pilot-registry.ts';

export interface Redirect {
  from: string;
  to: string;
}

const PILOTS_HEADER = `# Pilots across issues: one entry per pilot, whatever name a report gives it.
# \`npm run import\` adds new pilots (\`proposed: true\`) and new names (\`aliases\`);
# confirm an entry by removing \`proposed\`, merge two by moving one's names into
# the other's aliases and pointing the reports' \`pilot:\` at it. Never renamed by the importer.
`;

const REDIRECTS_HEADER =
  '# Old URLs that keep working: each `from` gets a page that sends readers to `to`.\n# Written by `npm run import` when an article disappears; edit freely.\n';

/** The list a YAML list file holds (none for a missing or empty file); a problem if it is not a list. */
export function readList<T>(path: string, text: string | undefined): T[] {
  if (text === undefined || !text.trim()) return [];
  const r = readYaml(path, text);
  if (!r.ok) throw new ProblemError(r.problems);
  if (r.value.data === undefined || r.value.data === null) return [];
  if (!Array.isArray(r.value.data))
    throw new ProblemError({ file: path, line: 1, message: 'must be a YAML list', hint: 'each entry starts with “- ”' });
  return r.value.data as T[];
}

/** The YAML document of a list file, comments kept; a new one with its header when there is none. */
function listDocument(path: string, text: string | undefined, header: string): Document {
  let doc: Document;
  if (text === undefined || !text.trim()) {
    doc = newYamlDocument([]);
    doc.commentBefore = header
      .trimEnd()
      .split('\n')
      .map((l) => l.replace(/^#/, ''))
      .join('\n');
  } else {
    const r = readYaml(path, text);
    if (!r.ok) throw new ProblemError(r.problems);
    doc = r.value.doc;
  }
  if (doc.contents === null) doc.contents = doc.createNode([]);
  if (!isSeq(doc.contents))
    throw new ProblemError({ file: path, line: 1, message: 'must be a YAML list', hint: 'each entry starts with “- ”' });
  // `[]` (an emptied file) would keep new entries on one line.
  doc.contents.flow = false;
  return doc;
}

/** pilots.yaml with the registry's new entries appended and new aliases added; undefined when nothing changes. */
export function updatePilotsText(
  path: string,
  text: string | undefined,
  registry: readonly PilotEntry[],
): string | undefined {
  const doc = listDocument(path, text, PILOTS_HEADER);
  const before = (doc.toJS() ?? []) as PilotEntry[];
  const byId = new Map(before.map((p, i) => [p.id, i]));
  let changed = false;
  for (const entry of registry) {
    const i = byId.get(entry.id);
    if (i === undefined) {
      (doc.contents as { add(v: unknown): void }).add(doc.createNode(entry));
      changed = true;
    } else if (JSON.stringify(before[i]!.aliases ?? []) !== JSON.stringify(entry.aliases ?? [])) {
      const item = (doc.contents as { items: unknown[] }).items[i];
      if (isMap(item)) item.set('aliases', doc.createNode(entry.aliases ?? []));
      changed = true;
    }
  }
  return changed ? stringifyYaml(doc) : undefined;
}

/** redirects.yaml with redirects added (one per `from`: a new one replaces an old); undefined when nothing changes. */
export function addRedirectsText(
  path: string,
  text: string | undefined,
  add: readonly Redirect[],
): string | undefined {
  if (!add.length) return undefined;
  const doc = listDocument(path, text, REDIRECTS_HEADER);
  const before = (doc.toJS() ?? []) as Redirect[];
  const seq = doc.contents as { items: unknown[]; add(v: unknown): void };
  for (const r of add) {
    const i = before.findIndex((b) => b.from === r.from);
    if (i >= 0) seq.items[i] = doc.createNode(r);
    else seq.add(doc.createNode(r));
  }
  return stringifyYaml(doc);
}
