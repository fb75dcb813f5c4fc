/**
 * `npm run check [-- <content dir>]`: validates all content without building.
 * Prints each finding as file:line; exits non-zero when there are errors.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatFindings } from '../src/lib/check-content.ts';

const root = process.argv[2] ?? 'content';
const files: { path: string; text: string }[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.mdx') || name.endsWith('.mdx.incoming') || name === 'issue.yaml')
      files.push({ path: p, text: readFileSync(p, 'utf8') });
  }
};
walk(join(root, 'issues'));
const redirectsFile = join(root, 'redirects.yaml');
const redirects = existsSync(redirectsFile)
  ? { path: redirectsFile, text: readFileSync(redirectsFile, 'utf8') }
  : undefined;
const pilotsFile = join(root, 'pilots.yaml');
const pilots = existsSync(pilotsFile)
  ? { path: pilotsFile, text: readFileSync(pilotsFile, 'utf8') }
  : undefined;
const findings = checkContent(files, redirects, pilots);
const errors = findings.filter((f) => f.level === 'error').length;
if (findings.length) process.stdout.write(`${formatFindings(findings)}\n`);
process.stdout.write(
  `check: ${files.length} files, ${errors} error(s), ${findings.length - errors} warning(s)\n`,
);
process.exit(errors ? 1 : 0);
