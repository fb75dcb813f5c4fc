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
 *
 * Files are read with the project's one reader: CRLF line ends, a BOM and YAML
 * comments in the archivist's file are kept as they were.
 */
import { readContentFile, writeMdx, writeYaml, type ParsedContentFile } from '../core/content-file.ts';
import { sha256 } from './manifest.ts';

export interface Fingerprint {
  sha256: string;
  fields: Record<string, string>;
  body?: string;
}

const hashValue = (v: unknown) => sha256(JSON.stringify(v ?? null));

/** Top-level fields of a parsed file (an empty or list YAML has none). */
function readFields(f: ParsedContentFile): Record<string, unknown> {
  const d = f.yaml.data;
  return d && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : {};
}

/** Fingerprint of a file as generated: its hash, a hash per field, the body's hash. */
export function fingerprint(path: string, text: string): Fingerprint {
  const r = readContentFile(path, text);
  if (!r.ok) return { sha256: sha256(text), fields: {} };
  return {
    sha256: sha256(text),
    fields: Object.fromEntries(Object.entries(readFields(r.value)).map(([k, v]) => [k, hashValue(v)])),
    ...(r.value.body !== undefined ? { body: sha256(r.value.body) } : {}),
  };
}

export interface MergeResult {
  text: string;
  /** Fields and parts kept from the hand-edited file. */
  kept: string[];
  /** The new import's version, when it changed a body the archivist also changed (or the hand-edited file cannot be read). */
  incoming?: string;
  /** The hand-edited file could not be read: it is kept whole. */
  unreadable?: boolean;
}

/** Merges a hand-edited file with a newly generated one (see the module comment). */
export function mergeFile(
  path: string,
  onDisk: string,
  generated: string,
  base: Fingerprint | undefined,
): MergeResult {
  if (!base || base.sha256 === sha256(onDisk)) return { text: generated, kept: [] };
  const mineRead = readContentFile(path, onDisk);
  const theirsRead = readContentFile(path, generated);
  // A file the archivist left unreadable is theirs to mend: keep it whole, set the new one aside.
  if (!mineRead.ok || !theirsRead.ok)
    return { text: onDisk, kept: ['the whole file'], incoming: generated, unreadable: true };
  const mine = mineRead.value;
  const theirs = theirsRead.value;
  const mineFields = readFields(mine);
  const theirFields = readFields(theirs);
  const doc = mine.yaml.doc.clone();
  const kept: string[] = [];
  const keys = new Set([...Object.keys(theirFields), ...Object.keys(mineFields), ...Object.keys(base.fields)]);
  for (const k of keys) {
    const changedByHand =
      base.fields[k] === undefined
        ? k in mineFields
        : !(k in mineFields) || hashValue(mineFields[k]) !== base.fields[k];
    if (changedByHand) kept.push(k in mineFields ? k : `${k} (removed)`);
    else if (k in theirFields) {
      if (hashValue(mineFields[k]) !== hashValue(theirFields[k])) doc.set(k, theirFields[k]);
    } else doc.delete(k);
  }
  let body = theirs.body;
  let incoming: string | undefined;
  if (mine.body !== undefined && base.body !== undefined && sha256(mine.body) !== base.body) {
    body = mine.body;
    kept.push('body');
    if (theirs.body !== undefined && sha256(theirs.body) !== base.body) incoming = generated;
  }
  const text = mine.body !== undefined ? writeMdx(doc, body ?? '', mine) : writeYaml(doc, mine);
  return { text, kept, ...(incoming ? { incoming } : {}) };
}
