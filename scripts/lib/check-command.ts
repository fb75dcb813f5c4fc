/**
 * `npm run check [-- <content dir>]`: validates all content without building.
 * Prints each problem as file:line; exit code 1 when there are errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentInput } from '../../src/checks/check-content.ts';
import { formatProblems, hasErrors } from '../../src/core/problem.ts';
import type { Io } from './import-command.ts';

/** Reads every content file the build reads (dot names are the tools' own: backups, transactions, the lock). */
export function readContentFiles(root: string): {
  files: ContentInput[];
  redirects?: ContentInput;
  pilots?: ContentInput;
} {
  const files: ContentInput[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (/\.mdx(?:\.incoming)?$/.test(d.name) || d.name === 'issue.yaml')
        files.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  if (existsSync(join(root, 'issues'))) walk(join(root, 'issues'));
  const optional = (name: string): ContentInput | undefined => {
    const path = join(root, name);
    return existsSync(path) ? { path, text: readFileSync(path, 'utf8') } : undefined;
  };
  const redirects = optional('redirects.yaml');
  const pilots = optional('pilots.yaml');
  return { files, ...(redirects ? { redirects } : {}), ...(pilots ? { pilots } : {}) };
}

export function main(argv: string[], io: Io): number {
  const root = argv[0] ?? 'content';
  const { files, redirects, pilots } = readContentFiles(root);
  const problems = checkContent(files, redirects, pilots);
  const errors = problems.filter((p) => p.level === 'error').length;
  if (problems.length) io.stdout(`${formatProblems(problems)}\n`);
  io.stdout(`check: ${files.length} files, ${errors} error(s), ${problems.length - errors} warning(s)\n`);
  return hasErrors(problems) ? 1 : 0;
}
