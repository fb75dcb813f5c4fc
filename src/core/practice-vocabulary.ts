/**
 * The practices of `src/data/practices.yaml` (工资集体协商, 职工书屋 …), loaded
 * once and validated with zod: for the importer, which proposes each report's
 * practices, `npm run check` and the site.
 */
import { readDataFile } from './load-data.ts';
import { practiceVocabularySchema, type Practice } from './practice-match.ts';

let vocabulary: Practice[] | undefined;

/** The practices of `src/data/practices.yaml`, in its order; a bad file throws naming the entry and line. */
export function listPractices(): Practice[] {
  vocabulary ??= readDataFile('practices.yaml', practiceVocabularySchema);
  return vocabulary;
}
