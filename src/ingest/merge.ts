/**
 * Re-importing an issue after hand corrections: the archivist's changes win.
 * The manifest of the last import holds a fingerprint of every file as the
 * importer wrote it (a hash per frontmatter field and one for the body), so
 * what the archivist changed can be told from what the seed changed without
 * keeping a copy of the old files:
 * - a field the archivist changed (or removed, or added) keeps the archivist's value;
 * - other fields take the new import's value;
 * - the body: the archivist's if they changed it, else the new one; when both
 *   changed it, the archivist's stays and the new one is set aside for review.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { sha256 } from './manifest.ts';

export interface Fingerprint {
  sha256: string;
  fields: Record<string, string>;
  body?: string;
}

interface Parsed {
  fields: Record<string, unknown>;
  body?: string;
  /** Comment lines above the data (issue.yaml's header). */
  preamble: string;
}

const hashValue = (v: unknown) => sha256(JSON.stringify(v ?? null));

/** Splits an MDX file (frontmatter + body) or a YAML file into fields and body. */
export function parseContentFile(path: string, text: string): Parsed {
  if (path.endsWith('.mdx')) {
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    if (!m) return { fields: {}, body: text, preamble: '' };
    return {
      fields: (parseYaml(m[1] ?? '') ?? {}) as Record<string, unknown>,
      body: m[2] ?? '',
      preamble: '',
    };
  }
  const preamble = (/^(?:#.*\n)*/.exec(text)?.[0] ?? '').toString();
  return { fields: (parseYaml(text) ?? {}) as Record<string, unknown>, preamble };
}

export function fingerprint(path: string, text: string): Fingerprint {
  const p = parseContentFile(path, text);
  return {
    sha256: sha256(text),
    fields: Object.fromEntries(Object.entries(p.fields).map(([k, v]) => [k, hashValue(v)])),
    ...(p.body !== undefined ? { body: sha256(p.body) } : {}),
  };
}

export interface MergeResult {
  text: string;
  /** Fields and parts kept from the hand-edited file. */
  kept: string[];
  /** The new import's version, when it changed a body the archivist also changed. */
  incoming?: string;
}

/** Merges a hand-edited file with a newly generated one (see the module comment). */
export function mergeFile(
  path: string,
  onDisk: string,
  generated: string,
  base: Fingerprint | undefined,
): MergeResult {
  if (!base || base.sha256 === sha256(onDisk)) return { text: generated, kept: [] };
  const mine = parseContentFile(path, onDisk);
  const theirs = parseContentFile(path, generated);
  const kept: string[] = [];
  const fields: Record<string, unknown> = {};
  const keys = [
    ...Object.keys(theirs.fields),
    ...Object.keys(mine.fields).filter((k) => !(k in theirs.fields)),
  ];
  for (const k of new Set([...keys, ...Object.keys(base.fields)])) {
    const changedByHand =
      base.fields[k] === undefined
        ? k in mine.fields
        : !(k in mine.fields) || hashValue(mine.fields[k]) !== base.fields[k];
    if (changedByHand) {
      if (k in mine.fields) fields[k] = mine.fields[k];
      kept.push(k in mine.fields ? k : `${k} (removed)`);
    } else if (k in theirs.fields) fields[k] = theirs.fields[k];
  }
  let body = theirs.body;
  let incoming: string | undefined;
  if (mine.body !== undefined && base.body !== undefined && sha256(mine.body) !== base.body) {
    body = mine.body;
    kept.push('body');
    if (theirs.body !== undefined && sha256(theirs.body) !== base.body) incoming = generated;
  }
  const data = stringify(fields, { lineWidth: 0 }).trimEnd();
  const text = path.endsWith('.mdx')
    ? `---\n${data}\n---\n${body ?? ''}`
    : `${theirs.preamble || mine.preamble}${data}\n`;
  return { text, kept, ...(incoming ? { incoming } : {}) };
}
