/**
 * Whole-folder snapshots for the content store's tests: every file's bytes
 * and every folder, so "exactly as before" means byte for byte, with no
 * stray folder either.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Relative POSIX path → bytes; folders as `path/` → empty. */
export type Snapshot = Map<string, Buffer>;

export function snapshot(root: string, prefix = ''): Snapshot {
  const out: Snapshot = new Map();
  for (const d of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) {
      out.set(`${rel}/`, Buffer.alloc(0));
      for (const [k, v] of snapshot(root, rel)) out.set(k, v);
    } else out.set(rel, readFileSync(join(root, rel)));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The content proper: without the store's `.txn/`, `.backups/` and lock files. */
export function contentOnly(s: Snapshot): Snapshot {
  return new Map([...s].filter(([k]) => !/^\.(txn|backups)\/|^\.(txn|backups)\/$|^\.lock/.test(k)));
}

/** Only what lies under `prefix/`, relative to it. */
export function under(s: Snapshot, prefix: string): Snapshot {
  return new Map(
    [...s]
      .filter(([k]) => k.startsWith(`${prefix}/`) && k !== `${prefix}/`)
      .map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );
}

/** Snapshots as plain objects (text where it is text), for readable test failures. */
export function show(s: Snapshot): Record<string, string> {
  return Object.fromEntries([...s].map(([k, v]) => [k, v.toString('base64')]));
}

/** Writes files (path → text or bytes) under `root`. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
}
