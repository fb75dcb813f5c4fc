/**
 * `npm run check [-- <content dir>]`: validates all content without building.
 * Prints each problem as file:line; exits non-zero when there are errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentInput } from '../src/checks/check-content.ts';
import { formatProblems, hasErrors } from '../src/core/problem.ts';

const root = process.argv[2] ?? 'content';
const files: ContentInput[] = [];
const walk = (dir: string) => {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    // Dot names are the tools' own: backups, transactions, the lock.
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
const problems = checkContent(files, optional('redirects.yaml'), optional('pilots.yaml'));
const errors = problems.filter((p) => p.level === 'error').length;
if (problems.length) process.stdout.write(`${formatProblems(problems)}\n`);
process.stdout.write(
  `check: ${files.length} files, ${errors} error(s), ${problems.length - errors} warning(s)\n`,
);
process.exit(hasErrors(problems) ? 1 : 0);
