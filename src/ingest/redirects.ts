/**
 * `content/redirects.yaml`: old URLs that must keep working. The importer adds
 * one when a re-import drops an article; archivists add their own (an article
 * renamed by hand can instead list its old slugs in `redirectFrom`).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';

export interface Redirect {
  from: string;
  to: string;
}

const HEADER =
  '# Old URLs that keep working: each `from` gets a page that sends readers to `to`.\n# Written by `npm run import` when an article disappears; edit freely.\n';

export function redirectsPath(contentDir: string): string {
  return join(contentDir, 'redirects.yaml');
}

export function readRedirects(contentDir: string): Redirect[] {
  const p = redirectsPath(contentDir);
  return existsSync(p) ? ((parseYaml(readFileSync(p, 'utf8')) ?? []) as Redirect[]) : [];
}

/** Adds redirects (replacing any from the same URL), written atomically. */
export function addRedirects(contentDir: string, add: Redirect[]): void {
  const from = new Set(add.map((r) => r.from));
  const all = [...readRedirects(contentDir).filter((r) => !from.has(r.from)), ...add].sort((a, b) =>
    a.from.localeCompare(b.from),
  );
  const p = redirectsPath(contentDir);
  writeFileSync(`${p}.tmp`, HEADER + stringify(all));
  renameSync(`${p}.tmp`, p);
}
