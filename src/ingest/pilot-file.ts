import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import type { PilotEntry } from './pilot-registry.ts';

const HEADER = `# Pilots across issues: one entry per pilot, whatever name a report gives it.
# \`npm run import\` adds new pilots (\`proposed: true\`) and new names (\`aliases\`);
# confirm an entry by removing \`proposed\`, merge two by moving one's names into
# the other's aliases and pointing the reports' \`pilot:\` at it. Never renamed by the importer.
`;

export function readPilots(contentDir: string): PilotEntry[] {
  const p = join(contentDir, 'pilots.yaml');
  return existsSync(p) ? ((parseYaml(readFileSync(p, 'utf8')) ?? []) as PilotEntry[]) : [];
}

/** Writes the registry atomically (temporary file, then rename). */
export function writePilots(contentDir: string, registry: PilotEntry[]): void {
  const p = join(contentDir, 'pilots.yaml');
  writeFileSync(`${p}.tmp`, HEADER + stringify(registry, { lineWidth: 0 }));
  renameSync(`${p}.tmp`, p);
}
