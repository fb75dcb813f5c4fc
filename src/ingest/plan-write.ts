/**
 * What a (re-)import writes, decided before anything touches the disk: the
 * new files, merged with hand corrections (see `merge.ts`), files kept because
 * the archivist made or changed them, articles gone from the new import (their
 * URLs get redirects), and the manifest for next time.
 */
import { fingerprint, mergeFile } from './merge.ts';
import { IMPORTER_VERSION, sha256, type Manifest } from './manifest.ts';

export type WriteMode = 'merge' | 'refuse' | 'force';

export interface Plan {
  /** Path (relative to the issue folder) → text to write. */
  files: Map<string, string>;
  manifest: Manifest;
  merged: { path: string; kept: string[] }[];
  /** New versions set aside where both the seed and the archivist changed a body. */
  incoming: string[];
  /** Files the archivist made or changed that the new import does not produce: kept. */
  keptExtra: string[];
  /** Article files of the last import that the new one no longer has: removed, and redirected. */
  removed: string[];
  /** Files edited by hand (for `refuse` mode). */
  edited: string[];
}

export function planWrite(opts: {
  generated: Map<string, { text: string; key?: string }>;
  onDisk: Map<string, string>;
  previous: Manifest | undefined;
  mode: WriteMode;
  seed: string;
  /** Hash of the seed and its issue file, for skipping unchanged input next time. */
  inputHash: string;
}): Plan {
  const { generated, onDisk, previous, mode } = opts;
  const files = new Map<string, string>();
  const merged: Plan['merged'] = [];
  const incoming: string[] = [];
  const keptExtra: string[] = [];
  const removed: string[] = [];
  const edited: string[] = [];
  const isEdited = (path: string, text: string) => {
    const base = previous?.files[path];
    return !base || base.sha256 !== sha256(text);
  };
  for (const [path, text] of onDisk) if (isEdited(path, text)) edited.push(path);

  for (const [path, g] of generated) {
    const disk = onDisk.get(path);
    if (disk === undefined || mode === 'force' || !isEdited(path, disk)) {
      files.set(path, g.text);
      continue;
    }
    const r = mergeFile(path, disk, g.text, previous?.files[path]);
    files.set(path, r.text);
    if (r.kept.length) merged.push({ path, kept: r.kept });
    if (r.incoming) {
      files.set(`${path}.incoming`, r.incoming);
      incoming.push(`${path}.incoming`);
    }
  }
  for (const [path, text] of onDisk) {
    if (generated.has(path) || path.endsWith('.incoming')) continue;
    if (mode !== 'force' && isEdited(path, text)) {
      files.set(path, text);
      keptExtra.push(path);
    } else if (path.startsWith('articles/')) removed.push(path);
  }
  const manifest: Manifest = {
    importer: IMPORTER_VERSION,
    seed: opts.seed,
    seedSha256: opts.inputHash,
    files: Object.fromEntries(
      [...generated]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([p, g]) => [p, { ...fingerprint(p, g.text), ...(g.key ? { key: g.key } : {}) }]),
    ),
  };
  return { files, manifest, merged, incoming, keptExtra, removed, edited: edited.sort() };
}
