/**
 * Loads src/data/practices.yaml once, validated with zod: for the site
 * (src/lib/practices.ts), `npm run check` and the importer, none of which may
 * need Astro's content layer to read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DATA_DIR } from '../ingest/load-data.ts';
import { practiceVocabularySchema, type Practice } from './practice-match.ts';

let vocabulary: Practice[] | undefined;

/** The practices of `src/data/practices.yaml`, in its order; a bad file throws naming the entry. */
export function listPractices(): Practice[] {
  if (!vocabulary) {
    const file = join(DATA_DIR, 'practices.yaml');
    const parsed = practiceVocabularySchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
    if (!parsed.success)
      throw new Error(
        `${file}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`,
      );
    vocabulary = parsed.data;
  }
  return vocabulary;
}
